// `npm run bench`, section 5: what a quality officer waits for: the whole process of the
// built CLI (start, read, analyse, print) on generated notes whose sentences never repeat,
// next to alex (a linter for insensitive writing) on the same files. alex is measured only
// and never a dependency: install it outside the project (`npm install alex` in
// /tmp/alex-bench) or point ALEX_BIN at its bin; without it that column says so.
// Also --jsonl on one thread against all cores.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../lib/analysis/types';
import { generatedNote } from './bench-notes';
import { PROJECT_DIR } from './build-extension';
import { CLI_LAUNCHER } from './cli/build';
import { ms } from './measure';

const ALEX = process.env.ALEX_BIN ?? '/tmp/alex-bench/node_modules/.bin/alex';
const OUT = resolve(PROJECT_DIR, '.output/bench-cli');

/**
 * CPU time (user + system) of the children this process has waited for, from Linux's
 * /proc/self/stat (clock ticks of 10 ms): on a shared machine it moves far less than the
 * wall clock. Null elsewhere.
 */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

interface Timing {
  wall: number;
  cpu: number | null;
}

/** Best wall-clock and CPU time of `runs` whole runs; the exit code must be one the tool means. */
function timed(command: string, args: string[], runs: number, okCodes: number[]): Timing {
  const best: Timing = { wall: Infinity, cpu: null };
  for (let run = 0; run < runs; run++) {
    const cpuBefore = childrenCpu();
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = performance.now() - start;
    const cpuAfter = childrenCpu();
    if (result.status === null || !okCodes.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    best.wall = Math.min(best.wall, wall);
    if (cpuBefore !== null && cpuAfter !== null) best.cpu = Math.min(best.cpu ?? Infinity, cpuAfter - cpuBefore);
  }
  return best;
}

const seconds = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : ms(value));
const shown = (timing: Timing) => `${seconds(timing.wall).padStart(9)}${timing.cpu === null ? '' : ` (cpu ${seconds(timing.cpu)})`}`;
/** How many times faster, by the wall clock and, when known, by CPU time. */
const ratio = (ours: Timing, theirs: Timing) =>
  `${(theirs.wall / ours.wall).toFixed(1)}x alex${ours.cpu && theirs.cpu ? `, ${(theirs.cpu / ours.cpu).toFixed(1)}x by cpu` : ''}`;

spawnSync(process.execPath, [resolve(PROJECT_DIR, 'scripts/cli/ensure-built.mjs')], { stdio: 'inherit' });
await mkdir(OUT, { recursive: true });
const haveAlex = existsSync(ALEX);
const load = () => loadavg()[0]?.toFixed(1);

console.log(`\n5. Whole process: the built CLI (bin/samenspraak analyze FILE) against alex (alex --text FILE), best of 5/3/1 runs; load average ${load()} on ${availableParallelism()} cores`);
if (!haveAlex) console.log(`   alex not installed: skip (npm install alex in /tmp/alex-bench, or set ALEX_BIN)`);
const start = timed(CLI_LAUNCHER, ['analyze', '--lang', 'nl', '-'], 10, [0]);
console.log(`   start (empty note from standard input): ${shown(start)}; node itself: ${shown(timed(process.execPath, ['-e', '0'], 10, [0]))}`);
for (const lang of ['nl', 'en'] as Lang[]) {
  for (const [words, runs] of [[1_000, 5], [10_000, 3], [100_000, 1]] as const) {
    const file = resolve(OUT, `${lang}-${words}.txt`);
    await writeFile(file, generatedNote(words, lang));
    const ours = timed(CLI_LAUNCHER, ['analyze', '--lang', lang, file], runs, [0]);
    // alex exits 1 when it has warnings: that is a result, not a failure.
    const theirs = haveAlex ? timed(ALEX, ['--text', file], runs, [0, 1]) : null;
    const against = theirs === null ? 'alex not installed: skip' : `alex ${shown(theirs)}   ${ratio(ours, theirs)}`;
    console.log(`   ${lang} ${String(words).padStart(7)} words: samenspraak ${shown(ours)}   ${against}`);
  }
}

// Notes of 40 to 59 sentences cut from one long generated text per language, so no
// sentence repeats across notes either.
const sentencesOf = (lang: Lang) => generatedNote(130_000, lang).split(/(?<=\.)\s+/);
const pools = { nl: sentencesOf('nl'), en: sentencesOf('en') };
const notes = Array.from({ length: 400 }, (_, index) => {
  const lang: Lang = index % 2 === 0 ? 'nl' : 'en';
  const text = pools[lang].splice(0, 40 + (index % 20)).join(' ');
  return JSON.stringify({ id: `n${index}`, text, lang });
});
const jsonl = resolve(OUT, 'notes.jsonl');
await writeFile(jsonl, `${notes.join('\n')}\n`);
const words = notes.reduce((sum, line) => sum + (JSON.parse(line) as { text: string }).text.split(/\s+/).length, 0);
const one = timed(CLI_LAUNCHER, ['analyze', '--jsonl', jsonl, '--threads', '1'], 1, [0]);
const all = timed(CLI_LAUNCHER, ['analyze', '--jsonl', jsonl, '--threads', String(availableParallelism())], 1, [0]);
const perSecond = (timing: Timing) => `${Math.round(words / (timing.wall / 1000)).toLocaleString('en')} words/s`;
console.log(
  `   --jsonl, ${notes.length} notes, ${words.toLocaleString('en')} words: one thread ${shown(one)}, ${perSecond(one)}; ` +
    `all ${availableParallelism()} cores ${shown(all)}, ${perSecond(all)}; load average now ${load()}`,
);
