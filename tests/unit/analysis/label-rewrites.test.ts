// "Without the label": an attributive label leaves the sentence and the person keeps their
// noun, determiner and verb. Never after a copula ("is een vrouw" says nothing), never one
// word of a list of adjectives, never for a label that is the noun itself.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const withoutLabel = (sentence: string, lang: 'nl' | 'en') =>
  analyze(sentence, { lang })
    .filter((finding) => finding.type === 'label')
    .flatMap((finding) => finding.suggestions.filter((suggestion) => /etiket|label/.test(suggestion.label ?? '')).map((suggestion) => suggestion.text));

describe('leaving an attributive label out', () => {
  it('keeps the noun, its determiner and what the person did', () => {
    expect(withoutLabel('De narcistische stiefvader heeft de brief niet ondertekend.', 'nl')).toEqual(['De stiefvader heeft de brief niet ondertekend.']);
    expect(withoutLabel('The stubborn grandad turned the heating off again.', 'en')).toEqual(['The grandad turned the heating off again.']);
  });

  it('puts the right article before the noun', () => {
    expect(withoutLabel('We were met by an obnoxious father at the door.', 'en')).toEqual(['We were met by a father at the door.']);
    expect(withoutLabel('She lives with a feckless uncle in Leeds.', 'en')).toEqual(['She lives with an uncle in Leeds.']);
  });

  it('offers nothing where the sentence would say nothing or still label', () => {
    expect(withoutLabel('Moeder is een onvolwassen vrouw.', 'nl')).toEqual([]);
    expect(withoutLabel('Dad is an unreliable man.', 'en')).toEqual([]);
    expect(withoutLabel('I met an unpleasant, sneering man at the door.', 'en')).toEqual([]);
    // "Het zijn mensen", "heeft een houding", "gebruikt taal": the noun alone says nothing.
    expect(withoutLabel('Het zijn ondankbare mensen; niemand kwam naar de ouderavond.', 'nl')).toEqual([]);
    expect(withoutLabel('Kees heeft een eigenwijze houding in de klas.', 'nl')).toEqual([]);
    expect(withoutLabel('Tim gebruikt grove taal tegen de juf.', 'nl')).toEqual([]);
  });

  it('keeps a behaviour with its owner, also after a "zijn" that is a possessive', () => {
    expect(withoutLabel('Oom moet snappen dat zijn opvliegende karakter de meisjes bang maakt.', 'nl')).toContain('Oom moet snappen dat zijn karakter de meisjes bang maakt.');
    expect(withoutLabel('Tante moet haar chaotische levensstijl aanpassen.', 'nl')).toEqual(['Tante moet haar levensstijl aanpassen.']);
    expect(withoutLabel('Dat ondankbare stel kwam weer niet.', 'nl')).toEqual(['Dat stel kwam weer niet.']);
  });

  it('takes a label of several words as one, never leaving its last word behind', () => {
    // Not "a pushover and a touch", "an influence", "a bit of a queen": the noun is part of the label, and the aside goes whole.
    expect(withoutLabel('Gran is a pushover and a soft touch with the twins.', 'en')).toEqual([]);
    expect(withoutLabel('His cousin Jake is a bad influence on him.', 'en')).toEqual([]);
    expect(withoutLabel('Aunt Mel, a bit of a drama queen, phoned the office twice.', 'en')).toEqual(['Aunt Mel phoned the office twice.']);
    expect(withoutLabel('The attention-seeking stepmum left the meeting early.', 'en')).toEqual(['The stepmum left the meeting early.']);
  });

  it('never leaves an aside without its noun or with nothing but "a man"', () => {
    // "a thug by all accounts" → not "a by all accounts"; "a selfish man" → the whole aside, not "a man".
    expect(withoutLabel('Uncle Sean, a thug by all accounts, was at the door.', 'en')).toEqual([]);
    expect(withoutLabel('Her brother, a selfish man, took the car.', 'en')).toEqual(['Her brother took the car.']);
    expect(withoutLabel('A hopeless organiser, Mum lost the letter again.', 'en')).toEqual([]);
    expect(withoutLabel('The lazy stepdad stayed in bed.', 'en')).toEqual(['The stepdad stayed in bed.']);
  });

  it('leaves out an aside that is only labels of several words, as one unit each', () => {
    expect(withoutLabel('Gran, a bit of a soft touch, gave the boys money for sweets.', 'en')).toEqual(['Gran gave the boys money for sweets.']);
    expect(withoutLabel('Uncle Dave, a bully and a nasty piece of work, shouted at Nia.', 'en')).toContain('Uncle Dave shouted at Nia.');
    expect(withoutLabel('Mr Bell, who is a born worrier, rang the school twice.', 'en')).toEqual(['Mr Bell rang the school twice.']);
    // An aside that says more than the label stays, and so does one that is no label.
    expect(withoutLabel('Dad, a drama queen with a short fuse, walked out.', 'en')).toEqual([]);
    expect(withoutLabel('Kai, a keen footballer, trains on Tuesdays.', 'en')).toEqual([]);
  });
});
