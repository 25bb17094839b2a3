// The textarea mirror's pieces: together they are exactly the note (plus the trailing space
// that keeps an empty last line), findings are pieces of their own, and an edit anywhere in a
// long note changes only a few pieces, so the browser re-lays out only those.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { MAX_PIECE, mirrorPieces, sharedEnds } from '../../../lib/page/mirror-pieces';
import { seededRandom } from '../../../scripts/measure';

const sentences = readFileSync(new URL('../../corpus/nl.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** A long note of real corpus sentences, with paragraph breaks now and then. */
function longNote(characters: number, seed: number): string {
  const next = seededRandom(seed);
  let note = '';
  while (note.length < characters) note += `${sentences[Math.floor(next() * sentences.length)]}${next() < 0.1 ? '\n\n' : ' '}`;
  return note;
}

/** Pieces that differ between two texts: those not shared at the start or at the end. */
function changedPieces(before: string, after: string): number {
  const current = mirrorPieces(before, analyze(before));
  const target = mirrorPieces(after, analyze(after));
  const { head, tail } = sharedEnds(current, target);
  return target.length - head - tail;
}

describe('mirror pieces', () => {
  it('join up to exactly the note, with each finding a piece of its own', () => {
    const note = longNote(30_000, 1);
    const findings = analyze(note);
    const pieces = mirrorPieces(note, findings);
    expect(pieces.map((piece) => piece.text).join('')).toBe(`${note} `);
    const underlined = pieces.filter((piece) => piece.finding);
    expect(underlined.length).toBe(findings.length);
    expect(underlined.length).toBeGreaterThan(20);
    for (const piece of underlined) expect(piece.text).toBe(note.slice(piece.finding!.start, piece.finding!.end));
    expect(Math.max(...pieces.map((piece) => piece.text.length))).toBeLessThanOrEqual(MAX_PIECE);
    expect(pieces.length).toBeGreaterThan(30);
  });

  // Forty analyses of a 60,000-character note: slow on a loaded two-core machine, so it gets time.
  it('change only a few pieces when a word is typed anywhere in a long note', { timeout: 60_000 }, () => {
    const note = longNote(60_000, 2);
    const next = seededRandom(3);
    for (let edit = 0; edit < 20; edit++) {
      // Somewhere in the note, at a word boundary, as a user would type.
      const at = note.indexOf(' ', Math.floor(next() * note.length));
      const edited = `${note.slice(0, at)} echt${note.slice(at)}`;
      expect(changedPieces(note, edited)).toBeLessThanOrEqual(3);
    }
  });

  it('cut repetitive text without content cuts at most every MAX_PIECE characters, never inside a surrogate pair', () => {
    const note = '😀'.repeat(20_000);
    const pieces = mirrorPieces(note, []);
    expect(pieces.map((piece) => piece.text).join('')).toBe(`${note} `);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(MAX_PIECE);
    for (const piece of pieces) expect(piece.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('share nothing twice: start and end never overlap', () => {
    const a = mirrorPieces('Vader weigert hulp.', []);
    expect(sharedEnds(a, a)).toEqual({ head: a.length, tail: 0 });
  });
});
