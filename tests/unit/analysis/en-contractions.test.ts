// A negative contraction reads as its spelled-out form: compromise expands "doesn't" into
// "does" and a silent "not", which the tagger now tags as the negation it is. Sentences
// written for the test: each pair must give the same finding types.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { wordsOf } from '../../../lib/analysis/engine';

const types = (sentence: string) => analyze(sentence, { lang: 'en' }).map((finding) => finding.type).sort();

describe('a negative contraction', () => {
  it.each([
    ["Gran doesn't understand what Leo needs at bedtime.", 'Gran does not understand what Leo needs at bedtime.'],
    ["Dad doesn’t understand the twins' needs.", "Dad does not understand the twins' needs."],
    ["Ms Ali didn't bother to ring the school.", 'Ms Ali did not bother to ring the school.'],
    ["Mr Kaur shouldn't smoke in the car with the baby.", 'Mr Kaur should not smoke in the car with the baby.'],
  ])('%s', (contracted, spelled) => {
    expect(types(contracted)).toEqual(types(spelled));
    expect(types(contracted).length).toBeGreaterThan(0);
  });

  it('stays quiet where the spelled-out form does', () => {
    expect(types("Dad doesn't understand the letter from the council.")).toEqual([]);
    expect(types("Mum doesn't have to bring the passports.")).toEqual([]);
  });

  it('gives the hook filter the expanded words, and only words, for any contraction in the note', () => {
    const words = wordsOf("Dad won't come, can't drive and constructorn't.");
    expect([...words].filter((word) => typeof word !== 'string')).toEqual([]);
    for (const word of ['will', 'can', 'not', 'constructor']) expect(words.has(word)).toBe(true);
  });
});
