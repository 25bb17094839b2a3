// A suggestion that states an agreement the sentence does not support comes after one that
// claims nothing (a question, a request, what the writer finds important), where one exists.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const offers = (sentence: string, lang: 'nl' | 'en') =>
  analyze(sentence, { lang })
    .filter((finding) => finding.category === 'directive')
    .flatMap((finding) => finding.suggestions.filter((suggestion) => suggestion.range).map((suggestion) => suggestion.text));

describe('the first offer claims no agreement', () => {
  it.each([
    ['Mum must attend all appointments.', 'en', 'Could Mum attend all appointments?'],
    ['Dad is not allowed to phone the children.', 'en', 'I would ask Dad not to phone the children.'],
    ['Wij verwachten van moeder dat zij op tijd komt.', 'nl', 'Wij vinden het belangrijk dat moeder op tijd komt.'],
  ] as const)('%s', (sentence, lang, first) => {
    const offered = offers(sentence, lang);
    expect(offered[0]).toBe(first);
    // The agreement is still offered, later.
    expect(offered.slice(1).some((text) => /agreed|afgesproken/.test(text))).toBe(true);
  });
});
