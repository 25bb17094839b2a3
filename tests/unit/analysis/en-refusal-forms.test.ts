// English refusal framing in forms the tagger misread: negative contractions ("didn't
// bother", "won't accept", "wouldn't cooperate": compromise keeps "didn't" as "did" plus a
// silent "not") and a blunt "declined" ("declined point-blank", "flatly declined"); a plain
// "declined" with the parent's own reason stays a neutral account. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const refusals = (sentence: string) => spans('en', sentence, (finding) => finding.type === 'refusal');

describe('English refusal framing', () => {
  it.each([
    ['Grandad didn\'t bother to ring the nursery back.', 'didn\'t bother to'],
    ['Ms Reid won\'t accept any support from Early Help.', 'won\'t accept'],
    ['Dad declined point-blank to discuss the bruising.', 'declined point-blank'],
    ['Mum flatly declined the referral to CAMHS.', 'flatly declined'],
  ])('%s', (sentence, span) => {
    expect(refusals(sentence)).toContain(span);
  });

  it.each([
    'Mum declined the parenting group; she would rather start after the move.',
    'The school didn\'t bother us with the details.',
    'Dad won\'t accept the job offer until he has childcare.',
  ])('stays quiet: %s', (sentence) => {
    expect(refusals(sentence)).toEqual([]);
  });
});
