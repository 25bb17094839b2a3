// "het laten afweten" at a meeting becomes not coming to it ("kwam niet naar het
// evaluatiegesprek"), with the verb in its tense and the subject where it stood. Not showing up
// at something that is no meeting ("bij de nachtvoedingen") or "als het om ... gaat" is no
// absence: no such rewrite.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const cameOf = (sentence: string) => labelledRewrites(sentence, 'Wat er gebeurde: niet gekomen', (finding) => finding.type === 'refusal').flatMap((finding) => finding.texts);

describe('Dutch "liet het afweten" as not coming', () => {
  it.each([
    ['Vader liet het afweten bij het kennismakingsgesprek.', 'Vader kwam niet naar het kennismakingsgesprek.'],
    ['Opa laat het afweten bij de evaluaties op school.', 'Opa komt niet naar de evaluaties op school.'],
    ['Moeder liet het afweten bij haar eigen intake, omdat ze ziek was.', 'Moeder kwam niet naar haar eigen intake, omdat ze ziek was.'],
    ['Ook bij de tweede afspraak met de logopedist liet moeder het afweten.', 'Ook bij de tweede afspraak met de logopedist kwam moeder niet.'],
    ['Wederom liet vader het afweten bij de overdracht.', 'Wederom kwam vader niet naar de overdracht.'],
  ])('%s', (sentence, expected) => {
    expect(cameOf(sentence)).toEqual([expected]);
  });

  it.each([
    'Vader laat het afweten bij de nachtvoedingen.',
    'Moeder laat het afweten als het om grenzen stellen gaat.',
    'Vader laat het op dit punt volledig afweten.',
  ])('offers no such rewrite: %s', (sentence) => {
    expect(cameOf(sentence)).toEqual([]);
  });
});
