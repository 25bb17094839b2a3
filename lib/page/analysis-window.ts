// A very long note (a 1 MB paste, a 100,000-word file) is not analysed whole on every pause:
// that would block the page. Beyond a limit, analysis narrows to a window around the caret,
// snapped to line or sentence boundaries, and the side panel says so.

/** About 10,000 words: analysed whole within one short task on an ordinary machine. */
export const FULL_ANALYSIS_LIMIT = 60_000;
/** Characters on each side of the caret when narrowed. */
export const WINDOW_RADIUS = 15_000;
/** How far a boundary is looked for; beyond it a stretch is cut where it is. */
const SNAP_REACH = 2_000;

/** A part of the note, by UTF-16 offsets. */
export interface Stretch {
  start: number;
  end: number;
}

export interface AnalysisWindow extends Stretch {
  narrowed: boolean;
}

/**
 * Widens a stretch to start after a sentence end or line break and to end at one, so no
 * sentence is cut in half: the analyser caches per sentence, and half a sentence could be
 * flagged for what its other half takes back.
 */
export function snapToSentences(text: string, from: number, to: number): Stretch {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  const before = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start));
  if (before > 0 && start - before < SNAP_REACH) start = before + 1;
  const after = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((index) => index >= 0);
  if (after.length > 0 && Math.min(...after) - end < SNAP_REACH) end = Math.min(...after) + 1;
  return { start, end };
}

export function analysisWindow(length: number, caret: number, text: string): AnalysisWindow {
  if (length <= FULL_ANALYSIS_LIMIT) return { start: 0, end: length, narrowed: false };
  const around = Math.max(0, Math.min(caret, length));
  const { start, end } = snapToSentences(text, Math.max(0, around - WINDOW_RADIUS), Math.min(length, around + WINDOW_RADIUS));
  return { start, end, narrowed: true };
}
