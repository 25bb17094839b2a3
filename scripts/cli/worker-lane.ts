// A worker thread as an analysis lane. The worker runs the same bundled CLI file; it
// knows its role from workerData and only answers batches (serveAnalysis).
import { parentPort, Worker } from 'node:worker_threads';
import { analyze } from '../../lib/analysis';
import type { Finding } from '../../lib/analysis/types';
import type { AnalysisLane, NoteJob } from './analysis-lanes';

export const WORKER_ROLE = 'samenspraak-analysis-lane';

interface BatchAnswer {
  findings?: Finding[][];
  error?: string;
}

export function workerLane(bundleFile: string): AnalysisLane {
  const worker = new Worker(bundleFile, { workerData: { role: WORKER_ROLE } });
  // One batch at a time per lane (analyseInOrder awaits each), so one pending answer.
  let pending: { resolve: (findings: Finding[][]) => void; reject: (error: Error) => void } | null = null;
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = null;
  };
  worker.on('message', (answer: BatchAnswer) => {
    if (answer.findings) pending?.resolve(answer.findings);
    else fail(new Error(`an analysis worker failed: ${answer.error ?? 'no answer'}`));
    pending = null;
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`an analysis worker stopped (exit code ${code})`)));
  return {
    analyse: (batch: readonly NoteJob[]) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(batch);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** The worker's side: analyse each batch posted, answer with its findings. */
export function serveAnalysis(): void {
  parentPort?.on('message', (batch: NoteJob[]) => {
    try {
      parentPort?.postMessage({ findings: batch.map((note) => analyze(note.text, { lang: note.lang })) } satisfies BatchAnswer);
    } catch (error) {
      parentPort?.postMessage({ error: (error as Error).message } satisfies BatchAnswer);
    }
  });
}
