// The textarea mirror's text cut into pieces: plain runs and underlined findings. Unchanged
// pieces keep their DOM nodes from one paint to the next, so the browser reuses their layout
// and a keystroke in a long note re-lays out only the pieces around it.
//
// Plain runs are cut where the text itself says so (after white space whose preceding
// characters hash to a marker), not every N characters: an insertion early in the note then
// changes one piece, not every piece after it.
import type { Finding } from '../analysis/types';

export interface PieceSpec {
  /** Equal keys mean equal DOM: the same text, underlined the same way or not at all. */
  key: string;
  text: string;
  finding?: Finding;
}

/** A plain run longer than this is cut even where the content gives no cut (repetitive text). */
export const MAX_PIECE = 8_000;
const MIN_PIECE = 200;
const CONTEXT = 12;

/** True when a cut after the white space at `at` is due: depends only on the text just before. */
function cutsAfter(text: string, at: number): boolean {
  let hash = 0;
  for (let index = Math.max(0, at - CONTEXT); index < at; index++) hash = (hash * 31 + text.charCodeAt(index)) | 0;
  return (hash & 127) === 0;
}

function plainPieces(text: string, out: PieceSpec[]): void {
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const length = at + 1 - start;
    const white = text.charCodeAt(at) === 32 || text.charCodeAt(at) === 10;
    if ((white && length >= MIN_PIECE && cutsAfter(text, at)) || (length >= MAX_PIECE && !isHighSurrogate(text.charCodeAt(at)))) {
      const piece = text.slice(start, at + 1);
      out.push({ key: `\u0001${piece}`, text: piece });
      start = at + 1;
    }
  }
  if (start < text.length) {
    const piece = text.slice(start);
    out.push({ key: `\u0001${piece}`, text: piece });
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The pieces for a text and its findings, in order; overlapping findings keep the first. */
export function mirrorPieces(text: string, findings: readonly Finding[]): PieceSpec[] {
  const out: PieceSpec[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    plainPieces(text.slice(at, finding.start), out);
    const phrase = text.slice(finding.start, finding.end);
    out.push({ key: `${finding.category}\u0000${phrase}`, text: phrase, finding });
    at = finding.end;
  }
  // A trailing line break in a textarea opens an empty last line; the extra space keeps it.
  plainPieces(`${text.slice(at)} `, out);
  return out;
}

/** How many pieces at the start and at the end two lists share (the end never overlaps the start). */
export function sharedEnds(current: readonly { key: string }[], target: readonly { key: string }[]): { head: number; tail: number } {
  let head = 0;
  while (head < current.length && head < target.length && current[head]?.key === target[head]?.key) head++;
  let tail = 0;
  while (
    tail < current.length - head &&
    tail < target.length - head &&
    current[current.length - 1 - tail]?.key === target[target.length - 1 - tail]?.key
  ) tail++;
  return { head, tail };
}
