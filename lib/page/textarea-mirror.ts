// Underlines for <textarea>, where the Highlight API cannot reach: a copy of the text with
// the same box, font and wrapping, in our shadow root over the field, transparent except
// for the underlines, following the field's scrolling, size and position. It never takes
// pointer events, so the caret and clicks go to the textarea underneath. Painting changes
// only the pieces that changed (mirror-pieces.ts), so long notes stay cheap to type in.
import type { Finding } from '../analysis/types';
import { mirrorSpanCss } from './highlight-style';
import { mirrorPieces, sharedEnds, type PieceSpec } from './mirror-pieces';
import { adoptStyles } from './shadow-styles';

/**
 * Characters of new text the mirror takes in per frame. A huge paste is laid out over a few
 * frames (hidden meanwhile), so no single task lays out a whole megabyte.
 */
const CHARACTERS_PER_FRAME = 120_000;

/**
 * Longest paragraph (text without a line break) the mirror copies. Laying out one paragraph
 * costs the browser time in proportion to its length on every change (about 110 ms for 1 MB
 * here, as much as the textarea itself costs per key), so beyond this the underlines pause;
 * the findings stay in the side panel and the card.
 */
export const MIRROR_MAX_PARAGRAPH = 200_000;

function longestParagraph(text: string): number {
  let longest = 0;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    longest = Math.max(longest, at - start);
    start = at + 1;
  }
  return Math.max(longest, text.length - start);
}

interface Piece {
  key: string;
  node: Node;
  finding?: Finding;
}

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing',
  'word-spacing', 'line-height', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'direction',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

export interface TextareaMirror {
  paint(text: string, findings: readonly Finding[]): void;
  /** True while the note has a paragraph too long to copy (MIRROR_MAX_PARAGRAPH): no underlines. */
  readonly paused: boolean;
  /** The finding whose underlined phrase is under a viewport point. */
  findingAt(x: number, y: number): Finding | null;
  rectOf(finding: Finding): DOMRect | null;
  destroy(): void;
}

export function createTextareaMirror(textarea: HTMLTextAreaElement, shadow: ShadowRoot, signal: AbortSignal): TextareaMirror {
  const doc = shadow.ownerDocument;
  const win = doc.defaultView as Window;
  adoptStyles(shadow, `.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; box-sizing: content-box; border: 0; margin: 0; z-index: 2147483646; }\n${mirrorSpanCss()}`);
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  shadow.append(mirror);

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

  /** What the mirror's DOM holds, in order, and what it should hold. */
  const current: Piece[] = [];
  let target: PieceSpec[] = [];
  let frame = 0;
  let paused = false;
  let spans: Array<{ span: HTMLElement; finding: Finding }> = [];

  const create = (spec: PieceSpec): Piece => {
    if (!spec.finding) return { key: spec.key, node: doc.createTextNode(spec.text) };
    const span = doc.createElement('span');
    span.className = `finding-${spec.finding.category}`;
    span.textContent = spec.text;
    return { key: spec.key, node: span, finding: spec.finding };
  };

  /** Brings the DOM one step closer to the target: removes what changed, adds up to a frame's worth. */
  const reconcile = () => {
    frame = 0;
    const { head, tail } = sharedEnds(current, target);
    for (const piece of current.splice(head, current.length - head - tail)) (piece.node as ChildNode).remove();
    const before = current[head]?.node ?? null;
    const added: Piece[] = [];
    let budget = CHARACTERS_PER_FRAME;
    let next = head;
    for (; next < target.length - tail && budget > 0; next++) {
      const spec = target[next] as PieceSpec;
      added.push(create(spec));
      budget -= spec.text.length;
    }
    const fragment = doc.createDocumentFragment();
    fragment.append(...added.map((piece) => piece.node));
    mirror.insertBefore(fragment, before);
    current.splice(head, 0, ...added);
    const complete = next === target.length - tail;
    // Kept pieces carry the new analysis' findings (same phrase, same place, fresh objects).
    if (complete) current.forEach((piece, index) => piece.finding && (piece.finding = target[index]?.finding));
    spans = complete ? current.flatMap((piece) => (piece.finding ? [{ span: piece.node as HTMLElement, finding: piece.finding }] : [])) : [];
    // Half-built, the text below would sit in the wrong place: show nothing until it is whole.
    mirror.style.visibility = complete ? '' : 'hidden';
    if (!complete) frame = win.requestAnimationFrame(reconcile);
    place();
  };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame));

  return {
    findingAt(x, y) {
      const hit = spans.find(({ span }) => [...span.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom));
      return hit?.finding ?? null;
    },
    rectOf(finding) {
      return spans.find((entry) => entry.finding === finding)?.span.getBoundingClientRect() ?? null;
    },
    get paused() {
      return paused;
    },
    paint(text, findings) {
      paused = longestParagraph(text) > MIRROR_MAX_PARAGRAPH;
      target = paused ? [] : mirrorPieces(text, findings);
      if (frame) win.cancelAnimationFrame(frame);
      reconcile();
    },
    destroy() {
      resize.disconnect();
      mirror.remove();
    },
  };
}
