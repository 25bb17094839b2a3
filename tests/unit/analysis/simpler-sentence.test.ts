// A wording for the plain sentence inside a note's sentence, given back what was around it:
// a heading before a colon, brackets after a name, a Dutch clause in front.
import { describe, expect, it } from 'vitest';
import { analyze, type Lang } from '../../../lib/analysis';
import { withoutBrackets, withoutHeading } from '../../../lib/analysis/simpler-sentence';

const wordings = (lang: Lang, sentence: string, label: string) =>
  analyze(sentence, { lang }).flatMap((finding) => finding.suggestions.filter((suggestion) => suggestion.label === label).map((suggestion) => suggestion.text));

describe('the sentence around the plain one', () => {
  it('takes a short heading off and puts it back', () => {
    const simpler = withoutHeading('Afspraak 4/6: vader moet de medicatie ophalen.', []);
    expect(simpler?.text).toBe('vader moet de medicatie ophalen.');
    expect(simpler?.restore('Ik vind het belangrijk dat vader de medicatie ophaalt.')).toBe('Afspraak 4/6: Ik vind het belangrijk dat vader de medicatie ophaalt.');
    expect(withoutHeading('Moeder zei het zo tegen de leerkracht van groep vijf: ik stop ermee.', [])).toBeNull();
  });

  it('puts brackets back after their word, or gives up where that word is not there once', () => {
    const simpler = withoutBrackets('Noor (15) moet om tien uur thuis zijn.', []);
    expect(simpler?.text).toBe('Noor moet om tien uur thuis zijn.');
    expect(simpler?.restore('Ik vind het belangrijk dat Noor om tien uur thuis is.')).toBe('Ik vind het belangrijk dat Noor (15) om tien uur thuis is.');
    expect(simpler?.restore('Ik vind het belangrijk dat zij om tien uur thuis is.')).toBeNull();
    expect(simpler?.restore('Noor en ik spraken af dat Noor om tien uur thuis is.')).toBeNull();
  });
});

describe('a wording for the plain sentence, in the note', () => {
  it.each([
    ['Nu de toetsweek begint, moet Sara haar telefoon om negen uur bij haar vader inleveren.', 'Ik vind het belangrijk dat Sara haar telefoon om negen uur bij haar vader inlevert, nu de toetsweek begint.'],
    ['Afspraak 4/6: vader moet de medicatie ophalen.', 'Afspraak 4/6: Ik vind het belangrijk dat vader de medicatie ophaalt.'],
    ['Noor (15) moet om tien uur thuis zijn.', 'Ik vind het belangrijk dat Noor (15) om tien uur thuis is.'],
  ])('%s', (sentence, text) => {
    expect(wordings('nl', sentence, 'Wat ik belangrijk vind')).toContain(text);
  });

  it('keeps a bullet in front, and leaves a quoted sentence alone', () => {
    expect(wordings('nl', '- Nu de toetsweek begint, moet Sara haar telefoon om negen uur bij haar vader inleveren.', 'Wat ik belangrijk vind')).toContain(
      '- Ik vind het belangrijk dat Sara haar telefoon om negen uur bij haar vader inlevert, nu de toetsweek begint.',
    );
  });

  it('offers nothing where the fronted part is a main clause of its own', () => {
    expect(wordings('nl', 'Het gaat slecht op school, dus moet Bilal zijn telefoon inleveren.', 'Wat ik belangrijk vind').every((text) => !/, het gaat slecht/.test(text))).toBe(true);
  });
});
