// A note focused for the first time is analysed from the caret outwards: the sentences on
// screen around the caret first, painted at once, then the rest in idle slices, each a
// little wider than the last. Every slice re-analyses only what is new, since the
// analyser keeps the findings of the sentences it saw in the previous update (and only
// those: so slices grow, they never move, and the note is never analysed in pieces).
import { snapToSentences, type Stretch } from './analysis-window';

/**
 * Characters on each side of the caret analysed before anything is painted: more than a
 * tall note field shows at once, a few hundred words, some 20 ms of analysis.
 */
export const FIRST_RADIUS = 2_000;
/** Characters each idle slice adds, on both sides together: some 30 ms of analysis. */
export const SLICE_CHARS = 4_000;

/** The first stretch to analyse: the sentences around the caret, within `whole`. */
export function firstStretch(text: string, caret: number, whole: Stretch): Stretch {
  const around = Math.max(whole.start, Math.min(caret, whole.end));
  return within(snapToSentences(text, around - FIRST_RADIUS, around + FIRST_RADIUS), whole);
}

/**
 * The next slice: `current` grown by SLICE_CHARS, half on each side; a side that reached
 * the edge of `whole` gives its half to the other.
 */
export function widened(text: string, current: Stretch, whole: Stretch): Stretch {
  const from = within(current, whole);
  const half = SLICE_CHARS / 2;
  const roomBefore = from.start - whole.start;
  const roomAfter = whole.end - from.end;
  const before = Math.min(roomBefore, half + Math.max(0, half - roomAfter));
  const after = Math.min(roomAfter, half + Math.max(0, half - roomBefore));
  return within(snapToSentences(text, from.start - before, from.end + after), whole);
}

export function covers(stretch: Stretch, whole: Stretch): boolean {
  return stretch.start <= whole.start && stretch.end >= whole.end;
}

function within(stretch: Stretch, whole: Stretch): Stretch {
  return { start: Math.max(whole.start, Math.min(stretch.start, whole.end)), end: Math.min(whole.end, Math.max(stretch.end, whole.start)) };
}
