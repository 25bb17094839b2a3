// English rewrites with the verb conjugated (lib/analysis/en/verb-forms.ts): a habit said with
// "keeps" becomes "often" and the tensed verb, and a refusal in the perfect becomes what has
// not happened ("has not yet signed", "has not returned"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { rewrites } from './en-rewrite-helpers';

describe('"keeps doing" as a frequency', () => {
  it.each([
    ['Grandad keeps shouting at the boys during tea.', 'Grandad often shouts at the boys during tea.'],
    ['The parents keep missing the dental appointments.', 'The parents often miss the dental appointments.'],
    ['Dad kept interrupting Leah while she spoke.', 'Dad often interrupted Leah while she spoke.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /^en-absolute$/)).toContain(expected);
  });

  it.each([
    // A duty to keep doing something, the writer's own habit, and "keep" with a noun are no habit to soften.
    'Mum has to keep taking her tablets.',
    'I keep reminding Mum about the form.',
    'Mum keeps a diary of the nights Leo wakes.',
  ])('offers no "often" for %s', (sentence) => {
    expect(analyze(sentence, { lang: 'en' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text)).filter((text) => /\boften\b/.test(text))).toEqual([]);
  });
});

describe('a refusal in the perfect as what has not happened', () => {
  it.each([
    ['Mum has refused to attend the parenting group.', 'Mum has not yet attended the parenting group.'],
    ['Dad has yet again failed to bring the nappies.', 'Dad has yet again not brought the nappies.'],
    ['Ms Holt has not bothered to reply to the school.', 'Ms Holt has not replied to the school.'],
    ['Gran has ignored my advice about the stairgate.', 'Gran has not followed my advice about the stairgate.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /^en-refusal/)).toContain(expected);
  });

  it('offers nothing where the verb after it is the framing itself or the subject is no person', () => {
    expect(rewrites('Mum has failed to engage with the family support worker.', /^en-refusal/).filter((text) => /has not/.test(text))).toEqual([]);
    expect(rewrites('The housing office has refused to repair the boiler.', /^en-refusal/)).toEqual([]);
  });
});
