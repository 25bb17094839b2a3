// English doubt of a parent's word in the shapes notes give it: an admission the parent is said
// to hold back ("would not admit it"), the parent or their account called unreliable or
// implausible, their words not to be taken at face value, pretending, the writer's own doubt;
// each with quiet look-alikes (a hospital's admission, a benefit claimed, a denial not made).
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const credibility = (text: string) => spans('en', text, (finding) => finding.type === 'credibility');

describe('doubting the parent\'s word', () => {
  it.each([
    ['She would not admit it.', 'admit'],
    ['Mum won\'t admit she was drinking.', 'admit'],
    ['Mum is not a reliable historian.', 'not a reliable historian'],
    ['Dad is hardly a reliable source.', 'hardly a reliable source'],
    ['Her account cannot be taken at face value.', 'cannot be taken at face value'],
    ['Colleagues should be wary of taking what he says at face value.', 'what he says at face value'],
    ['Dad\'s explanation was implausible.', 'implausible'],
    ['Mum\'s story about the fall was unconvincing.', 'unconvincing'],
    ['She pretends to be cooperative when the IRO is there.', 'pretends to be cooperative'],
    ['He pretended not to hear me.', 'pretended not to'],
    ['Mum has an answer for everything.', 'has an answer for everything'],
    ['Mum said the dog knocked the gate over, which is a rather convenient explanation.', 'a rather convenient explanation'],
    ['Dad told me he has not used since Christmas, which I very much doubt.', 'I very much doubt'],
  ])('%s', (text, span) => {
    expect(credibility(text)).toContain(span);
  });

  it.each([
    'The hospital would not admit Kai.',
    'Mum will be admitted to hospital on Monday.',
    'Mum could not claim the benefit until the letter came.',
    'Dad did not deny that he had been at the flat.',
    'The children were pretending to be dinosaurs.',
    'The plan for the summer seemed implausible to the school.',
    'I took the letter at face value.',
    'The GP is a reliable source of advice for Mum.',
  ])('quiet: %s', (text) => {
    expect(credibility(text)).toEqual([]);
  });
});
