// Case notes shorten mother and father to M and F ("M & F agreed ...", "F needs to ..."): a lone
// capital M or F before a verb, or joined to the other, is a parent; elsewhere it is a letter.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const found = (sentence: string) => analyze(sentence, { lang: 'en' }).map((finding) => `${finding.category}:${sentence.slice(finding.start, finding.end)}`);

describe('M and F for mother and father', () => {
  it.each([
    ['F must keep the dog in the garden during contact.', 'directive:must'],
    ['M is lazy about the school run.', 'judgmental:lazy'],
    ['M needs to ring the health visitor by Friday.', 'directive:needs to'],
  ])('%s', (sentence, finding) => {
    expect(found(sentence)).toContain(finding);
  });

  it.each(['Plan F must be signed off by the manager.', 'Block M is closed for repairs.', 'Appendix F has the figures.'])('stays quiet: %s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
