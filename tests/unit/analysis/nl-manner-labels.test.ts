// A label after a verb that says how the person came across ("gedraagt zich manipulatief",
// "stelde zich star op", "komt gluiperig over", "blijft controlerend") becomes the writer's
// experience: "Ik ervaar vader als ...". The verb's particle goes with it; a shape the
// rewriter does not know (another particle, a verb after a comma) gets no such rewrite.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const experienceOf = (sentence: string) => labelledRewrites(sentence, 'Maak het jouw ervaring', (finding) => finding.type === 'label');

describe('Dutch labels after a verb of manner as the writer\'s experience', () => {
  it.each([
    ['Oma gedraagt zich manipulatief tegenover de pleegouders.', 'manipulatief', 'Ik ervaar oma als manipulatief tegenover de pleegouders.'],
    ['Vader stelde zich weer koppig op.', 'koppig', 'Ik ervoer vader weer als koppig.'],
    ['Moeder komt gluiperig over; ze vertelt de school iets anders dan mij.', 'gluiperig', 'Ik ervaar moeder als gluiperig; ze vertelt de school iets anders dan mij.'],
    ['Opa bleef erg controlerend tijdens de omgang.', 'controlerend', 'Ik ervoer opa nog steeds als erg controlerend tijdens de omgang.'],
    ['Vader werd hysterisch toen ik over de pleegzorg begon.', 'hysterisch', 'Ik ervoer vader als hysterisch toen ik over de pleegzorg begon.'],
    // A relative clause that is only the label: the writer's experience inside it.
    ['Oma, die nogal wantrouwend is, belde drie keer naar de school.', 'wantrouwend', 'Oma, die ik als nogal wantrouwend ervaar, belde drie keer naar de school.'],
    // A label before a person after a copula: the whole noun phrase after "als".
    ['Vader is een agressieve man die iedereen afsnauwt.', 'agressieve man', 'Ik ervaar vader als een agressieve man die iedereen afsnauwt.'],
  ])('%s', (sentence, span, expected) => {
    expect(experienceOf(sentence)).toContainEqual({ span, type: 'label', texts: [expected] });
  });

  it.each([
    // "kwam ... binnen": not the particle of coming across.
    'Vader kwam opgefokt binnen en wilde meteen weten wie de melding had gedaan.',
    // ", en verhief": the verb after the comma would take "ik" as its subject.
    'Moeder kwam onredelijk over toen ik vroeg hoe het ging, en verhief meteen haar stem.',
    // An adverbial inside the relative clause would land after "als".
    'Vader, die tijdens het gesprek opvallend zelfingenomen was, vertelde over zijn auto.',
  ])('offers no experience rewrite: %s', (sentence) => {
    for (const finding of experienceOf(sentence)) expect(finding.texts).toEqual([]);
  });
});
