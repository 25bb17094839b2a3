// A prohibition as what the writer finds important, said with "niet" where Dutch puts it:
// after a definite object, before a prepositional phrase, "nog langer" as "niet langer".
// A clause that would need "geen", two verbs, or a person who is not a role, a name or a
// pronoun gets no rewrite; a prohibition of the parent's own doctor stays quiet.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const LABEL = 'Wat ik belangrijk vind';
const importantOf = (sentence: string) =>
  labelledRewrites(sentence, LABEL, (finding) => finding.type === 'restriction' || finding.type === 'instruction').flatMap((finding) => finding.texts);

describe('Dutch prohibitions as what the writer finds important', () => {
  it.each([
    ['Het is vader niet toegestaan de kinderen zonder begeleiding op te halen.', 'Ik vind het belangrijk dat vader de kinderen niet zonder begeleiding ophaalt.'],
    ['Het is de ouders verboden de pleegouders thuis op te zoeken.', 'Ik vind het belangrijk dat de ouders de pleegouders niet thuis opzoeken.'],
    ['Het is oma niet toegestaan om zonder overleg met de school te praten.', 'Ik vind het belangrijk dat oma niet zonder overleg met de school praat.'],
    ['Vanaf deze week is het mw. niet toegestaan de baby mee te nemen naar het café.', 'Vanaf deze week vind ik het belangrijk dat mw. de baby niet meeneemt naar het café.'],
    ['Ik heb vader verboden om nog langer bij zijn broer te overnachten.', 'Ik heb met vader besproken dat het belangrijk is dat hij niet langer bij zijn broer overnacht.'],
    ['Ik heb haar verboden de tweeling alleen te laten bij de buren.', 'Ik heb met haar besproken dat het belangrijk is dat zij de tweeling niet alleen laat bij de buren.'],
    ['Ik heb moeder uitdrukkelijk verboden om de sleutel aan haar ex te geven, ook niet voor een dag.', 'Ik heb met moeder besproken dat het belangrijk is dat zij de sleutel niet aan haar ex geeft, ook niet voor een dag.'],
  ])('%s', (sentence, expected) => {
    expect(importantOf(sentence)).toContain(expected);
  });

  it.each([
    // "alcohol" without a determiner would need "geen alcohol".
    'Het is vader niet toegestaan alcohol te drinken tijdens de omgang.',
    // Two verbs under one prohibition.
    'Het is moeder niet toegestaan om over de zaak te praten of de kinderen te bellen.',
    // A person with a label before it is left to the label's own rewrite.
    'Het is deze chaotische moeder niet toegestaan de kinderen op te halen.',
    // A loan verb the conjugator cannot be sure of.
    'Ik heb Kevin verboden om na middernacht nog te gamen.',
  ])('offers no such rewrite: %s', (sentence) => {
    expect(importantOf(sentence).filter((text) => text.includes('niet'))).toEqual([]);
  });

  it('stays quiet on a doctor\'s advice the parent passes on', () => {
    expect(importantOf('Moeder vertelt dat de huisarts haar verboden heeft om te sporten.')).toEqual([]);
  });
});
