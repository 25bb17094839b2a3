// English "what you agreed" rewrites: the modal's words kept as written after "will", a
// fronted phrase kept in front, restrictions turned into what was agreed not to do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const agreed = (sentence: string) =>
  analyze(sentence, { lang: 'en' })
    .filter((finding) => finding.category === 'directive')
    .flatMap((finding) => finding.suggestions.filter((suggestion) => /agreed it together/.test(suggestion.label ?? '')).map((suggestion) => suggestion.text));

describe('English rewrites to what was agreed', () => {
  it.each([
    ['Stepmum is not allowed to collect Tia from nursery.', 'We agreed with Stepmum that she will not collect Tia from nursery.'],
    ['The grandparents may not take the twins abroad this summer.', 'We agreed with the grandparents that they will not take the twins abroad this summer.'],
    ['We will not allow Dad to drive the children after drinking.', 'We agreed with Dad that he will not drive the children after drinking.'],
    ['Mum may only see the twins at the family centre.', 'We agreed with Mum that she will only see the twins at the family centre.'],
    // A tail after a comma stays; a fronted phrase stays in front.
    ['Dad must keep the medicines locked away, as the toddler can now open cupboards.', 'We agreed with Dad that he will keep the medicines locked away, as the toddler can now open cupboards.'],
    ['Until the review, Mum needs to bring the baby to the clinic every week.', 'Until the review, we agreed with Mum that she will bring the baby to the clinic every week.'],
    // Where the pronoun is not known, the name is said again.
    ['Jordan is not to visit the flat on Carr Lane.', 'We agreed with Jordan that Jordan will not visit the flat on Carr Lane.'],
  ])('%s', (sentence, expected) => {
    expect(agreed(sentence)).toEqual([expected]);
  });

  it.each(['Mum, Dad must keep the dog outside.'])('offers nothing for a shape it cannot rebuild: %s', (sentence) => {
    expect(agreed(sentence)).toEqual([]);
  });
});

describe('a view to take on is nothing to agree, wish or ask', () => {
  const offered = (sentence: string) =>
    analyze(sentence, { lang: 'en' }).flatMap((finding) => finding.suggestions.filter((suggestion) => suggestion.range).map((suggestion) => suggestion.text));

  it.each(['Dad must understand that shouting frightens Ava.', 'Mum needs to accept that Leo will stay with his nan.', 'Mother must realise how her drinking affects the boys.'])(
    'offers nothing for %s',
    (sentence) => {
      expect(offered(sentence)).toEqual([]);
    },
  );

  it('still rebuilds accepting an offer, which is something to do', () => {
    expect(offered('Mum must accept the offer of a family support worker.')).toContain('We agreed with Mum that she will accept the offer of a family support worker.');
  });
});
