// Underlines findings in contenteditable fields and iframe editors with the CSS Custom
// Highlight API: ranges are registered with the document, the editor's DOM is never
// touched, and nothing sits over the text that could catch the caret.
import type { Category, Finding } from '../analysis/types';
import { CATEGORIES, highlightCss, highlightName } from './highlight-style';
import { domRange, type TextModel } from './text-model';

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
  clear(): void;
}

/** Same findings at the same places: the registered ranges are live and already follow the text. */
function signature(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.category}:${finding.start}:${finding.end}`).join(',');
}

export function createHighlightPainter(win: Window): HighlightPainter {
  let painted = '';
  const api = win as unknown as Required<HighlightWindow>;
  const registry = api.CSS.highlights as Map<string, unknown>;
  const Highlight = api.Highlight;
  const clear = () => {
    painted = '';
    for (const category of CATEGORIES) registry.delete(highlightName(category));
  };
  return {
    paint(model, findings) {
      const next = signature(findings);
      if (next === painted && next !== '') return;
      painted = next;
      const scope = model.root.getRootNode();
      ensureStyle('host' in scope ? (scope as ShadowRoot) : win.document);
      const byCategory = new Map<Category, Range[]>();
      for (const finding of findings) {
        const range = domRange(model, finding.start, finding.end);
        if (range) byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), range]);
      }
      for (const category of CATEGORIES) {
        const ranges = byCategory.get(category) ?? [];
        if (ranges.length === 0) registry.delete(highlightName(category));
        else registry.set(highlightName(category), new Highlight(...ranges));
      }
    },
    clear,
  };
}
