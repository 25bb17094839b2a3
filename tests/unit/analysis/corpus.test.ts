// Quality floors on the labelled corpus (npm run eval prints the full figures). Precision
// comes first: a false flag costs the writer's trust, so its floor is the higher one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { parseCorpus, phraseSpan, precision, recall, scoreCorpus } from '../../../lib/analysis/eval/corpus';
import type { Lang } from '../../../lib/analysis/types';

const FLOORS: Record<Lang, { precision: number; recall: number }> = {
  nl: { precision: 0.95, recall: 0.8 },
  en: { precision: 0.93, recall: 0.5 },
};

describe.each(['nl', 'en'] as const)('corpus %s', (lang) => {
  const lines = parseCorpus(readFileSync(new URL(`../../corpus/${lang}.jsonl`, import.meta.url), 'utf8'), `${lang}.jsonl`);

  it('is well-formed: unique ids, every phrase found in its text', () => {
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    for (const line of lines) for (const finding of line.findings) expect(() => phraseSpan(line.text, finding)).not.toThrow();
  });

  it(`keeps precision ≥ ${FLOORS[lang].precision} and recall ≥ ${FLOORS[lang].recall}`, () => {
    const score = scoreCorpus(lang, lines, (text) => analyze(text, { lang }));
    expect(precision(score.total)).toBeGreaterThanOrEqual(FLOORS[lang].precision);
    expect(recall(score.total)).toBeGreaterThanOrEqual(FLOORS[lang].recall);
  });
});
