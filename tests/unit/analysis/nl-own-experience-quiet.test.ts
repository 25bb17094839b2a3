// The writer's own experience ("Ik ervaar X als …") is no label, also for a label before a
// person noun: the own-experience rewrite must not be flagged again. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const labels = (sentence: string) => analyze(sentence, { lang: 'nl' }).filter((finding) => finding.type === 'label');

describe('the writer owns the experience', () => {
  it.each([
    'Vader is lastig en een drukke man.',
    'Hij is lastig, een moeilijke man.',
    'Vader is een echte driftkop en een lastige man.',
  ])('the own-experience rewrite of "%s" is not flagged again', (sentence) => {
    const own = labels(sentence).flatMap((finding) => finding.suggestions).find((suggestion) => /^Ik (ervaar|ervoer) /.test(suggestion.text));
    expect(own).toBeDefined();
    expect(labels(own?.text ?? '')).toEqual([]);
  });

  it.each([
    'Ik ervaar hem als een lastige man.',
    'Wij ervaren moeder als een kille vrouw.',
    'Ik ervoer vader tijdens het gesprek als een opvliegende man.',
    'Omdat ik moeder als een kille vrouw ervaar, bereid ik het gesprek voor.',
  ])('stays quiet: %s', (sentence) => {
    expect(labels(sentence)).toEqual([]);
  });

  it.each([
    // Someone else's experience, or no experience at all: still a label.
    ['De school ervaart vader als een lastige man.', 'lastige man'],
    ['Vader is een opvliegende man.', 'opvliegende man'],
  ])('still flags %s', (sentence, span) => {
    expect(labels(sentence).map((finding) => sentence.slice(finding.start, finding.end))).toContain(span);
  });
});
