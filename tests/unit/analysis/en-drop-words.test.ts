// English drop-words: a parenthesis between commas is left out with both its commas, except
// after a fronted adverbial, whose comma is its own. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

describe('a parenthesis left out with its commas', () => {
  it.each([
    ['Dad, predictably, did not bother to turn up.', 'Dad did not bother to turn up.'],
    ['Mum must, once again, attend the meeting.', 'Mum must attend the meeting.'],
    ['Mother, yet again, forgot the appointment.', 'Mother forgot the appointment.'],
    ['Dad, as usual, turned up late.', 'Dad turned up late.'],
  ])('%s', (sentence, expected) => {
    const offered = rewrites(sentence, /^en-(habit-about-person|absolute)$/);
    expect(offered).toContain(expected);
    expect(offered.filter((text) => /^\p{L}+, (did|must|forgot|turned)/u.test(text))).toEqual([]);
  });

  it.each([
    ['Yesterday, as usual, dad turned up late.', 'Yesterday, dad turned up late.'],
    ['At the meeting, as usual, dad turned up late.', 'At the meeting, dad turned up late.'],
  ])('keeps the comma of a fronted adverbial: %s', (sentence, expected) => {
    expect(rewrites(sentence, /^en-(habit-about-person|absolute)$/)).toContain(expected);
  });

  it('leaves out a doubled phrase as a whole', () => {
    expect(rewrites('Surprise, surprise, mum was late for contact.', /^en-habit-about-person$/)).toEqual(['Mum was late for contact.']);
  });
});
