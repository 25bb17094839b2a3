// English habit and sarcasm phrases left out whole, with their commas: "of course", "surprise
// surprise", "not for the first time", "as always" where the rule underlined "always", and
// "late again, as always" down to what happened. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

describe('a habit or sarcasm phrase left out', () => {
  it.each([
    ['Of course, Gran had forgotten the car seat.', 'Gran had forgotten the car seat.'],
    ['Dad arrived, of course, without the paperwork.', 'Dad arrived without the paperwork.'],
    ['Grandad, as always, talked over his wife.', 'Grandad talked over his wife.'],
    ['Yesterday Mum was late again, as always.', 'Yesterday Mum was late.'],
    ['Dad was late again, as always, and missed the start of the review.', 'Dad was late and missed the start of the review.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /^en-(habit|absolute)/)).toContain(expected);
  });

  it('stays quiet where the phrase is the writer\'s own or about a thing', () => {
    expect(rewrites('Of course we can move the meeting to Thursday.', /./)).toEqual([]);
    expect(rewrites('The bus was late again.', /./)).toEqual([]);
  });
});
