// What runs on page load of a switched-on site: almost nothing. The note script (its card,
// underlines, settings and messaging: 80 KB, some 12 ms of a page's load in Chromium) is
// asked for only when the frame may need it: at once when the user focuses an editable
// element, else once the page has loaded, shows something a note could be typed in and the
// browser is idle. The background injects it into this frame (entrypoints/background.ts).
// This file imports nothing, so the script the page loads stays a few hundred bytes.

/** Elements a note may be typed in; the note script decides which are note fields. */
const CANDIDATES = 'textarea, [contenteditable], iframe';
/** The longest the idle request waits for the browser to be idle. */
const IDLE_TIMEOUT_MS = 2_000;
/**
 * How long after the load event the loader waits before its idle request: a care system's own
 * scripts often fetch and render the record just then, and go first (the analysis warm-up
 * waits longer, lib/page/analysis-warmup.ts AFTER_LOAD_MS).
 */
export const NOTE_SCRIPT_AFTER_LOAD_MS = 500;

export interface NoteLoaderOptions {
  doc: Document;
  /** NOTE_SCRIPT_AFTER_LOAD_MS unless a test says otherwise. */
  afterLoadMs?: number;
  /** Asks the background for the note script in this frame; rejects when it cannot. */
  request: () => Promise<unknown>;
  signal: AbortSignal;
}

/** Whether a focus went to something a note may be typed in (also inside a shadow root). */
function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).matches !== 'function') return false;
  const element = target as HTMLElement;
  return element.matches('textarea, input, [contenteditable], [contenteditable] *') || element.isContentEditable === true;
}

/** Starts watching; the request is made at most once. */
export function startNoteLoader({ doc, request, signal, afterLoadMs = NOTE_SCRIPT_AFTER_LOAD_MS }: NoteLoaderOptions): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const load = () => {
    if (stop.signal.aborted) return;
    stop.abort();
    // An orphaned copy (the extension was reloaded) cannot reach the background: nothing to do.
    void request().catch(() => undefined);
  };
  doc.addEventListener(
    'focusin',
    (event) => {
      if (event.isTrusted && isEditable(event.composedPath()[0] ?? null)) load();
    },
    { capture: true, signal: stop.signal },
  );
  const check = () => {
    if (!stop.signal.aborted && doc.querySelector(CANDIDATES)) load();
  };
  const whenIdle = () => {
    if (stop.signal.aborted) return;
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(check, { timeout: IDLE_TIMEOUT_MS });
    else check();
  };
  const afterLoad = () => win.setTimeout(whenIdle, afterLoadMs);
  if (doc.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true, signal: stop.signal });
}
