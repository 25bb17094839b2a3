// English rewrites for doubt, denial and comparisons with a group: what the parent said
// without the doubt, a denial as what they said, a comparison with a group left out where
// what stays is about the person. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

describe('a denial as what the parent said', () => {
  it.each([
    ['Gran denies that the boys were left alone.', 'Gran says it is not true that the boys were left alone.'],
    ['Stepdad denied that he had shouted at Mia.', 'Stepdad said it was not true that he had shouted at Mia.'],
    ['Mum denies any contact with her ex-partner.', 'Mum says there has been no contact with her ex-partner.'],
    ['Dad is in denial about his gambling.', 'My impression is that Dad does not acknowledge his gambling.'],
    ['The carers remain in denial about the bruising.', 'My impression is that the carers still do not acknowledge the bruising.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-credibility/)).toContain(expected);
  });

  it.each(['Dad denies it.', 'Mum has denied that she was there.'])('offers no rebuilt denial for %s', (sentence) => {
    expect(rewrites(sentence, /en-credibility/).filter((text) => /not true|no |acknowledge/.test(text))).toEqual([]);
  });
});

describe('doubt left out', () => {
  it.each([
    ['Dad conveniently forgot the dentist appointment.', 'Dad forgot the dentist appointment.'],
    ['Gran would have us believe that the dog is never upstairs.', 'Gran says that the dog is never upstairs.'],
    ['Mum is adamant that Leon sleeps in his own bed.', 'Mum says that Leon sleeps in his own bed.'],
    ['He said the car was his brother\'s – a likely story.', 'He said the car was his brother\'s.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-doubt/)).toContain(expected);
  });
});

describe('a comparison with a group left out', () => {
  it.each([
    ['Like many young dads, Jordan leaves the night feeds to his partner.', 'Jordan leaves the night feeds to his partner.'],
    ['Mum, like a lot of these families, keeps the curtains closed all day.', 'Mum keeps the curtains closed all day.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-stereotype/)).toContain(expected);
  });

  it.each([
    // What stays is about a group, not the person: no rewrite.
    'In their culture women stay at home.',
    'These families never accept help.',
  ])('offers nothing for %s', (sentence) => {
    expect(rewrites(sentence, /en-stereotype/)).toEqual([]);
  });
});

describe('the writer\'s doubt as a comment after what the parent said', () => {
  it.each([
    ['Gran says she has given up smoking, which I doubt.', 'Gran says she has given up smoking.'],
    ['Mum says she is sober, but that remains to be seen.', 'Mum says she is sober.'],
    ['Dad said the car had broken down, a likely story.', 'Dad said the car had broken down.'],
    ['The parents deny that Sam was left alone.', 'The parents say it is not true that Sam was left alone.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /^en-(credibility|doubt)/)).toContain(expected);
  });

  it('keeps a comment that goes on with the writer\'s reason', () => {
    expect(rewrites('Mum said she was at work, which I doubt given her manager said she was off.', /^en-(credibility|doubt)/)).toEqual([]);
  });
});
