// Runs async jobs one after another, for read-modify-write of a storage item: the background's
// site changes (the site list and the browser's script registration), a note script's ignores
// (the settings). Two at once would lose one of them.
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const result = tail.then(job, job);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
