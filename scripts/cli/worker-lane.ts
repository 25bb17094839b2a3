// A second lane for --jsonl: a child process started from the same start-up snapshot as
// this one (both languages loaded and compiled already: about 0.3 s to start), or, when this
// process did not start from a snapshot, a worker thread running the same bundled CLI file.
// A worker cannot start from a snapshot, so it loads and compiles both languages first; on
// two cores that cost more than the second lane brought. Either only answers batches.
import { fork } from 'node:child_process';
import { parentPort, Worker } from 'node:worker_threads';
import { analyze } from '../../lib/analysis';
import type { Finding } from '../../lib/analysis/types';
import type { AnalysisLane, NoteJob } from './analysis-lanes';
import { LANE_ARGUMENT } from './cli-options';

export const WORKER_ROLE = 'samenspraak-analysis-lane';

interface BatchAnswer {
  findings?: Finding[][];
  error?: string;
}

/** What a lane talks to: a worker thread or a child process, both of which post answers back. */
interface LaneEnd {
  on(event: 'message', listener: (answer: BatchAnswer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
}

/** A lane over `end`: one batch at a time (analyseInOrder awaits each), so one pending answer. */
function laneOver(end: LaneEnd, post: (batch: readonly NoteJob[]) => void, close: () => Promise<void>): AnalysisLane {
  let pending: { resolve: (findings: Finding[][]) => void; reject: (error: Error) => void } | null = null;
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = null;
  };
  end.on('message', (answer) => {
    if (answer.findings) pending?.resolve(answer.findings);
    else fail(new Error(`an analysis lane failed: ${answer.error ?? 'no answer'}`));
    pending = null;
  });
  end.on('error', fail);
  end.on('exit', (code) => fail(new Error(`an analysis lane stopped (exit code ${code})`)));
  return {
    analyse: (batch) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        post(batch);
      }),
    close,
  };
}

export function workerLane(bundleFile: string): AnalysisLane {
  const worker = new Worker(bundleFile, { workerData: { role: WORKER_ROLE } });
  return laneOver(worker, (batch) => worker.postMessage(batch), async () => void (await worker.terminate()));
}

/** A child process from the same snapshot as a lane (see the top of this file). */
export function processLane(bundleFile: string, snapshot: readonly string[]): AnalysisLane {
  const child = fork(bundleFile, [LANE_ARGUMENT], { execArgv: [...snapshot], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return laneOver(child, (batch) => child.send(batch), async () => {
    // The child ends when its channel closes; that exit is no failure.
    child.removeAllListeners('exit');
    child.disconnect();
  });
}

/** The answer to one batch: its findings, or what went wrong. */
function answer(batch: readonly NoteJob[]): BatchAnswer {
  try {
    return { findings: batch.map((note) => analyze(note.text, { lang: note.lang })) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A lane child's side: analyse each batch sent over IPC, answer with its findings; end when the parent disconnects. */
export function serveAnalysisOverIpc(): void {
  process.on('message', (batch: NoteJob[]) => process.send?.(answer(batch)));
}

/** The worker's side: analyse each batch posted, answer with its findings. */
export function serveAnalysis(): void {
  parentPort?.on('message', (batch: NoteJob[]) => parentPort?.postMessage(answer(batch)));
}
