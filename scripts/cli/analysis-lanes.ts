// Analyses many notes over several lanes (this thread, worker threads) and hands the
// results back in input order, whatever order the lanes finish in. Notes go out in
// batches of about BATCH_CHARS, each to the next free lane, so a lane stuck on a long
// note never holds up the others' supply.
import { analyze } from '../../lib/analysis';
import type { Finding, LangOption } from '../../lib/analysis/types';

export interface NoteJob {
  text: string;
  lang: LangOption;
}

/** Something that analyses a batch of notes: this thread, or a worker. */
export interface AnalysisLane {
  analyse(batch: readonly NoteJob[]): Promise<Finding[][]>;
  close(): Promise<void>;
}

/** Big enough that posting a batch to a worker costs little beside analysing it. */
export const BATCH_CHARS = 20_000;

/**
 * Below this much text (about 150,000 words, some 4 s of one core) one thread is as quick:
 * a worker cannot start from the snapshot, so it loads both languages and warms up first
 * (measured: 1.7 s of CPU more for a second lane on 120,000 words).
 */
export const PARALLEL_FROM_CHARS = 1_000_000;
/**
 * The same for lanes started from the snapshot (child processes, worker-lane.ts): one starts
 * in about 0.3 s while this thread works, so a second lane pays from some 40,000 words.
 */
export const SNAPSHOT_PARALLEL_FROM_CHARS = 250_000;

export function lanesFor(totalChars: number, cores: number, threads?: number, fromChars = PARALLEL_FROM_CHARS): number {
  if (threads !== undefined) return Math.max(1, threads);
  return totalChars >= fromChars ? Math.max(1, cores) : 1;
}

/** The options node was started with that name a start-up snapshot ("--snapshot-blob FILE"), if any. */
export function snapshotArguments(execArgv: readonly string[]): string[] {
  const at = execArgv.findIndex((argument) => argument === '--snapshot-blob' || argument.startsWith('--snapshot-blob='));
  if (at < 0) return [];
  return execArgv[at]?.includes('=') ? [execArgv[at] as string] : execArgv.slice(at, at + 2);
}

/** Consecutive [start, end) index ranges of about `maxChars` text each, never empty. */
export function batchRanges(notes: readonly NoteJob[], maxChars = BATCH_CHARS): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let chars = 0;
  notes.forEach((note, index) => {
    if (index > start && chars + note.text.length > maxChars) {
      ranges.push([start, index]);
      start = index;
      chars = 0;
    }
    chars += note.text.length;
  });
  if (start < notes.length) ranges.push([start, notes.length]);
  return ranges;
}

/** The lane that analyses in this thread; it yields between batches so workers' answers are read. */
export function inThreadLane(): AnalysisLane {
  return {
    analyse: (batch) =>
      new Promise((resolve) => setImmediate(() => resolve(batch.map((note) => analyze(note.text, { lang: note.lang }))))),
    close: async () => {},
  };
}

/**
 * Runs every note through the lanes. `onResult` is called once per note, in input order;
 * `onProgress` after each batch with the number of notes done so far.
 */
export async function analyseInOrder(
  notes: readonly NoteJob[],
  lanes: readonly AnalysisLane[],
  onResult: (index: number, findings: Finding[]) => void,
  onProgress: (done: number) => void = () => {},
  maxChars = BATCH_CHARS,
): Promise<void> {
  const ranges = batchRanges(notes, maxChars);
  const waiting = new Map<number, Finding[]>();
  let nextRange = 0;
  let nextResult = 0;
  let done = 0;
  const flush = () => {
    for (let findings = waiting.get(nextResult); findings; findings = waiting.get(nextResult)) {
      waiting.delete(nextResult);
      onResult(nextResult++, findings);
    }
  };
  const drive = async (lane: AnalysisLane) => {
    while (nextRange < ranges.length) {
      const [start, end] = ranges[nextRange++] as [number, number];
      const results = await lane.analyse(notes.slice(start, end));
      results.forEach((findings, offset) => waiting.set(start + offset, findings));
      done += end - start;
      flush();
      onProgress(done);
    }
  };
  await Promise.all(lanes.map(drive));
}
