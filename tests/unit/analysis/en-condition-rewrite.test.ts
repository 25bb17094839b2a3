// "It is a condition of ... that ..." as what the writer thinks important (important-that-condition).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const rewrites = (sentence: string) =>
  analyze(sentence, { lang: 'en' })
    .filter((finding) => finding.ruleId === 'en-obligation-condition')
    .flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));

describe('important-that-condition', () => {
  it.each([
    ['It is a condition of the overnight stays that Dad is home by ten.', ['I think it is important for the overnight stays that Dad is home by ten.']],
    ['It is a requirement that Mum keeps the medication locked away.', ['I think it is important that Mum keeps the medication locked away.']],
    ['It was a firm condition of contact that Grandad does not smoke in the car.', ['I thought it was important for contact that Grandad does not smoke in the car.']],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence)).toEqual(expected);
  });

  it('offers none for a condition the writer made', () => {
    expect(rewrites('We have made it a requirement that Tyler attends every session.')).toEqual([]);
  });
});
