// The samenspraak command: process I/O around the tested parts (options, note output,
// --jsonl lanes, the audit, the report). Bundled to dist/cli/samenspraak.cjs by
// scripts/cli/build.ts; the same file is the start-up snapshot's source and the worker.
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import v8 from 'node:v8';
import { analyze } from '../../lib/analysis';
import type { Lang } from '../../lib/analysis/types';
import { inThreadLane, lanesFor, PARALLEL_FROM_CHARS, snapshotArguments, SNAPSHOT_PARALLEL_FROM_CHARS, type AnalysisLane } from './analysis-lanes';
import { auditNotes, formatSummary, type AuditedNote } from './audit';
import { LANE_ARGUMENT, parseCliOptions, USAGE, type CliOptions } from './cli-options';
import { analyzeNoteLines } from './note-lines-run';
import { formatNote } from './note-output';
import { renderReport } from './report';

class InputError extends Error {}

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
}

/** Checked before the analysis, so a long audit never fails at its very end. */
async function checkWritable(file: string): Promise<void> {
  try {
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    throw new InputError(`cannot write the report ${file}: ${reasonOf(error)}`);
  }
}

/** "analysed 1,200 / 40,000 notes", redrawn in place at most ten times a second. */
function progressLine(): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - shown < 100) return;
    shown = now;
    process.stderr.write(`\ranalysed ${done.toLocaleString('en')} / ${total.toLocaleString('en')} notes${done === total ? '\r\x1b[K' : ''}`);
  };
}

async function lanes(totalChars: number, threads: number | undefined): Promise<AnalysisLane[]> {
  const snapshot = snapshotArguments(process.execArgv);
  const count = lanesFor(totalChars, availableParallelism(), threads, snapshot.length > 0 ? SNAPSHOT_PARALLEL_FROM_CHARS : PARALLEL_FROM_CHARS);
  if (count === 1) return [inThreadLane()];
  // Loaded only here, so building the start-up snapshot never touches worker_threads.
  const { processLane, workerLane } = await import('./worker-lane');
  // The bundle: node runs it as the script, and bin/samenspraak passes it when starting from the snapshot.
  const bundle = process.argv[1] as string;
  const lane = () => (snapshot.length > 0 ? processLane(bundle, snapshot) : workerLane(bundle));
  // This thread analyses too: in the snapshot its languages are loaded already.
  return [inThreadLane(), ...Array.from({ length: count - 1 }, lane)];
}

async function writeReport(file: string, notes: AuditedNote[]): Promise<void> {
  await writeFile(file, renderReport(auditNotes(notes), notes, new Date()));
  process.stderr.write(`report written to ${file}\n`);
}

async function runJsonl(options: CliOptions & { jsonl: string }): Promise<0 | 2> {
  const input = await readInput(options.jsonl);
  const result = await analyzeNoteLines(input, options.lang, {
    lanes: (totalChars) => lanes(totalChars, options.threads),
    write: (lines) => process.stdout.write(lines),
    ...(process.stderr.isTTY ? { progress: progressLine() } : {}),
  });
  for (const problem of result.problems) process.stderr.write(`samenspraak: ${problem}\n`);
  process.stderr.write(formatSummary(auditNotes(result.notes), result.problems.length));
  if (options.report) await writeReport(options.report, result.notes);
  return result.exitCode;
}

async function runNote(options: CliOptions): Promise<0 | 2> {
  const text = await readInput(options.input);
  const findings = analyze(text, { lang: options.lang });
  process.stdout.write(formatNote(text, findings, options.format));
  if (options.report) await writeReport(options.report, [{ id: options.input === '-' ? 'stdin' : options.input, text, findings }]);
  return 0;
}

async function runCli(argv: readonly string[]): Promise<void> {
  if (argv[0] === LANE_ARGUMENT) {
    const { serveAnalysisOverIpc } = await import('./worker-lane');
    serveAnalysisOverIpc();
    return;
  }
  const options = parseCliOptions(argv);
  if ('error' in options) {
    process.stderr.write(`samenspraak: ${options.error}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    if (options.report) await checkWritable(options.report);
    process.exitCode = options.jsonl !== undefined ? await runJsonl({ ...options, jsonl: options.jsonl }) : await runNote(options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`samenspraak: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  }
}

/**
 * Both languages analysed once, so the snapshot holds them loaded and compiled: one sentence
 * per language, each analysed as its language. As one text they were one
 * paragraph of one language, so the other was never compiled into the snapshot and every
 * English run paid ~300 ms for it. Each sentence wakes a rule, so the full tagger (and
 * compromise's lazily built postTagger net) runs before the snapshot is taken.
 */
const WARM_UP: ReadonlyArray<[Lang, string]> = [
  ['nl', 'Moeder moet de afspraken nakomen en weigert hulp.'],
  ['en', 'Mother must attend all appointments and refuses help.'],
];

async function start(): Promise<void> {
  if (v8.startupSnapshot.isBuildingSnapshot()) {
    for (const [lang, sentence] of WARM_UP) analyze(sentence, { lang });
    v8.startupSnapshot.setDeserializeMainFunction(() => void runCli(process.argv.slice(2)));
    return;
  }
  const { isMainThread, workerData } = await import('node:worker_threads');
  const { WORKER_ROLE, serveAnalysis } = await import('./worker-lane');
  if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) serveAnalysis();
  else await runCli(process.argv.slice(2));
}

void start();
