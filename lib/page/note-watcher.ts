// Finds note fields as the user focuses them (so fields added later by single-page apps
// need no scan), keeps one analysis session per field, and stops sessions whose field left
// the page, noticed by one shared, debounced MutationObserver per document. Never polls.
import type { NoteFieldKind } from './note-field';
import { noteFieldFor } from './note-field';
import { startNoteSession, type AnalysisPort, type NoteSession } from './note-session';

export interface NoteWatcherOptions {
  doc: Document;
  shadow: ShadowRoot;
  loadAnalysis: () => Promise<AnalysisPort>;
  /** The focused (or last focused) field and its number of findings. */
  onStatus: (kind: NoteFieldKind, findings: number, session: NoteSession) => void;
  /** Analysis could not start; the note itself is untouched. */
  onProblem: (error: unknown) => void;
  signal: AbortSignal;
}

const MUTATION_PAUSE_MS = 200;

export interface NoteWatcher {
  /** The session of the focused or last focused field. */
  current(): NoteSession | null;
}

export function watchNotes(options: NoteWatcherOptions): NoteWatcher {
  const { doc, signal } = options;
  const win = doc.defaultView as Window;
  const sessions = new Map<HTMLElement, NoteSession>();
  let current: HTMLElement | null = null;

  const report = (session: NoteSession) => {
    if (session.field.element === current) options.onStatus(session.field.kind, session.findings.length, session);
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      const field = noteFieldFor(event.composedPath()[0] ?? null);
      if (!field) return;
      current = field.element;
      const existing = sessions.get(field.element);
      if (existing) {
        report(existing);
        return;
      }
      options
        .loadAnalysis()
        .then((port) => {
          if (signal.aborted || sessions.has(field.element)) return;
          sessions.set(field.element, startNoteSession(field, port, options.shadow, report, signal));
        })
        .catch(options.onProblem);
    },
    { capture: true, signal },
  );

  let pending: number | undefined;
  const sweep = () => {
    pending = undefined;
    for (const [element, session] of sessions) {
      if (element.isConnected) continue;
      session.stop();
      sessions.delete(element);
      if (current === element) current = null;
    }
  };
  const observer = new MutationObserver(() => {
    if (sessions.size === 0 || pending !== undefined) return;
    pending = win.setTimeout(sweep, MUTATION_PAUSE_MS);
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (pending !== undefined) win.clearTimeout(pending);
    for (const session of sessions.values()) session.stop();
    sessions.clear();
  });

  return { current: () => (current ? (sessions.get(current) ?? null) : null) };
}
