// A very long note (a 1 MB paste, a 100,000-word file) is not analysed whole on every pause:
// that would block the page. Beyond a limit, analysis narrows to a window around the caret,
// snapped to line or sentence boundaries, and the side panel says so.

/** About 10,000 words: analysed whole within one short task on an ordinary machine. */
export const FULL_ANALYSIS_LIMIT = 60_000;
/** Characters on each side of the caret when narrowed. */
export const WINDOW_RADIUS = 15_000;

export interface AnalysisWindow {
  start: number;
  end: number;
  narrowed: boolean;
}

export function analysisWindow(length: number, caret: number, text: string): AnalysisWindow {
  if (length <= FULL_ANALYSIS_LIMIT) return { start: 0, end: length, narrowed: false };
  const around = Math.max(0, Math.min(caret, length));
  let start = Math.max(0, around - WINDOW_RADIUS);
  let end = Math.min(length, around + WINDOW_RADIUS);
  // Start after a sentence end or line break, end at one, so no sentence is cut in half.
  const before = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start));
  if (before > 0 && start - before < 2_000) start = before + 1;
  const after = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((index) => index >= 0);
  if (after.length > 0 && Math.min(...after) - end < 2_000) end = Math.min(...after) + 1;
  return { start, end, narrowed: true };
}
