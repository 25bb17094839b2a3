// The first focus of a note should show its underlines at once, but loading the analysis
// script and compiling a language's rules take most of a second. So once the page shows a
// note field, that work is done while the browser is idle, one step per idle callback:
// load the script, then warm the likely language, then the other. Page load pays nothing
// for it (it starts a while after the load event, when the browser is idle), and a page
// that never shows a note field never loads the script. Settings and policy are still read
// on the first focus only.
import type { Lang } from '../analysis/types';
import { noteFieldFor } from './note-field';
import type { AnalysisPort } from './note-session';

/** Elements that may be note fields; noteFieldFor decides. */
const CANDIDATES = 'textarea, [contenteditable]';
/** A page's later fields (single-page apps) are looked for at most this often. */
const RESCAN_MS = 1_000;
/** The longest each step waits for the page to be idle. */
const IDLE_TIMEOUT_MS = 2_000;
/**
 * How long after the load event the warm-up waits before its first idle step: a care
 * system's own scripts often fetch and render the record just then, and go first.
 */
export const AFTER_LOAD_MS = 1_000;
/** At most this many candidates are measured per look (noteFieldFor may read their style). */
const MAX_CANDIDATES = 25;

export interface WarmupOptions {
  doc: Document;
  /** The frame's shared loader (analysis-loader.ts): a focus meanwhile waits for the same load. */
  load: () => Promise<AnalysisPort>;
  /** The note's likely language first (the page's own lang attribute, else the UI's). */
  languages: readonly Lang[];
  signal: AbortSignal;
  /** AFTER_LOAD_MS unless a test says otherwise. */
  afterLoadMs?: number;
}

/** True when the document shows an element that noteFieldFor takes for a note field. */
export function showsNoteField(doc: Document): boolean {
  const candidates = doc.querySelectorAll<HTMLElement>(CANDIDATES);
  for (let index = 0; index < candidates.length && index < MAX_CANDIDATES; index++) {
    if (noteFieldFor(candidates[index] ?? null)) return true;
  }
  return false;
}

/** The languages in the order to warm them: the page's declared language (else the UI's) first, Dutch when neither is English. */
export function likelyLanguages(doc: Document, uiLang: string): Lang[] {
  const declared = (doc.documentElement.lang || uiLang).toLowerCase();
  const first: Lang = declared.startsWith('en') ? 'en' : 'nl';
  return first === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
}

export function warmAnalysisWhenIdle({ doc, load, languages, signal: outer, afterLoadMs = AFTER_LOAD_MS }: WarmupOptions): void {
  const win = doc.defaultView;
  if (!win || outer.aborted) return;
  // Once a note is focused, its session loads and compiles what it needs itself: the
  // warm-up is for a page nobody has typed in yet, and stops there.
  const stopped = new AbortController();
  const done = () => stopped.abort();
  outer.addEventListener('abort', done, { once: true });
  doc.addEventListener('focusin', (event) => event.isTrusted && done(), { capture: true, signal: stopped.signal });
  const signal = stopped.signal;
  const idle = (step: () => void) => {
    if (signal.aborted) return;
    if (typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(() => signal.aborted || step(), { timeout: IDLE_TIMEOUT_MS });
      signal.addEventListener('abort', () => win.cancelIdleCallback(handle), { once: true });
    } else {
      const handle = win.setTimeout(() => signal.aborted || step(), 0);
      signal.addEventListener('abort', () => win.clearTimeout(handle), { once: true });
    }
  };
  const warm = (port: AnalysisPort, index: number) => {
    const lang = languages[index];
    if (lang === undefined) return;
    idle(() => {
      port.warm(lang);
      warm(port, index + 1);
    });
  };
  // A failed load is not a problem yet: the first focus asks again and reports it.
  const start = () => void load().then((port) => warm(port, 0), () => undefined);

  let observer: MutationObserver | null = null;
  let pending: number | undefined;
  const look = () => {
    pending = undefined;
    if (!showsNoteField(doc)) return;
    observer?.disconnect();
    observer = null;
    start();
  };
  const firstLook = () => {
    if (showsNoteField(doc)) return start();
    // No note field yet: a single-page app may add one later. Looked for again, at most once
    // a second, until one shows; then the observer goes.
    observer = new win.MutationObserver(() => {
      if (pending === undefined) pending = win.setTimeout(() => idle(look), RESCAN_MS);
    });
    observer.observe(doc, { childList: true, subtree: true });
  };
  let waiting: number | undefined;
  const begin = () => (waiting = win.setTimeout(() => idle(firstLook), afterLoadMs));
  if (doc.readyState === 'complete') begin();
  else win.addEventListener('load', begin, { once: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      if (waiting !== undefined) win.clearTimeout(waiting);
      if (pending !== undefined) win.clearTimeout(pending);
    },
    { once: true },
  );
}
