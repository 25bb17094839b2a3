// Equal lists kept once. The hook index and the word → tags lexicons hold tens of thousands
// of short lists, most of them equal to another ("moeder", [] , ["Judgment"]); the CLI's
// start-up snapshot deserialises every copy on every start.

/** A function that returns, for each list, the first equal list it was given. */
export function listSharer<T extends string>(): (list: readonly T[]) => readonly T[] {
  const known = new Map<string, readonly T[]>();
  return (list) => {
    const key = list.join('\u0000');
    const found = known.get(key);
    if (found) return found;
    known.set(key, list);
    return list;
  };
}
