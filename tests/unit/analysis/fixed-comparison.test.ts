// "als altijd", "zoals altijd", "as always" are fixed comparisons: no swapped word there
// ("wispelturig als vaak", "as often"), while a free "altijd"/"always" still gets one.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const swaps = (sentence: string, lang: 'nl' | 'en') =>
  analyze(sentence, { lang })
    .filter((finding) => finding.type === 'absolute')
    .flatMap((finding) => finding.suggestions.filter((suggestion) => !suggestion.range).map((suggestion) => suggestion.text));

describe('a frequency word in a fixed comparison', () => {
  it.each([
    ['Moeder was wispelturig als altijd.', 'nl'],
    ['Vader was, zoals altijd, te laat.', 'nl'],
    ['Zoals altijd kwam vader te laat op het gesprek.', 'nl'],
    ['Mum, as always, played down the concerns.', 'en'],
  ] as const)('gets no swapped word: %s', (sentence, lang) => {
    expect(swaps(sentence, lang)).toEqual([]);
  });

  it.each([
    ['Moeder komt altijd te laat.', 'nl', 'vaak'],
    ['Mum is always late for contact.', 'en', 'often'],
  ] as const)('a free one still does: %s', (sentence, lang, expected) => {
    expect(swaps(sentence, lang)).toEqual([expected]);
  });
});
