// Labels said of a person without a copula before them (tagPredicatedLabels in the tagger,
// rule nl-label-predicated) and in a verb-final clause ("omdat moeder zo chaotisch is"), with
// look-alikes that stay quiet: a state or a thing in the same shapes, a good impression,
// reported speech. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const labels = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.type === 'label')
    .map((finding) => text.slice(finding.start, finding.end));

describe('labels predicated without a copula before them (nl)', () => {
  it.each([
    ['Oom, opvliegend en grof als altijd, liep de kamer uit.', ['opvliegend', 'grof']],
    ['Sanne, koppig als ze is, bleef in de auto zitten.', ['koppig']],
    ['Vader, nogal dramatisch in zijn reacties, begon te huilen.', ['dramatisch']],
    ['Arrogant als hij is, wilde vader niet wachten.', ['Arrogant']],
    ['Er is geen land met haar te bezeilen, zo star is moeder.', ['star']],
    ['Vader maakt een chaotische indruk.', ['chaotische']],
    ['Omdat vader zo chaotisch is, plannen we de afspraken zelf.', ['chaotisch']],
    // A degree word and a label closing a clause with a verb of its own: how the person did it, as a verdict.
    ['Oma praatte tegen de juf nogal onbeschoft.', ['onbeschoft']],
  ])('%s → %j', (text, phrases) => {
    expect(labels(text)).toEqual(phrases);
  });

  it.each([
    'Moeder, moe na de nachtdienst, kwam wat later binnen.',
    'Het huis, chaotisch als altijd, stond vol dozen.',
    'Zo druk als het was, bleef moeder rustig.',
    'Vader maakte een goede indruk op de juf.',
    'Zo rustig is moeder zelden geweest.',
    'Omdat de planning zo chaotisch is, bellen we vooraf.',
    'Moeder zegt dat vader, koppig als hij is, niet komt.',
    'Het gesprek, nogal chaotisch in zijn opbouw, duurde een uur.',
    'Moeder vindt de buurman nogal onbeschoft.',
    'Het ging er bij de overdracht nogal chaotisch aan toe.',
    'Vader ruimde de kamer erg grondig op.',
  ])('quiet: %s', (text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('labels before a first name, and their rewrite (nl)', () => {
  it.each([
    ['De koppige Daan rende naar buiten.', 'Daan rende naar buiten.'],
    ['Gisteren sprak ik de brutale Sanne.', 'Gisteren sprak ik Sanne.'],
    ['Het is een erg wispelturige moeder.', 'Het is een moeder.'],
  ])('%s → %s', (text, rewrite) => {
    const finding = analyze(text, { lang: 'nl' }).find((candidate) => candidate.type === 'label');
    expect(finding?.suggestions.map((suggestion) => suggestion.text)).toContain(rewrite);
  });

  it('leaves a place with a capital alone', () => {
    expect(labels('We liepen door de drukke Kalverstraat.')).toEqual([]);
  });
});
