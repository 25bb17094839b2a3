// Finds note fields as the user focuses them (so fields added later by single-page apps
// need no scan), keeps one analysis session per field, and stops sessions whose field left
// the page, noticed by one shared, debounced MutationObserver on the document and on each
// shadow root a field is in. Never polls.
// Only the user's own focus starts a session, and a field's count is published only once
// the user has typed in it: a page that focuses or fills a field itself must not learn from
// the count which words the user ignores or which rules are off (issue 13, item 9).
import type { Finding } from '../analysis/types';
import type { NoteFieldKind } from './note-field';
import { noteFieldFor } from './note-field';
import { createIgnoredPlaces, type IgnoredPlaces } from './ignored-places';
import { startNoteSession, type AnalysisPort, type NoteSession, type PortOptions } from './note-session';

export interface NoteWatcherOptions {
  doc: Document;
  shadow: ShadowRoot;
  loadAnalysis: () => Promise<AnalysisPort>;
  /** Current analysis options (settings and policy); read when a session starts. */
  analyzeOptions: () => PortOptions;
  isIgnored: (finding: Finding, phrase: string) => boolean;
  /** A note field got focus (its findings follow through onStatus once analysed). */
  onFocusField: (kind: NoteFieldKind) => void;
  /**
   * The focused (or last focused) field and its number of findings; `typedIn` tells whether
   * the user has typed in it (trusted input), the only case in which the count may be shown
   * to the page.
   */
  onStatus: (kind: NoteFieldKind, findings: number, session: NoteSession, typedIn: boolean) => void;
  /** Analysis could not start; the note itself is untouched. */
  onProblem: (error: unknown) => void;
  signal: AbortSignal;
}

const MUTATION_PAUSE_MS = 200;

/** A shadow root, by shape rather than instanceof (which differs between frames). */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

export interface NoteWatcher {
  /** The session of the focused or last focused field. */
  current(): NoteSession | null;
  /** Starts every session again with the current options (after a settings change). */
  restartAll(): void;
  /** Filters every session's findings again (after a change of what is ignored only). */
  refreshAll(): void;
}

/** The focused element, inside open shadow roots too; none when the document has no focus. */
function focusedElement(doc: Document): Element | null {
  if (!doc.hasFocus()) return null;
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  // The body is the note in iframe editors (TinyMCE, CKEditor 4); noteFieldFor passes over a body that is not editable.
  return element;
}

export function watchNotes(options: NoteWatcherOptions): NoteWatcher {
  const { doc, signal } = options;
  const win = doc.defaultView as Window;
  const sessions = new Map<HTMLElement, NoteSession>();
  // "Ignore here" lasts as long as the field is on the page: longer than one session (a
  // settings change restarts them all), shorter than the page (a field removed forgets it).
  const ignoredPlaces = new WeakMap<HTMLElement, IgnoredPlaces>();
  const placesOf = (element: HTMLElement): IgnoredPlaces => {
    let places = ignoredPlaces.get(element);
    if (!places) ignoredPlaces.set(element, (places = createIgnoredPlaces(() => sessions.get(element)?.refresh())));
    return places;
  };
  let current: HTMLElement | null = null;
  // Fields the user typed in. `beforeinput` is the signal: the browser fires it, trusted, for
  // keys, paste, drop, dictation and IME, but not for a page's execCommand or dispatchEvent.
  const typedIn = new WeakSet<HTMLElement>();

  const report = (session: NoteSession) => {
    const element = session.field.element;
    if (element === current) options.onStatus(session.field.kind, session.findings.length, session, typedIn.has(element));
  };
  let port: AnalysisPort | null = null;
  const start = (field: NoteSession['field'], loaded: AnalysisPort) => {
    port = loaded;
    return startNoteSession({
      field,
      port: loaded,
      shadow: options.shadow,
      analyzeOptions: options.analyzeOptions(),
      isIgnored: options.isIgnored,
      places: placesOf(field.element),
      onFindings: report,
      signal,
    });
  };

  /** The user arrived in `target`: a note field gets its session (the first one loads the analysis). */
  const arrive = (target: EventTarget | null) => {
    const field = noteFieldFor(target);
    if (!field) return;
    current = field.element;
    const existing = sessions.get(field.element);
    if (!existing) options.onFocusField(field.kind);
    if (existing) {
      report(existing);
      return;
    }
    options
      .loadAnalysis()
      .then((port) => {
        if (signal.aborted || sessions.has(field.element)) return;
        sessions.set(field.element, start(field, port));
        observeRootsOf(field.element);
      })
      .catch(options.onProblem);
  };
  doc.addEventListener(
    'focusin',
    (event) => {
      // A focusin the page dispatched itself is no user arriving in a note.
      if (event.isTrusted) arrive(event.composedPath()[0] ?? null);
    },
    { capture: true, signal },
  );
  // The loader asks for this script on the first focus (lib/page/note-loader.ts), and a site
  // switched on in an open tab starts it where the user may be typing: a note focused before
  // the script ran is arrived in now, read through open shadow roots.
  arrive(focusedElement(doc));

  doc.addEventListener(
    'beforeinput',
    (event) => {
      if (!event.isTrusted) return;
      const field = noteFieldFor(event.composedPath()[0] ?? null);
      if (!field || typedIn.has(field.element)) return;
      typedIn.add(field.element);
      const session = sessions.get(field.element);
      if (session) report(session);
    },
    { capture: true, passive: true, signal },
  );

  let pending: number | undefined;
  const sweep = () => {
    pending = undefined;
    for (const [element, session] of sessions) {
      if (element.isConnected) continue;
      session.stop();
      sessions.delete(element);
      ignoredPlaces.delete(element);
      if (current === element) current = null;
    }
  };
  const observer = new MutationObserver(() => {
    if (sessions.size === 0 || pending !== undefined) return;
    pending = win.setTimeout(sweep, MUTATION_PAUSE_MS);
  });
  observer.observe(doc, { childList: true, subtree: true });
  // Mutations inside a shadow root do not reach the document's observer: the same observer
  // also watches each shadow root a field lives in (and the roots around it), as Dark
  // Reader does, so a field removed there is noticed while its host stays.
  const observed = new WeakSet<Node>();
  const observeRootsOf = (element: HTMLElement) => {
    for (let root = element.getRootNode(); isShadowRoot(root) && !observed.has(root); root = root.host.getRootNode()) {
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (pending !== undefined) win.clearTimeout(pending);
    for (const session of sessions.values()) session.stop();
    sessions.clear();
  });

  return {
    current: () => (current ? (sessions.get(current) ?? null) : null),
    refreshAll() {
      for (const session of sessions.values()) session.refresh();
    },
    restartAll() {
      if (!port) return;
      for (const [element, session] of sessions) {
        session.stop();
        sessions.set(element, start(session.field, port));
      }
    },
  };
}
