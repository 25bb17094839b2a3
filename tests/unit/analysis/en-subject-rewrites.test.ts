// English label rewrites that find the person in more shapes: a compound ("Step-dad"), a
// possessive ("Leon's mum"), an adjective after the determiner ("the older sister"), the
// second label of a list, "came across as", an age after the name, a heading or a clause
// before a semicolon in front; a label-only relative clause or a possessive's label left out.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const rewrites = (sentence: string) => [
  ...new Set(
    analyze(sentence, { lang: 'en' })
      .filter((finding) => finding.category === 'judgmental')
      .flatMap((finding) => finding.suggestions.filter((suggestion) => suggestion.range).map((suggestion) => suggestion.text)),
  ),
];

describe('the person the label is about, found in more shapes', () => {
  it.each([
    ['Leon\'s mum is loud and trashy.', 'I experience Leon\'s mum as loud and trashy.'],
    ['Gran is a gossip and a snob.', 'I experience Gran as a gossip and a snob.'],
    ['Throughout contact Dad came across as smug and dismissive.', 'Throughout contact I experienced Dad as smug and dismissive.'],
    ['At contact Dad was sullen and withdrawn.', 'At contact I experienced Dad as sullen and withdrawn.'],
    ['On Monday Mum was hostile towards the nurse.', 'On Monday I experienced Mum as hostile towards the nurse.'],
    ['Keira (15) is manipulative at home.', 'I experience Keira (15) as manipulative at home.'],
    ['Visit: dad is chaotic and forgets the appointments.', 'Visit: I experience dad as chaotic; he forgets the appointments.'],
    ['There was no food in the fridge; mum is neglectful.', 'There was no food in the fridge; I experience mum as neglectful.'],
    ['Dad was rude and said I was "useless".', 'I experienced Dad as rude; he said I was "useless".'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence)).toContain(expected);
  });

  it.each([
    // The labels of one list stay one list; a bare noun is no person; a second verb stays joined only where it is one.
    ['Grandad is stubborn and old-fashioned about bedtimes.', /old-fashioned about/],
  ])('keeps %s whole', (sentence, expected) => {
    for (const text of rewrites(sentence).filter((candidate) => /experience/.test(candidate))) expect(text).toMatch(expected);
  });

  it('takes no heading for the person', () => {
    expect(rewrites('Household: family is chaotic.').filter((text) => /experience/.test(text))).toEqual([]);
  });
});

describe('a label left out where it is all the aside says', () => {
  it.each([
    ['Kian, who is a spiteful boy, hid Amy\'s shoes.', 'Kian hid Amy\'s shoes.'],
    ['The carers, who are both hopelessly disorganised, missed the review.', 'The carers missed the review.'],
    ['Leon\'s lazy father has not rung since June.', 'Leon\'s father has not rung since June.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence)).toContain(expected);
  });

  it('keeps a noun that says nothing without its label', () => {
    expect(rewrites("Dad's aggressive nature worries the school.")).not.toContain("Dad's nature worries the school.");
  });
});
