// Two obligations of one subject joined by "en" ("moet stoppen ... en dient ... te laten
// afnemen") become one dat-clause with both verbs finite, each made from its own modal's
// infinitive; both findings offer it. A second clause with a subject of its own, or a
// relative clause whose verb could be taken for the modal's, gets no such rewrite.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const importantOf = (sentence: string) => labelledRewrites(sentence, 'Wat ik belangrijk vind', (finding) => finding.type === 'obligation');

describe('Dutch coordinated obligations', () => {
  it.each([
    ['Opa moet stoppen met drinken en moet zich aanmelden bij de verslavingszorg.', 'Ik vind het belangrijk dat opa stopt met drinken en zich aanmeldt bij de verslavingszorg.'],
    ['Vader dient zijn schulden in kaart te brengen en moet de brieven openen.', 'Ik vind het belangrijk dat vader zijn schulden in kaart brengt en de brieven opent.'],
    ['Vader moet de hond uitlaten en moet de afwas doen.', 'Ik vind het belangrijk dat vader de hond uitlaat en de afwas doet.'],
    ['Moeder dient zelf een fiets te regelen en moet ervoor zorgen dat Noor op tijd vertrekt.', 'Ik vind het belangrijk dat moeder zelf een fiets regelt en ervoor zorgt dat Noor op tijd vertrekt.'],
    ['Oma moet stoppen met roken en dient hiervoor een cursus te volgen.', 'Ik vind het belangrijk dat oma stopt met roken en hiervoor een cursus volgt.'],
  ])('%s', (sentence, expected) => {
    const findings = importantOf(sentence);
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(finding.texts).toEqual([expected]);
  });

  it.each([
    // The second clause has a subject of its own.
    'Vanaf maandag moet Kevin zelf zijn wekker zetten en moet moeder hem niet meer wekken.',
    // "gelden" is the relative clause's verb.
    'De jongere moet zich houden aan de regels die thuis gelden en moet om tien uur binnen zijn.',
  ])('offers no joined rewrite: %s', (sentence) => {
    for (const finding of importantOf(sentence)) expect(finding.texts.filter((text) => / en /.test(text) && text.startsWith('Ik vind'))).toEqual([]);
  });
});
