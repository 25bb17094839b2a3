// `npm run bench`, section 5: what a quality officer waits for: the whole process of the
// built CLI (start, read, analyse, print) on generated notes whose sentences never repeat,
// next to alex (a linter for insensitive writing) on the same files. alex is measured only
// and never a dependency: install it outside the project (`npm install alex` in
// /tmp/alex-bench) or point ALEX_BIN at its bin; without it that column says so.
// Also --jsonl on one thread against all cores.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** Best wall-clock time of `runs` whole runs; the exit code must be one the tool means. */
function timed(command: string, args: string[], runs: number, okCodes: number[]): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    const took = performance.now() - start;
    if (result.status === null || !okCodes.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    best = Math.min(best, took);
  }
  return best;
}

const seconds = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : ms(value));

spawnSync(process.execPath, [resolve(PROJECT_DIR, 'scripts/cli/ensure-built.mjs')], { stdio: 'inherit' });
await mkdir(OUT, { recursive: true });
const haveAlex = existsSync(ALEX);
const load = () => loadavg()[0]?.toFixed(1);

console.log(`\n5. Whole process: the built CLI (bin/samenspraak analyze FILE) against alex (alex --text FILE), best of 5/3/1 runs; load average ${load()} on ${availableParallelism()} cores`);
if (!haveAlex) console.log(`   alex not installed: skip (npm install alex in /tmp/alex-bench, or set ALEX_BIN)`);
const start = timed(CLI_LAUNCHER, ['analyze', '--lang', 'nl', '-'], 10, [0]);
console.log(`   start (empty note from standard input): ${ms(start)}`);
for (const lang of ['nl', 'en'] as Lang[]) {
  for (const [words, runs] of [[1_000, 5], [10_000, 3], [100_000, 1]] as const) {
    const file = resolve(OUT, `${lang}-${words}.txt`);
    await writeFile(file, generatedNote(words, lang));
    const ours = timed(CLI_LAUNCHER, ['analyze', '--lang', lang, file], runs, [0]);
    // alex exits 1 when it has warnings: that is a result, not a failure.
    const theirs = haveAlex ? timed(ALEX, ['--text', file], runs, [0, 1]) : null;
    const against = theirs === null ? 'alex not installed: skip' : `alex ${seconds(theirs).padStart(9)}   ${(theirs / ours).toFixed(1)}x alex`;
    console.log(`   ${lang} ${String(words).padStart(7)} words: samenspraak ${seconds(ours).padStart(9)}   ${against}`);
  }
}

// Notes of 40 to 59 sentences cut from one long generated text per language, so no
// sentence repeats across notes either.
const sentencesOf = (lang: Lang) => generatedNote(60_000, lang).split(/(?<=\.)\s+/);
const pools = { nl: sentencesOf('nl'), en: sentencesOf('en') };
const notes = Array.from({ length: 200 }, (_, index) => {
  const lang: Lang = index % 2 === 0 ? 'nl' : 'en';
  const text = pools[lang].splice(0, 40 + (index % 20)).join(' ');
  return JSON.stringify({ id: `n${index}`, text, lang });
});
const jsonl = resolve(OUT, 'notes.jsonl');
await writeFile(jsonl, `${notes.join('\n')}\n`);
const words = notes.reduce((sum, line) => sum + (JSON.parse(line) as { text: string }).text.split(/\s+/).length, 0);
const one = timed(CLI_LAUNCHER, ['analyze', '--jsonl', jsonl, '--threads', '1'], 1, [0]);
const all = timed(CLI_LAUNCHER, ['analyze', '--jsonl', jsonl], 1, [0]);
console.log(
  `   --jsonl, ${notes.length} notes, ${words.toLocaleString('en')} words: one thread ${seconds(one)} (${Math.round(words / (one / 1000)).toLocaleString('en')} words/s), ` +
    `all ${availableParallelism()} cores ${seconds(all)} (${Math.round(words / (all / 1000)).toLocaleString('en')} words/s); load average now ${load()}`,
);
