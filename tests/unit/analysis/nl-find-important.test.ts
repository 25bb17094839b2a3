// "find-important": a Dutch obligation or restriction the writer laid down becomes what the
// writer finds important ("Ik vind het belangrijk dat moeder ... nakomt"). It claims no
// agreement and no wish of the parent, so it fits where "Moeder en ik hebben afgesproken"
// would claim too much. A shape it does not know, or an obligation someone else laid down,
// gets no such suggestion.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { labelledRewrites } from './nl-rewrite-helpers';

const importantOf = (sentence: string) => labelledRewrites(sentence, 'Wat ik belangrijk vind', (finding) => finding.category === 'directive');

describe('Dutch obligations as what the writer finds important', () => {
  it.each([
    ['Vader moet de huur voortaan op de eerste van de maand overmaken.', 'moet', 'obligation', 'Ik vind het belangrijk dat vader de huur voortaan op de eerste van de maand overmaakt.'],
    // A fronted subordinate clause stays in front; the finite verb follows it.
    ['Omdat Milan vaak te laat komt, moet moeder hem om acht uur wegbrengen.', 'moet', 'obligation', 'Omdat Milan vaak te laat komt, vind ik het belangrijk dat moeder hem om acht uur wegbrengt.'],
    // A condition closed by ", dan" and a purpose clause stay in front as well.
    ['Wil moeder meer omgang, dan moet zij eerst de opvoedcursus afmaken.', 'moet', 'obligation', 'Wil moeder meer omgang, dan vind ik het belangrijk dat zij eerst de opvoedcursus afmaakt.'],
    // "moet naar ..." without a verb: "gaan".
    ['Om terugval te voorkomen moet vader wekelijks naar de AA-groep.', 'moet', 'obligation', 'Om terugval te voorkomen vind ik het belangrijk dat vader wekelijks naar de AA-groep gaat.'],
    // "zal ... moeten": the middle field keeps its order, the cluster's first verb is finite.
    ['Moeder zal de komende weken haar schulden moeten laten uitzoeken.', 'moeten', 'obligation', 'Ik vind het belangrijk dat moeder de komende weken haar schulden laat uitzoeken.'],
    // The modal's verb with its own object: the object stays after it.
    ['Vader moet accepteren dat Noor voorlopig bij oma woont.', 'moet', 'obligation', 'Ik vind het belangrijk dat vader accepteert dat Noor voorlopig bij oma woont.'],
    ['Moeder moet leren om hulp te vragen als het haar te veel wordt.', 'moet', 'obligation', 'Ik vind het belangrijk dat moeder leert om hulp te vragen als het haar te veel wordt.'],
    // A restriction keeps its negation; a verb the command lexicon does not know is conjugated too.
    ['Oma mag de kinderen niet meer bij haar buurman laten logeren.', 'mag', 'restriction', 'Ik vind het belangrijk dat oma de kinderen niet meer bij haar buurman laat logeren.'],
    ['Jesse mag niet bij zijn neef overnachten zolang het onderzoek loopt.', 'mag', 'restriction', 'Ik vind het belangrijk dat Jesse niet bij zijn neef overnacht zolang het onderzoek loopt.'],
    // Two obligations of one subject: both verbs finite, each from its own modal (nl-coordinated-obligations.test.ts).
    ['Moeder moet zich aanmelden bij de GGZ en dient de omgang na te komen.', 'dient', 'obligation', 'Ik vind het belangrijk dat moeder zich aanmeldt bij de GGZ en de omgang nakomt.'],
    // A pronoun subject after a plural modal is "they".
    ['Omdat de schulden oplopen, moeten zij deze week een afspraak maken bij de schuldhulp.', 'moeten', 'obligation', 'Omdat de schulden oplopen, vind ik het belangrijk dat zij deze week een afspraak maken bij de schuldhulp.'],
    // "Het is noodzakelijk dat ..." is the writer's norm: the clause stays as it is.
    ['Het is noodzakelijk dat moeder elke avond haar medicatie neemt.', 'noodzakelijk', 'obligation', 'Ik vind het belangrijk dat moeder elke avond haar medicatie neemt.'],
  ])('%s', (sentence, span, type, expected) => {
    expect(importantOf(sentence)).toContainEqual({ span, type, texts: [expected] });
  });

  it.each([
    // The obligation is the judge's or the guardian's: the writer cannot own it.
    'Moeder moest vorige maand van de rechter haar paspoort inleveren.',
    'Vader moet van de gezinsvoogd elke week een urinetest doen.',
    // A second main clause after "en" would keep its finite verb inside the dat-clause.
    'Moeder moet de kinderen om acht uur naar school brengen en wordt daar door school op aangesproken.',
  ])('offers no "important" rewrite: %s', (sentence) => {
    for (const finding of importantOf(sentence)) expect(finding.texts).toEqual([]);
  });

  it.each(['Ik moet het verslag nog afronden.', 'Moeder moet eind april bevallen.', 'De rechter heeft bepaald dat vader de kinderen om de week mag zien.'])('stays quiet: %s', (sentence) => {
    expect(importantOf(sentence)).toEqual([]);
  });
});

describe('Dutch interpretations with commas as the writer\'s impression in front', () => {
  const impressionOf = (sentence: string) =>
    analyze(sentence, { lang: 'nl' })
      .filter((finding) => finding.category === 'interpretation')
      .map((finding) => ({ span: sentence.slice(finding.start, finding.end), texts: finding.suggestions.map((suggestion) => suggestion.text) }));

  it.each([
    ['Vader toont geen enkele interesse in zijn zoon; hij belt nooit terug.', 'Naar mijn indruk toont vader geen enkele interesse in zijn zoon; hij belt nooit terug.'],
    ['Moeder heeft geen probleembesef, ook niet nu de school heeft gebeld.', 'Naar mijn indruk heeft moeder geen probleembesef, ook niet nu de school heeft gebeld.'],
  ])('%s', (sentence, expected) => {
    expect(impressionOf(sentence).flatMap((finding) => finding.texts)).toContain(expected);
  });

  it('leaves an interpretation after the comma without the impression in front', () => {
    const [first, ...later] = impressionOf('Vader wil eigenlijk geen hulp; hij wil vooral van ons af.');
    expect(first?.texts).toContain('Naar mijn indruk wil vader eigenlijk geen hulp; hij wil vooral van ons af.');
    expect(later.length).toBeGreaterThan(0);
    for (const finding of later) expect(finding.texts.filter((text) => text.startsWith('Naar mijn indruk'))).toEqual([]);
  });
});
