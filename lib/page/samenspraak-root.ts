// The one element per frame that holds all of Samenspraak's in-page UI, in an open
// shadow root so page styles cannot reach in and ours cannot leak out. Its data
// attributes are the public, observable state (used by our tests and anybody's).
import type { NoteFieldKind } from './note-field';

export const ROOT_TAG = 'samenspraak-root';

export interface SamenspraakRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  showField(kind: NoteFieldKind, findings: number, narrowed?: boolean, underlinesPaused?: boolean): void;
  /** Analysis could not run here; said on the element so tests and support can see why. */
  showProblem(message: string): void;
  remove(): void;
}

// Fixed and zero-sized: the host itself never takes space or shifts the page's layout.
const HOST_STYLE =
  'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';

export function mountRoot(doc: Document): SamenspraakRoot {
  // A previous instance (extension reloaded or switched off and on) may have left one.
  for (const stale of doc.querySelectorAll(ROOT_TAG)) stale.remove();
  const host = doc.createElement(ROOT_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    showField(kind, findings, narrowed = false, underlinesPaused = false) {
      host.dataset.field = kind;
      host.dataset.findings = String(findings);
      if (narrowed) host.dataset.narrowed = 'true';
      else delete host.dataset.narrowed;
      if (underlinesPaused) host.dataset.underlinesPaused = 'true';
      else delete host.dataset.underlinesPaused;
    },
    showProblem(message) {
      host.dataset.problem = message;
    },
    remove() {
      host.remove();
    },
  };
}
