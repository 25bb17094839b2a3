// A first analysis starts around the caret, on whole sentences, and grows by slices that
// never move or shrink until the whole window is covered.
import { describe, expect, it } from 'vitest';
import { analysisWindow, snapToSentences } from '../../../lib/page/analysis-window';
import { covers, FIRST_RADIUS, firstStretch, SLICE_CHARS, widened } from '../../../lib/page/first-findings';

const note = Array.from({ length: 600 }, (_, index) => `Daan speelde rustig met zijn lego (dag ${index + 1}).`).join(' ');
const whole = { start: 0, end: note.length };

describe('first findings', () => {
  it('starts with whole sentences around the caret, not the whole note', () => {
    const caret = 20_000;
    const first = firstStretch(note, caret, whole);
    expect(first.start).toBeLessThanOrEqual(caret - FIRST_RADIUS);
    expect(first.end).toBeGreaterThanOrEqual(caret + FIRST_RADIUS);
    expect(first.end - first.start).toBeLessThan(2 * FIRST_RADIUS + 200);
    expect(note.slice(first.start, first.end).trim()).toMatch(/^Daan .*\.$/);
  });

  it('grows on both sides, and to one side only at an edge, until it covers the window', () => {
    let stretch = firstStretch(note, note.length, whole);
    expect(stretch.end).toBe(note.length);
    const seen = [stretch];
    while (!covers(stretch, whole)) {
      const next = widened(note, stretch, whole);
      expect(next.start).toBeLessThanOrEqual(stretch.start);
      expect(next.end).toBeGreaterThanOrEqual(stretch.end);
      // The side with no room left gives its half to the other.
      expect(stretch.start - next.start).toBeGreaterThanOrEqual(Math.min(stretch.start, SLICE_CHARS - 100));
      seen.push((stretch = next));
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toEqual(whole);
  });

  it('stays inside a narrowed window', () => {
    const long = note.repeat(3);
    const window = analysisWindow(long.length, 40_000, long);
    expect(window.narrowed).toBe(true);
    let stretch = firstStretch(long, 40_000, window);
    while (!covers(stretch, window)) {
      stretch = widened(long, stretch, window);
      expect(stretch.start).toBeGreaterThanOrEqual(window.start);
      expect(stretch.end).toBeLessThanOrEqual(window.end);
    }
  });

  it('a short note is covered at once', () => {
    const short = 'Vader weigert hulp. Moeder vertelt over school.';
    expect(covers(firstStretch(short, 3, { start: 0, end: short.length }), { start: 0, end: short.length })).toBe(true);
  });

  it('snaps to a line break or a sentence end, and within the text', () => {
    const text = 'Eerste zin.\nTweede zin. Derde zin.';
    expect(snapToSentences(text, 15, 16)).toEqual({ start: 12, end: 23 });
    expect(snapToSentences(text, -50, 500)).toEqual({ start: 0, end: text.length });
  });
});
