// Underlines for <textarea>, where the Highlight API cannot reach: a copy of the text with
// the same box, font and wrapping, in our shadow root over the field, transparent except
// for the underlines, following the field's scrolling, size and position. It never takes
// pointer events, so the caret and clicks go to the textarea underneath.
import type { Finding } from '../analysis/types';
import { mirrorSpanCss } from './highlight-style';

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing',
  'word-spacing', 'line-height', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'direction',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

export interface TextareaMirror {
  paint(text: string, findings: readonly Finding[]): void;
  /** The finding whose underlined phrase is under a viewport point. */
  findingAt(x: number, y: number): Finding | null;
  rectOf(finding: Finding): DOMRect | null;
  destroy(): void;
}

export function createTextareaMirror(textarea: HTMLTextAreaElement, shadow: ShadowRoot, signal: AbortSignal): TextareaMirror {
  const doc = shadow.ownerDocument;
  const win = doc.defaultView as Window;
  const style = doc.createElement('style');
  style.textContent = `.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; box-sizing: content-box; border: 0; margin: 0; z-index: 2147483646; }\n${mirrorSpanCss()}`;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  shadow.append(style, mirror);

  const place = () => {
    const computed = win.getComputedStyle(textarea);
    for (const property of COPIED) mirror.style.setProperty(property, computed.getPropertyValue(property));
    const rect = textarea.getBoundingClientRect();
    const borderLeft = parseFloat(computed.borderLeftWidth) || 0;
    const borderTop = parseFloat(computed.borderTopWidth) || 0;
    const paddingX = (parseFloat(computed.paddingLeft) || 0) + (parseFloat(computed.paddingRight) || 0);
    const paddingY = (parseFloat(computed.paddingTop) || 0) + (parseFloat(computed.paddingBottom) || 0);
    // clientWidth leaves out a scrollbar, so the mirror wraps lines exactly where the field does.
    mirror.style.left = `${rect.left + borderLeft}px`;
    mirror.style.top = `${rect.top + borderTop}px`;
    mirror.style.width = `${Math.max(0, textarea.clientWidth - paddingX)}px`;
    mirror.style.height = `${Math.max(0, textarea.clientHeight - paddingY)}px`;
    mirror.style.display = rect.width === 0 || rect.height === 0 ? 'none' : '';
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };

  const options = { signal, passive: true } as const;
  textarea.addEventListener('scroll', () => {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }, options);
  win.addEventListener('scroll', place, { ...options, capture: true });
  win.addEventListener('resize', place, options);
  const resize = new ResizeObserver(place);
  resize.observe(textarea);
  signal.addEventListener('abort', () => resize.disconnect());

  let spans: Array<{ span: HTMLElement; finding: Finding }> = [];
  return {
    findingAt(x, y) {
      const hit = spans.find(({ span }) => [...span.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom));
      return hit?.finding ?? null;
    },
    rectOf(finding) {
      return spans.find((entry) => entry.finding === finding)?.span.getBoundingClientRect() ?? null;
    },
    paint(text, findings) {
      spans = [];
      const parts: Node[] = [];
      let at = 0;
      for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
        if (finding.start < at) continue;
        parts.push(doc.createTextNode(text.slice(at, finding.start)));
        const span = doc.createElement('span');
        span.className = `finding-${finding.category}`;
        span.textContent = text.slice(finding.start, finding.end);
        parts.push(span);
        spans.push({ span, finding });
        at = finding.end;
      }
      // A trailing line break in a textarea opens an empty last line; the extra space keeps it.
      parts.push(doc.createTextNode(`${text.slice(at)} `));
      mirror.replaceChildren(...parts);
      place();
    },
    destroy() {
      resize.disconnect();
      mirror.remove();
      style.remove();
    },
  };
}
