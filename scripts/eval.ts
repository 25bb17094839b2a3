// `npm run eval`: precision, recall and F1 of the analyser on tests/corpus, per language,
// category and type; then on tests/corpus/heldout, sentences written by someone who never
// saw the rules (the honest figure). `-- --verbose` lists every false flag and every miss.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../lib/analysis';
import { f1, parseCorpus, precision, recall, scoreCorpus, type Tally } from '../lib/analysis/eval/corpus';
import type { Lang } from '../lib/analysis/types';
import { PROJECT_DIR } from './build-extension';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, lang: { type: 'string' } } });
const langs: Lang[] = values.lang === 'nl' || values.lang === 'en' ? [values.lang] : ['nl', 'en'];

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, tally: Tally) =>
  `${name.padEnd(26)}${percent(precision(tally))}${percent(recall(tally))}${percent(f1(tally))}${String(tally.truePositives).padStart(6)}${String(tally.falsePositives).padStart(6)}${String(tally.falseNegatives).padStart(6)}`;

const sets = [
  { name: 'corpus', path: (lang: Lang) => `tests/corpus/${lang}.jsonl` },
  { name: 'held-out', path: (lang: Lang) => `tests/corpus/heldout/${lang}.jsonl` },
];

for (const set of sets) for (const lang of langs) {
  const file = resolve(PROJECT_DIR, set.path(lang));
  const lines = parseCorpus(await readFile(file, 'utf8'), file);
  const score = scoreCorpus(lang, lines, (text) => analyze(text, { lang }));
  console.log(`\n${set.name} ${lang}: ${score.lines} lines`);
  console.log(`${''.padEnd(26)}  prec.  recall     F1    TP    FP    FN`);
  for (const [category, tally] of Object.entries(score.byCategory).sort()) console.log(row(category, tally));
  for (const [type, tally] of Object.entries(score.byType).sort()) console.log(row(`  ${type}`, tally));
  console.log(row('all', score.total));
  if (values.verbose) {
    for (const result of score.results) {
      for (const finding of result.wrong) {
        console.log(`FALSE FLAG ${result.line.id} [${finding.ruleId}] "${result.line.text.slice(finding.start, finding.end)}" in: ${result.line.text}`);
      }
      for (const gold of result.missed) {
        console.log(`MISSED     ${result.line.id} [${gold.category}/${gold.type}] "${gold.phrase}" in: ${result.line.text}`);
      }
    }
  }
}
