// English directives in forms the rules missed or misread: a negative contraction
// ("shouldn't", which the hook filter saw as one unknown word), "It is essential that the
// carers …", decisions in the passive ("The decision has been taken to …", "It has been agreed
// by the professionals that …"), "is under no circumstances to"; and "is, to put it mildly,"
// or "how lucky she is to have", which are no duty. A rewrite of a negated duty that loses the
// negation is withdrawn. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { spans } from './finding-spans';

const directives = (sentence: string) => spans('en', sentence, (finding) => finding.category === 'directive');

const suggestions = (sentence: string) =>
  analyze(sentence, { lang: 'en' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));

describe('English directives in other forms', () => {
  it.each([
    ['Mr Osei shouldn\'t leave the pan on the hob when the twins are in the kitchen.', 'shouldn\'t'],
    ['The grandparents shouldn’t give Mia sweets before bed.', 'shouldn’t'],
    ['It is essential that the carers phone the duty team if Tom runs off.', 'essential'],
    ['It is vital that her parents bring the red book to every appointment.', 'vital'],
    ['The decision has been taken to move contact to the family centre.', 'The decision has been taken'],
    ['A decision was taken to stop overnight stays at Nan\'s.', 'A decision was taken'],
    ['It has been agreed by the core group that Ellie will start at the new school after half term.', 'agreed by the core group'],
    ['Dad is under no circumstances to collect the boys from school.', 'is under no circumstances'],
  ])('%s', (sentence, span) => {
    expect(directives(sentence)).toContain(span);
  });

  it.each([
    'Mum\'s statement is, to put it mildly, a little late.',
    'Grandad is, to be fair, very patient with the baby.',
    'Dad said he knows how lucky he is to have his sister nearby.',
    'It was agreed by Mum and the team that the review moves to May.',
    'The GP has advised that Mum should not lift anything heavy after the operation.',
    'It is essential that the school is told about the allergy.',
  ])('stays quiet: %s', (sentence) => {
    expect(directives(sentence)).toEqual([]);
  });

  it('never offers a rewrite of a negated duty that has lost its negation', () => {
    const offered = suggestions('Mr Osei shouldn\'t leave the pan on the hob when the twins are in the kitchen.');
    expect(offered.length).toBeGreaterThan(0);
    for (const text of offered) expect(text).toMatch(/\bnot\b|\bnever\b|n't\b/);
    for (const text of suggestions('Dad mustn\'t bring his friends to the flat when the children are there.')) expect(text).toMatch(/\bnot\b|\bnever\b|n't\b/);
  });

  it('offers no question or wish that keeps "on no account" inside it', () => {
    for (const text of suggestions('Mum must on no account leave the baby with Lee.')) expect(text).not.toMatch(/no account/);
  });
});
