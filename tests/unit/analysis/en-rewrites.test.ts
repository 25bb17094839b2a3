// English label rewrites on sentences written for the test (not from the corpus): a list of
// labels made the writer's experience as a whole, a label-only aside or fronted phrase left
// out, a list bullet or a fronted phrase kept in front of "what you agreed".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const suggestions = (sentence: string) => [...new Set(analyze(sentence, { lang: 'en' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text)))];

describe('English rewrites of new shapes', () => {
  it.each([
    ['Gran was rude and belligerent.', 'I experienced Gran as rude and belligerent.'],
    ['Mr Barker, a surly and rude man, left the room.', 'Mr Barker left the room.'],
    ['The foster carers, who are frankly reckless, left the gate open.', 'The foster carers left the gate open.'],
    ['Smug and arrogant, Dad left the meeting early.', 'Dad left the meeting early.'],
    ['- Dad must book the GP appointment by Monday.', '- We agreed with Dad that he will book the GP appointment by Monday.'],
  ])('%s', (sentence, expected) => {
    expect(suggestions(sentence)).toContain(expected);
  });

  it.each(['The baby must never be left alone with Reece.', 'Tomorrow mother has to hand in the form.'])('no agreement for a shape it cannot rebuild: %s', (sentence) => {
    expect(suggestions(sentence).filter((text) => /agreed/.test(text))).toEqual([]);
  });
});
