// `npm run bench`: what analysis costs, printed as figures (tests never assert timings).
//  1. full analysis of generated notes of 1k, 10k and 100k words: ms, words/s, linearity;
//  2. one-character edits at random places in a 5,000-word note through createAnalyzer;
//  3. cold start per language (bundle, import, first sentence) and gzip size per language;
//  4. a custom rule pack at every limit the validator allows, built to be slow: still linear?
// Generated notes: scripts/bench-notes.ts.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze, createAnalyzer } from '../lib/analysis';
import { CUSTOM_TRIES_PER_UPDATE } from '../lib/analysis/analyzer';
import { validateCustomPack } from '../lib/analysis/custom-packs';
import { PACK_LIMITS } from '../lib/analysis/rule-pack';
import { PROJECT_DIR } from './build-extension';
import { DENSITY, generatedNote } from './bench-notes';
import { ms, percentile, seededRandom } from './measure';

analyze('Moeder moet bellen. Mother must call.'); // load and compile both languages first

console.log(`1. Full analysis (generated Dutch notes, ${DENSITY * 100}% of sentences with a finding)`);
const perWord: number[] = [];
for (const words of [1_000, 10_000, 100_000]) {
  const text = generatedNote(words, 'nl');
  const runs = words >= 100_000 ? 1 : 3;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    analyze(text);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  perWord.push(best / words);
  console.log(`   ${String(words).padStart(7)} words: ${ms(best).padStart(10)}  ${Math.round(words / (best / 1000)).toLocaleString('en')} words/s`);
}
console.log(`   scaling: time per word at 100k is ${((perWord[2] ?? 0) / (perWord[0] ?? 1)).toFixed(2)}x that at 1k (1.00 = linear)`);
const english = generatedNote(10_000, 'en');
const englishTimes = [1, 2, 3].map(() => {
  const start = performance.now();
  analyze(english);
  return performance.now() - start;
});
console.log(`   English, 10000 words: ${ms(Math.min(...englishTimes))} (compromise/two POS tagging on hooked sentences)`);

console.log('\n2. Incremental: one-character edits at random places in a 5,000-word note');
const next = seededRandom(42);
let text = generatedNote(5_000, 'nl');
const analyzer = createAnalyzer();
analyzer.update(text);
const edits: number[] = [];
for (let edit = 0; edit < 500; edit++) {
  const at = Math.floor(next() * text.length);
  text = next() < 0.5 ? `${text.slice(0, at)}e${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
  const start = performance.now();
  analyzer.update(text);
  edits.push(performance.now() - start);
}
console.log(`   500 edits: p50 ${ms(percentile(edits, 50))}, p95 ${ms(percentile(edits, 95))}, max ${ms(Math.max(...edits))}`);

console.log('\n3. Cold start and size per language (esbuild bundle, minified)');
const out = resolve(PROJECT_DIR, '.output/bench');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const baselineFile = resolve(out, 'baseline.mjs');
await writeFile(baselineFile, 'console.log(performance.now());');
const baseline = Math.min(...[1, 2, 3].map(() => Number(execFileSync(process.execPath, [baselineFile], { encoding: 'utf8' }))));
for (const [lang, module, name, sentence] of [
  ['nl', 'nl', 'dutch', 'Moeder moet de afspraken nakomen.'],
  ['en', 'en', 'english', 'Mother must attend all appointments.'],
] as const) {
  const entry = resolve(out, `${lang}-entry.ts`);
  await writeFile(
    entry,
    `import { createAnalyzerFor } from '../../lib/analysis/analyzer';\n` +
      `import { ${name} } from '../../lib/analysis/${module}';\n` +
      `const findings = createAnalyzerFor({ ${lang}: ${name} }).update(${JSON.stringify(sentence)});\n` +
      `console.log(performance.now(), findings.length);\n`,
  );
  const bundle = resolve(out, `${lang}.mjs`);
  await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });
  const code = await readFile(bundle);
  const runs = [1, 2, 3].map(() => execFileSync(process.execPath, [bundle], { encoding: 'utf8' }).trim().split(' '));
  const cold = Math.min(...runs.map(([time]) => Number(time))) - baseline;
  console.log(
    `   ${lang}: ${(code.length / 1024).toFixed(0)} KiB, ${(gzipSync(code).length / 1024).toFixed(0)} KiB gzip; ` +
      `import + first sentence ${ms(cold)} (beyond Node's own start), ${runs[0]?.[1]} finding(s)`,
  );
}

// 4. The worst packs an organisation could import: as many patterns as the custom budget
// allows, hooked on the commonest words so every sentence is a candidate, each pattern a
// chain of the widest gaps allowed, which a backtracking matcher would find hardest.
const COMMON = ['de', 'het', 'een', 'en', 'van', 'met', 'dat', 'op', 'in', 'is', 'moeder', 'vader', 'ik', 'zij', 'we'];
const rulesPerPack = Math.floor(PACK_LIMITS.patternsPerPack / PACK_LIMITS.patternsPerRule);
const worstPacks = Array.from({ length: PACK_LIMITS.customPatterns / PACK_LIMITS.patternsPerPack }, (_, packIndex) =>
  validateCustomPack(
    {
      id: `worst-case-${packIndex}`,
      lang: 'nl',
      category: 'judgmental',
      rules: Array.from({ length: rulesPerPack }, (_, rule) => ({
        id: `nl-worst-${packIndex}-${rule}`,
        type: 'label',
        hook: COMMON,
        match: Array.from({ length: PACK_LIMITS.patternsPerRule }, (_, pattern) =>
          `(de|het|een) .{0,12} (en|of|met) .{0,12} (van|op|in) .{0,12} (is|was) .{0,12} [<focus>(zzp${rule}x${pattern}|#Judgment)] .{0,12} (dan|toen)`,
        ),
        message: 'x',
        explanation: 'x',
        suggestions: [],
        examples: { fire: ['x'], quiet: [] },
      })),
    },
    `worst-case-${packIndex}.json`,
  ),
);
console.log(`\n4. Custom packs at the limits (${worstPacks.length} packs x ${rulesPerPack} rules x ${PACK_LIMITS.patternsPerRule} patterns, hooked on common words, widest gaps)`);
const worstTimes: number[] = [];
for (const words of [1_000, 10_000]) {
  const text = generatedNote(words, 'nl');
  const analyzer = createAnalyzer({ extraPacks: worstPacks });
  const passes: number[] = [];
  do {
    const start = performance.now();
    analyzer.update(text);
    passes.push(performance.now() - start);
  } while (analyzer.lastUpdate.deferred > 0);
  const total = passes.reduce((sum, pass) => sum + pass, 0);
  worstTimes.push(total / words);
  console.log(
    `   ${String(words).padStart(7)} words: ${ms(total)} in all, over ${passes.length} passes of at most ${ms(Math.max(...passes))} ` +
      `(custom rules get ${CUSTOM_TRIES_PER_UPDATE.toLocaleString('en')} pattern tries per pass; the page runs a pass every 30 ms until done)`,
  );
}
const editor = createAnalyzer({ extraPacks: worstPacks });
let edited = generatedNote(5_000, 'nl');
do editor.update(edited);
while (editor.lastUpdate.deferred > 0);
const worstEdits: number[] = [];
for (let edit = 0; edit < 100; edit++) {
  const at = Math.floor(next() * edited.length);
  edited = `${edited.slice(0, at)}e${edited.slice(at)}`;
  const start = performance.now();
  editor.update(edited);
  worstEdits.push(performance.now() - start);
}
console.log(`   100 one-character edits in a 5,000-word note: p50 ${ms(percentile(worstEdits, 50))}, p95 ${ms(percentile(worstEdits, 95))}`);
