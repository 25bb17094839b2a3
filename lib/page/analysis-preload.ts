// Loads the analysis script before the first focus, so that focus pays only for analysing
// the part of the note around the caret. It waits for the page to have loaded and settled
// and for the browser to be idle, and only for a page that shows a note field: most pages of a care
// system are lists and forms that are never typed in. Loading code reads no note text;
// sessions still start only on the user's own focus (note-watcher.ts). A page whose note
// field comes later, or in a shadow root, loads the script on that field's first focus.
import type { AnalysisPort } from './note-session';
import { noteFieldFor } from './note-field';

/** Fields worth loading for: a text box or an editing host (checked by noteFieldFor). */
const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"])';
/** How long after load the preload waits before it looks for an idle moment. */
const SETTLE_MS = 1_000;
/** The longest the preload waits for an idle moment after load; the focus path covers the rest. */
const IDLE_TIMEOUT_MS = 3_000;

export function showsNoteField(doc: Document): boolean {
  if (doc.designMode === 'on' && doc.body && noteFieldFor(doc.body)) return true;
  for (const element of doc.querySelectorAll(CANDIDATES)) if (noteFieldFor(element)) return true;
  return false;
}

export function preloadAnalysis({ doc, load, signal }: { doc: Document; load: () => Promise<AnalysisPort>; signal: AbortSignal }): void {
  const win = doc.defaultView;
  if (!win || typeof win.requestIdleCallback !== 'function') return;
  const whenIdle = (task: () => void) => {
    const handle = win.requestIdleCallback(() => !signal.aborted && task(), { timeout: IDLE_TIMEOUT_MS });
    signal.addEventListener('abort', () => win.cancelIdleCallback(handle), { once: true });
  };
  const start = () =>
    whenIdle(() => {
      if (!showsNoteField(doc)) return;
      load().then(
        // Compiling a language's rules is the other half of a cold start: one idle task each.
        (port) => {
          for (const lang of ['nl', 'en'] as const) whenIdle(() => port.warmUp(lang));
        },
        // Not loaded now, tried again on focus, where a failure is reported.
        () => undefined,
      );
    });
  // A second after load: a care system's own pages go on fetching and rendering after the
  // load event, and a user reads the page a moment before clicking into a note.
  const afterLoad = () => {
    const timer = win.setTimeout(start, SETTLE_MS);
    signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  };
  if (doc.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true, signal });
}
