// Waiting for an editor to finish what an edit set off. Rich editors do not change the DOM
// when they receive an edit: they update their model and render it later (after a
// microtask, a framework render, or the next animation frame). Checking the text too soon
// sees the old words and may tempt a second write; that is how notes get doubled.

/** Resolves on the next animation frame, or after `fallbackMs` when frames are not running (a hidden tab). */
export function nextFrame(win: Window, fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, fallbackMs);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}

export function sleep(win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

export interface SettleOptions {
  /** The text must stay the same this long to count as settled. */
  quietMs?: number;
  /** Give up waiting after this long and take the text as it is then. */
  maxMs?: number;
}

/**
 * Reads the text until the editor has stopped changing it. Two frames first, because
 * React-based editors (Slate, Draft.js) render in the frame after their state update and
 * Trix renders on the next animation frame; then the text must stay unchanged for `quietMs`
 * (long enough for an editor that reconciles foreign DOM changes, as CKEditor 5 does, to
 * have put its own text back), bounded by `maxMs` so a busy page cannot hold us forever.
 */
export async function settledText(win: Window, read: () => string, options: SettleOptions = {}): Promise<string> {
  const quietMs = options.quietMs ?? 120;
  const maxMs = options.maxMs ?? 1_000;
  const started = win.performance.now();
  await Promise.resolve();
  await nextFrame(win);
  await nextFrame(win);
  let text = read();
  let stableSince = win.performance.now();
  while (win.performance.now() - started < maxMs) {
    await sleep(win, 20);
    const now = read();
    if (now !== text) {
      text = now;
      stableSince = win.performance.now();
    } else if (win.performance.now() - stableSince >= quietMs) {
      break;
    }
  }
  return text;
}

/**
 * Watches an element for DOM changes from now on. An editor that takes an edit without
 * calling preventDefault (Trix) shows it only as mutations; seeing any tells us the editor
 * is acting on it, so we must not write the text ourselves as well.
 */
export function watchMutations(element: Node): { readonly changed: boolean; stop(): void } {
  let changed = false;
  const view = element.ownerDocument?.defaultView as (Window & { MutationObserver: typeof MutationObserver }) | null;
  const Observer = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => {
    changed = true;
  });
  observer.observe(element, { subtree: true, childList: true, characterData: true });
  return {
    get changed() {
      if (!changed && observer.takeRecords().length > 0) changed = true;
      return changed;
    },
    stop: () => observer.disconnect(),
  };
}
