// "Kevin en ik hebben afgesproken dat Kevin …": a repeated name becomes a pronoun only where a
// possessive in the sentence says the gender; otherwise the name stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const agreements = (sentence: string) =>
  analyze(sentence, { lang: 'nl' })
    .flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))
    .filter((text) => / afgesproken dat /.test(text));

describe('a repeated name in the agreement', () => {
  it.each([
    ['Kevin moet zijn kamer opruimen.', 'Kevin en ik hebben afgesproken dat hij zijn kamer opruimt.'],
    ['Lisa moet haar huiswerk maken.', 'Lisa en ik hebben afgesproken dat zij haar huiswerk maakt.'],
    ['Kevin moet zijn zus ophalen van school.', 'Kevin en ik hebben afgesproken dat hij zijn zus ophaalt van school.'],
    // A role says its gender itself.
    ['Vader moet de afspraken nakomen.', 'Vader en ik hebben afgesproken dat hij de afspraken nakomt.'],
  ])('%s', (sentence, expected) => {
    expect(agreements(sentence)).toEqual([expected]);
  });

  it.each([
    // No possessive, "zijn" as a verb, another person who may own "zijn", both possessives: the name stays.
    ['Kevin moet de afspraken nakomen.', 'Kevin en ik hebben afgesproken dat Kevin de afspraken nakomt.'],
    ['Kevin moet op tijd aanwezig zijn.', 'Kevin en ik hebben afgesproken dat Kevin op tijd aanwezig is.'],
    ['Kevin moet met vader zijn kamer opruimen.', 'Kevin en ik hebben afgesproken dat Kevin met vader zijn kamer opruimt.'],
    ['Sanne moet zijn en haar spullen opruimen.', 'Sanne en ik hebben afgesproken dat Sanne zijn en haar spullen opruimt.'],
  ])('keeps the name: %s', (sentence, expected) => {
    expect(agreements(sentence)).toEqual([expected]);
  });
});
