// A finding without a wording of its own gets one from the sentence as another finding's
// suggestion leaves it, when that suggestion only leaves words out, and names those words.
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type Lang } from '../../../lib/analysis';

const offered = (lang: Lang, sentence: string, keep: (finding: Finding) => boolean) =>
  analyze(sentence, { lang })
    .filter(keep)
    .flatMap((finding) => finding.suggestions.map((suggestion) => ({ text: suggestion.text, also: suggestion.alsoChanges, range: suggestion.range })));

describe('a wording made possible by leaving out another finding', () => {
  it.each([
    ['nl', 'Vader was zoals gewoonlijk ongeduldig en liep na tien minuten weg.', 'Ik ervoer vader als ongeduldig; hij liep na tien minuten weg.', 'zoals gewoonlijk'],
    ['nl', 'Oma was zoals altijd wantrouwend en stelde veel vragen.', 'Ik ervoer oma als wantrouwend; zij stelde veel vragen.', 'altijd'],
    ['nl', 'Moeder was zoals gewoonlijk negatief.', 'Ik ervoer moeder als negatief.', 'zoals gewoonlijk'],
  ] as const)('%s: %s', (lang, sentence, text, also) => {
    const labels = offered(lang, sentence, (finding) => finding.type === 'label');
    expect(labels).toContainEqual({ text, also: [also], range: [0, sentence.length] });
  });

  it('offers the obligation once the fronted label is out, and names it', () => {
    const sentence = 'Selfish as she is, Kerry must put the baby first.';
    const duties = offered('en', sentence, (finding) => finding.category === 'directive');
    expect(duties.length).toBeGreaterThan(0);
    for (const duty of duties) {
      expect(duty.also).toEqual(['Selfish']);
      expect(duty.text).not.toMatch(/selfish/i);
    }
  });

  it('keeps a wording that needs no help as it was, without naming anything', () => {
    const suggestions = analyze('Vader is egoïstisch en komt altijd te laat.', { lang: 'nl' }).flatMap((finding) => finding.suggestions);
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions.every((suggestion) => suggestion.alsoChanges === undefined)).toBe(true);
  });

  it('does not build on a suggestion that puts words in ("telkens" → "regelmatig")', () => {
    const refusals = offered('nl', 'Vader weigert telkens om mee te werken.', (finding) => finding.type === 'refusal');
    expect(refusals.filter((suggestion) => suggestion.also !== undefined)).toEqual([]);
  });
});

describe('a neutral word for doubt that sits in one word', () => {
  it.each([
    ['nl', 'Het smoesje over de kapotte fiets hoorde ik al eerder.', 'Het verhaal over de kapotte fiets hoorde ik al eerder.'],
    ['nl', 'Vader gebruikte de staking als excuus om niet te komen.', 'Vader gebruikte de staking als reden om niet te komen.'],
    // A neuter word for a neuter one: "het voorwendsel" → "het argument", not "het reden".
    ['nl', 'Moeder gebruikte het voorwendsel van een griep.', 'Moeder gebruikte het argument van een griep.'],
    ['nl', 'Moeder kwam met een verzonnen verhaal over de buren.', 'Moeder kwam met een verhaal over de buren.'],
    ['en', 'After an hour, Gran came up with a sob story about the bus.', 'After an hour, Gran came up with an account about the bus.'],
    ['en', 'Dad had an excuse ready when I asked about the bills.', 'Dad had a reason ready when I asked about the bills.'],
  ] as const)('%s: %s', (lang, sentence, text) => {
    const doubts = offered(lang, sentence, (finding) => finding.type === 'credibility');
    expect(doubts.map((suggestion) => suggestion.text)).toContain(text);
  });

  it('leaves a phrase that says more than the word alone', () => {
    const doubts = offered('en', 'Dad uses his diagnosis as an excuse to stay in bed.', (finding) => finding.type === 'credibility');
    expect(doubts.map((suggestion) => suggestion.text)).not.toContain('Dad uses his diagnosis as a reason to stay in bed.');
  });
});
