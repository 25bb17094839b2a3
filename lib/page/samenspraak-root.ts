// The one element per frame that holds all of Samenspraak's in-page UI, in a closed
// shadow root: page styles cannot reach in, ours cannot leak out, and page scripts cannot
// restyle, move or relabel the card's buttons (issue 13, item 10). Its data
// attributes are the public, observable state (used by our tests and anybody's); the
// finding count only for a field the user typed in, since it depends on the ignore list
// and the rules switched off, which a page has no business reading.
import type { NoteFieldKind } from './note-field';
import { adoptStyles } from './shadow-styles';

export const ROOT_TAG = 'samenspraak-root';

/** How far a field's analysis reaches, shown as `data-narrowed`, `data-underlines-paused` and `data-partial`. */
export interface FieldState {
  narrowed?: boolean;
  underlinesPaused?: boolean;
  /** Only the part around the caret is analysed yet; the rest follows (first-findings.ts). */
  partial?: boolean;
}

export interface SamenspraakRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** `findings` is null for a field the user has not typed in: then the count is not shown. */
  showField(kind: NoteFieldKind, findings: number | null, state?: FieldState): void;
  /** Analysis could not run here; said on the element so tests and support can see why. */
  showProblem(message: string): void;
  /** Says a short sentence to screen readers (a polite live region, not shown). */
  announce(text: string): void;
  remove(): void;
}

// Fixed and zero-sized: the host itself never takes space or shifts the page's layout.
const HOST_STYLE =
  'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';

// The same from inside: an !important rule of the shadow root beats the page's, even the
// page's !important ones and its style attribute, so `samenspraak-root { opacity: 0
// !important }` cannot hide the card or move it under something else.
const HOST_RULES = `:host { ${HOST_STYLE.replaceAll(';', ' !important;')} display: block !important; }`;

/**
 * Closed everywhere but in the build the end-to-end tests drive (SAMENSPRAAK_OPEN_SHADOW_ROOT):
 * Playwright reaches into open shadow roots only. tests/e2e/trust.test.ts runs a closed build.
 */
const SHADOW_MODE: ShadowRootMode = __SAMENSPRAAK_SHADOW_MODE__;

// Read by screen readers, never painted: the usual visually-hidden box.
const ANNOUNCE_STYLE = 'position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;';

/** `lang`: the UI's language, which the announcements speak. */
export function mountRoot(doc: Document, lang = 'en'): SamenspraakRoot {
  // A previous instance (extension reloaded or switched off and on) may have left one.
  for (const stale of doc.querySelectorAll(ROOT_TAG)) stale.remove();
  const host = doc.createElement(ROOT_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  adoptStyles(shadow, HOST_RULES);
  // A live region must be in the page before it speaks, or screen readers miss the first words.
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('style', ANNOUNCE_STYLE);
  status.lang = lang;
  shadow.append(status);
  doc.documentElement.append(host);
  let speaking: number | undefined;
  return {
    host,
    shadow,
    showField(kind, findings, state = {}) {
      host.dataset.field = kind;
      if (findings === null) delete host.dataset.findings;
      else host.dataset.findings = String(findings);
      for (const flag of ['narrowed', 'underlinesPaused', 'partial'] as const) {
        if (state[flag]) host.dataset[flag] = 'true';
        else delete host.dataset[flag];
      }
    },
    showProblem(message) {
      host.dataset.problem = message;
    },
    announce(text) {
      // Emptied first, so the same sentence twice in a row is still read out.
      status.textContent = '';
      if (speaking !== undefined) clearTimeout(speaking);
      speaking = setTimeout(() => (status.textContent = text), 50) as unknown as number;
    },
    remove() {
      host.remove();
    },
  };
}
