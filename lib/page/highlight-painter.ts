// Underlines findings in contenteditable fields and iframe editors with the CSS Custom
// Highlight API: ranges are registered with the document, the editor's DOM is never
// touched, and nothing sits over the text that could catch the caret.
//
// Chromium repaints all highlighted text of a field on every keystroke, in proportion to
// the number of ranges: 500 ranges in a 5,000-word note cost about 30 ms of paint per key,
// 20 ranges about 1 ms. A note with many findings therefore gets ranges only for the part
// that is on screen (with a margin), renewed as the field or the page scrolls.
import type { Category, Finding } from '../analysis/types';
import { CATEGORIES, highlightCss, highlightName } from './highlight-style';
import { domRange, textOffsetOf, type TextModel } from './text-model';

/** Up to this many findings, all are registered: no hit tests, no scroll listening. */
export const ALL_RANGES_UP_TO = 60;
/** Characters beyond the visible part whose findings are registered too (a screen or so). */
const MARGIN = 3_000;

const STYLE_ID = 'samenspraak-highlight-style';

type HighlightConstructor = new (...ranges: Range[]) => unknown;
/** The parts of a frame's window the Highlight API adds (not yet in every DOM typing). */
interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: HighlightConstructor;
}

export function supportsHighlights(win: Window): boolean {
  const api = win as unknown as HighlightWindow;
  return typeof api.Highlight === 'function' && api.CSS?.highlights !== undefined;
}

/** ::highlight styles do not cross shadow boundaries: a field in a shadow root needs them there. */
function ensureStyle(scope: Document | ShadowRoot): void {
  if (scope.getElementById(STYLE_ID)) return;
  const isShadow = 'host' in scope;
  const doc = isShadow ? scope.ownerDocument : scope;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = highlightCss();
  if (isShadow) scope.append(style);
  else (scope.head ?? scope.documentElement).append(style);
}

export interface HighlightPainter {
  paint(model: TextModel, findings: readonly Finding[]): void;
  /** The underlined finding under a viewport point, from the ranges already registered. */
  findingAt(x: number, y: number): Finding | null;
  clear(): void;
}

function placeOf(finding: Finding): string {
  return `${finding.category}:${finding.start}:${finding.end}`;
}

/** Same findings at the same places: the registered ranges are live and already follow the text. */
function signature(findings: readonly Finding[]): string {
  return findings.map(placeOf).join(',');
}

/** The text offset under a viewport point, when it falls in the model's text. */
function offsetAt(doc: Document, model: TextModel, x: number, y: number): number | null {
  const hit = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return hit ? textOffsetOf(model, hit.startContainer, hit.startOffset) : null;
}

/** The stretch of text on screen, widened by MARGIN; the whole text when it cannot tell. */
function visibleStretch(win: Window, model: TextModel): [number, number] {
  const whole: [number, number] = [0, model.text.length];
  const root = model.root as Element;
  if (typeof root.getBoundingClientRect !== 'function') return whole;
  const rect = root.getBoundingClientRect();
  const top = Math.max(rect.top, 0) + 2;
  const bottom = Math.min(rect.bottom, win.innerHeight) - 2;
  if (bottom <= top) return [0, 0];
  const first = offsetAt(win.document, model, rect.left + 2, top);
  const last = offsetAt(win.document, model, rect.right - 2, bottom);
  if (first === null || last === null) return whole;
  return [Math.max(0, first - MARGIN), last + MARGIN];
}

export function createHighlightPainter(win: Window): HighlightPainter {
  let painted = '';
  // The registered ranges with their findings: hover reads these instead of building ranges.
  let underlined: Array<{ finding: Finding; range: Range }> = [];
  const api = win as unknown as Required<HighlightWindow>;
  const registry = api.CSS.highlights as Map<string, unknown>;
  const Highlight = api.Highlight;
  let latest: { model: TextModel; findings: readonly Finding[] } | null = null;
  let listening: AbortController | null = null;
  let frame = 0;
  const clear = () => {
    painted = '';
    underlined = [];
    latest = null;
    listening?.abort();
    listening = null;
    win.cancelAnimationFrame(frame);
    for (const category of CATEGORIES) registry.delete(highlightName(category));
  };
  /** With many findings, follow scrolling: what is on screen changes without any typing. */
  const follow = (root: Node) => {
    if (listening) return;
    listening = new AbortController();
    const onScroll = () => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (latest) register(latest.model, latest.findings);
      });
    };
    const options = { capture: true, passive: true, signal: listening.signal } as const;
    win.addEventListener('scroll', onScroll, options);
    root.addEventListener('scroll', onScroll, options);
    win.addEventListener('resize', onScroll, options);
  };
  const register = (model: TextModel, findings: readonly Finding[]) => {
    let shown = findings;
    if (findings.length > ALL_RANGES_UP_TO) {
      follow(model.root);
      const [from, to] = visibleStretch(win, model);
      shown = findings.filter((finding) => finding.end >= from && finding.start <= to);
    }
    const next = signature(shown);
    if (next === painted && next !== '') {
      // Same places, fresh objects from the new analysis: keep the ranges, take the findings.
      const fresh = new Map(shown.map((finding) => [placeOf(finding), finding]));
      underlined = underlined.map((entry) => ({ ...entry, finding: fresh.get(placeOf(entry.finding)) ?? entry.finding }));
      return;
    }
    painted = next;
    underlined = [];
    const byCategory = new Map<Category, Range[]>();
    for (const finding of shown) {
      const range = domRange(model, finding.start, finding.end);
      if (!range) continue;
      underlined.push({ finding, range });
      byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), range]);
    }
    for (const category of CATEGORIES) {
      const ranges = byCategory.get(category) ?? [];
      if (ranges.length === 0) registry.delete(highlightName(category));
      else registry.set(highlightName(category), new Highlight(...ranges));
    }
  };
  return {
    paint(model, findings) {
      latest = { model, findings };
      const scope = model.root.getRootNode();
      ensureStyle('host' in scope ? (scope as ShadowRoot) : win.document);
      register(model, findings);
    },
    findingAt(x, y) {
      const hit = underlined.find(({ range }) => [...range.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom));
      return hit?.finding ?? null;
    },
    clear,
  };
}
