// "weigert" becomes what the parent does not want ("wil nu niet", "wilde niet"), also after a
// fronted adverbial, with a label left out of the subject, and with a reason clause after a
// comma. "niet" stands before a prepositional phrase. Other refusal wording ("laat het
// afweten", "verzuimt") is no "not wanting" and gets no such rewrite.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const wantsOf = (sentence: string) => labelledRewrites(sentence, 'Wat de ouder (nu) niet wil', (finding) => finding.type === 'refusal');

describe('Dutch refusals as what the parent does not want', () => {
  it.each([
    ['Vanochtend weigerde oma de wijkverpleging binnen te laten.', 'weigerde', 'Vanochtend wilde oma de wijkverpleging niet binnenlaten.'],
    ['De koppige vader weigert elke vorm van begeleiding.', 'weigert', 'De vader wil nu geen vorm van begeleiding.'],
    ['Vader weigert de controle, omdat hij vindt dat hij niets fout doet.', 'weigert', 'Vader wil nu geen controle, omdat hij vindt dat hij niets fout doet.'],
    ['Moeder weigert naar de huisarts te gaan.', 'weigert', 'Moeder wil nu niet naar de huisarts gaan.'],
    ['Opa weigerde de brief van de gemeente in te vullen.', 'weigerde', 'Opa wilde de brief van de gemeente niet invullen.'],
  ])('%s', (sentence, span, expected) => {
    expect(wantsOf(sentence)).toContainEqual({ span, type: 'refusal', texts: [expected] });
  });

  it.each([
    'Oma liet het afweten bij de overdracht.',
    'Moeder weigert tot nu toe elke vorm van hulp.',
    'Vader weigert telkens om mee te werken.',
  ])('offers no "does not want" rewrite: %s', (sentence) => {
    for (const finding of wantsOf(sentence)) expect(finding.texts).toEqual([]);
  });

  it('stays quiet on a machine that refuses', () => {
    expect(wantsOf('De pinautomaat weigerde mijn pas.')).toEqual([]);
  });
});

describe('Dutch refusals in the perfect as what the parent did not want', () => {
  it.each([
    ['Vader heeft geweigerd de toestemmingsverklaring te ondertekenen.', 'Vader wilde de toestemmingsverklaring niet ondertekenen.'],
    ['Oma heeft geweigerd om de deur open te doen.', 'Oma wilde de deur niet opendoen.'],
    ['Ouders hebben de aangeboden hulp van het wijkteam geweigerd.', 'Ouders wilden de aangeboden hulp van het wijkteam niet.'],
    ['Dhr. heeft het huisbezoek van vorige week geweigerd.', 'Dhr. wilde het huisbezoek van vorige week niet.'],
    ['Mw. weigerde de deur open te doen toen ik aanbelde.', 'Mw. wilde de deur niet opendoen toen ik aanbelde.'],
    ['Vader weigerde hem binnen te laten.', 'Vader wilde hem niet binnenlaten.'],
    // A name or a role as the object; "nog" becomes "niet meer".
    ['Vader weigert om Daan te laten testen.', 'Vader wil nu Daan niet laten testen.'],
    ['Opa weigert oma nog te bezoeken in het verpleeghuis.', 'Opa wil nu oma niet meer bezoeken in het verpleeghuis.'],
  ])('%s', (sentence, expected) => {
    expect(wantsOf(sentence).flatMap((finding) => finding.texts)).toEqual([expected]);
  });

  it.each([
    // "hulp ... niet vragen" would need "geen hulp".
    'Mw. weigert pertinent om hulp van haar ex-schoonfamilie te vragen.',
    'Vader heeft hulp van zijn broer geweigerd.',
  ])('offers no "does not want" rewrite: %s', (sentence) => {
    expect(wantsOf(sentence).flatMap((finding) => finding.texts)).toEqual([]);
  });
});
