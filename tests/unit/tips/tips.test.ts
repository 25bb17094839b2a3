// The tips library: complete in both languages, plain text, the promised shape, and the
// Dutch texts written afresh rather than copied from the source texts in /work/shared/seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIPS_EN } from '../../../lib/tips/en';
import { TIP_IDS, tipsFor } from '../../../lib/tips/index';
import { TIPS_NL } from '../../../lib/tips/nl';
import type { Tip, TipId } from '../../../lib/tips/types';

const ALL_IDS: TipId[] = ['vertrouwensrelatie', 'vooroordelen', 'oprechte-aandacht', 'eigen-regie', 'feiten-en-interpretaties'];
const LANGS = [
  ['nl', TIPS_NL],
  ['en', TIPS_EN],
] as const;

const SEEDS_DIR = '/work/shared/seeds';
const SEED_FILES = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')) : [];
const NGRAM = 8;

function textsOf(tip: Tip): string[] {
  return [tip.title, ...tip.body, ...tip.reflection, tip.example.before, tip.example.after, tip.source];
}

/** Lower case, curly quotes and punctuation gone, one space between words. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function ngrams(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

describe('tips', () => {
  it('TIP_IDS lists every id once, and tipsFor picks the language', () => {
    expect([...TIP_IDS].sort()).toEqual([...ALL_IDS].sort());
    expect(new Set(TIP_IDS).size).toBe(TIP_IDS.length);
    expect(tipsFor('nl')).toBe(TIPS_NL);
    expect(tipsFor('en')).toBe(TIPS_EN);
  });

  describe.each(LANGS)('%s', (_lang, tips) => {
    it('has all five ids, each under its own key', () => {
      expect(Object.keys(tips).sort()).toEqual([...ALL_IDS].sort());
      for (const id of ALL_IDS) expect(tips[id].id).toBe(id);
    });

    it.each(ALL_IDS)('%s has no empty field', (id) => {
      const tip = tips[id];
      for (const text of textsOf(tip)) {
        expect(typeof text).toBe('string');
        expect(text.trim()).not.toBe('');
        expect(text).toBe(text.trim());
      }
    });

    it.each(ALL_IDS)('%s has a body of three to five sentences, one per entry', (id) => {
      const { body } = tips[id];
      expect(body.length).toBeGreaterThanOrEqual(3);
      expect(body.length).toBeLessThanOrEqual(5);
      for (const sentence of body) {
        expect(sentence).toMatch(/[.!?]$/);
        // No second sentence hiding inside the entry.
        expect(sentence).not.toMatch(/[.!?…]['’"”)]?\s+\p{Lu}/u);
      }
    });

    it.each(ALL_IDS)('%s has two to four reflection questions', (id) => {
      const { reflection } = tips[id];
      expect(reflection.length).toBeGreaterThanOrEqual(2);
      expect(reflection.length).toBeLessThanOrEqual(4);
      for (const question of reflection) {
        expect(question.endsWith('?')).toBe(true);
        expect(question.indexOf('?')).toBe(question.length - 1);
      }
    });

    it.each(ALL_IDS)('%s has an example whose rewrite differs from the original', (id) => {
      const { before, after } = tips[id].example;
      expect(after).not.toBe(before);
      expect(words(after)).not.toEqual(words(before));
    });

    it.each(ALL_IDS)('%s is plain text: no markup, no URLs', (id) => {
      for (const text of textsOf(tips[id])) {
        expect(text).not.toMatch(/[<>]/);
        expect(text).not.toMatch(/https?:|www\./i);
      }
    });
  });

  it.each(ALL_IDS)('%s has as many sentences and questions in English as in Dutch', (id) => {
    expect(TIPS_EN[id].body.length).toBe(TIPS_NL[id].body.length);
    expect(TIPS_EN[id].reflection.length).toBe(TIPS_NL[id].reflection.length);
  });

  it.skipIf(SEED_FILES.length === 0)(`copies no ${NGRAM}-word sequence from the seed texts into a Dutch tip`, () => {
    const seedGrams = new Set<string>();
    for (const name of SEED_FILES) {
      for (const gram of ngrams(words(readFileSync(join(SEEDS_DIR, name), 'utf8')), NGRAM)) seedGrams.add(gram);
    }
    expect(seedGrams.size).toBeGreaterThan(0);

    const copied: string[] = [];
    for (const id of ALL_IDS) {
      const tip = TIPS_NL[id];
      // Each text on its own, and the body and questions run together, so a sequence
      // spread over two sentences is caught as well.
      for (const text of [...textsOf(tip), tip.body.join(' '), tip.reflection.join(' ')]) {
        for (const gram of ngrams(words(text), NGRAM)) if (seedGrams.has(gram)) copied.push(`${id}: ${gram}`);
      }
    }
    expect([...new Set(copied)]).toEqual([]);
  });
});
