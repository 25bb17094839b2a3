// Reads a note the way the user sees it (block elements become line breaks) and maps
// offsets in that text back to DOM positions and forth. The analysis works on the text;
// underlines and replacements need the DOM: this is the bridge, in both directions.

/** A stretch of the text: a DOM text node, or a line break implied by the layout. */
interface Piece {
  node: Text | null;
  start: number;
  length: number;
}

export interface TextModel {
  text: string;
  pieces: Piece[];
  root: Node;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Elements an editor hides on purpose inside the text: selection and bookmark markers (Jodit's
 * `data-jodit-temp` spans, CKEditor 4's bookmarks) hold a zero-width character or a space the
 * reader never sees and the editor's saved text never has. Only the element's own `hidden` or
 * inline `display: none` counts, which needs no layout; the walk runs on every keystroke, so
 * an element's style is only read when it has a style attribute at all.
 */
function isHiddenMarker(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  return element.hasAttribute('style') && (element as HTMLElement).style?.display === 'none';
}

/** Walks the editable element; never touches it. */
export function readEditable(root: HTMLElement): TextModel {
  const pieces: Piece[] = [];
  let text = '';
  const newline = () => {
    if (text.length === 0 || text.endsWith('\n')) return;
    pieces.push({ node: null, start: text.length, length: 1 });
    text += '\n';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      // Browsers type spaces in rich text as no-break spaces (U+00A0) where a plain space would
      // collapse; they are spaces to the reader, and one character for one keeps the offsets.
      const value = (node as Text).data.replace(/\u00a0/g, ' ');
      if (value.length === 0) return;
      pieces.push({ node: node as Text, start: text.length, length: value.length });
      text += value;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (SKIP.has(name) || isHiddenMarker(node as Element)) return;
    if (name === 'br') {
      pieces.push({ node: null, start: text.length, length: 1 });
      text += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) newline();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text, pieces, root };
}

/** The DOM position of a text offset: inside a text node, or just after a line break. */
function position(model: TextModel, offset: number, preferNext: boolean): { node: Node; offset: number } | null {
  for (let index = 0; index < model.pieces.length; index++) {
    const piece = model.pieces[index] as Piece;
    const end = piece.start + piece.length;
    if (offset > end || (offset === end && preferNext && index < model.pieces.length - 1)) continue;
    if (piece.node) return { node: piece.node, offset: Math.max(0, offset - piece.start) };
    // A line break has no node of its own: use the text around it.
    const next = model.pieces.slice(index + 1).find((candidate) => candidate.node);
    if (next?.node) return { node: next.node, offset: 0 };
    const previous = model.pieces.slice(0, index).reverse().find((candidate) => candidate.node);
    if (previous?.node) return { node: previous.node, offset: previous.length };
    return null;
  }
  const last = [...model.pieces].reverse().find((candidate) => candidate.node);
  return last?.node ? { node: last.node, offset: last.length } : null;
}

/** The text offset of a DOM position inside one of the model's text nodes, or null. */
export function textOffsetOf(model: TextModel, node: Node, offset: number): number | null {
  const piece = model.pieces.find((candidate) => candidate.node === node);
  return piece ? piece.start + Math.min(offset, piece.length) : null;
}

export function domRange(model: TextModel, start: number, end: number): Range | null {
  const from = position(model, start, true);
  const to = position(model, end, false);
  const doc = model.root.ownerDocument;
  if (!from || !to || !doc || !stillHolds(model, from) || !stillHolds(model, to)) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * A model read a moment ago may no longer match the DOM: editors split, empty or replace text
 * nodes on their own (Jodit puts a selection marker into the text when the note loses focus).
 * Such a position gives no range rather than an error; the next read has the new nodes.
 */
function stillHolds(model: TextModel, at: { node: Node; offset: number }): boolean {
  return at.node.isConnected && model.root.contains(at.node) && at.offset <= (at.node.nodeType === 3 ? (at.node as Text).length : at.node.childNodes.length);
}
