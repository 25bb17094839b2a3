// English restrictions as the writer's request or as what was agreed: "Under no circumstances
// is ... to", "is prohibited/forbidden from doing" and "I have forbidden ... to/from". The
// "-ing" verb goes to its bare form (en/verb-forms.ts). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

const restriction = (sentence: string) => rewrites(sentence, /^en-restriction/);

describe('restrictions as a request or an agreement', () => {
  it.each([
    ['Under no circumstances is Gran to give Mia her tablets.', 'I would ask Gran never to give Mia her tablets.'],
    ['Under no circumstances are the parents to smoke in the car.', 'We agreed with the parents that they will never smoke in the car.'],
    ['Under no circumstances should Dad drive the children after drinking.', 'I would ask Dad never to drive the children after drinking.'],
    ['Mr Lee is forbidden from visiting the school.', 'I would ask Mr Lee not to visit the school.'],
    ['The stepfather is prohibited from contacting the girls.', 'We agreed with the stepfather that he will not contact the girls.'],
    ['We have forbidden Mum from posting about the case online.', 'We have asked Mum not to post about the case online.'],
    ['I have forbidden Dad to discuss the court case with Jess.', 'I have asked Dad not to discuss the court case with Jess.'],
  ])('%s', (sentence, expected) => {
    expect(restriction(sentence)).toContain(expected);
  });

  it.each([
    // A rule about the children or in the passive has no one to ask; "banned from driving" may be a court's; no verb after "from".
    'Under no circumstances should the children be left with their uncle.',
    'The children are prohibited from using the trampoline.',
    'Dad is banned from driving for a year.',
    'Mum is prohibited from the premises.',
  ])('offers no request for %s', (sentence) => {
    expect(restriction(sentence).filter((text) => /would ask|agreed|asked/.test(text))).toEqual([]);
  });
});
