// Inner states stated as fact of a parent or child (rules/nl/lexicon/inner-states.json): a
// hidden-state adverb with an inner state, a strong feeling, a denied capacity or inner state,
// and a behaviour given a cause after a feeling. Sentences written for this test, not taken
// from the corpus; each kind has look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analysis';
import { spans } from './finding-spans';
import { labelledRewrites } from './nl-rewrite-helpers';

const interpretations = (text: string) => spans('nl', text, (finding) => finding.category === 'interpretation', true).map((span) => span.replace(/^[^:]+:/, ''));
const ruleOf = (text: string) => spans('nl', text, (finding) => finding.category === 'interpretation').length;

describe('a hidden-state adverb with an inner state (nl-interpretation-hidden-state)', () => {
  it.each([
    ['Tante Ria is diep van binnen blij dat de kinderen bij haar wonen.', 'diep van binnen'],
    ['De jongen wil eigenlijk gewoon bij zijn vader wonen.', 'wil'],
    ['Moeder heeft in haar hart allang afscheid genomen van het idee van een gezin en vindt het eigenlijk best zo.', 'eigenlijk'],
    ['Stiefvader is stiekem jaloers op de band tussen moeder en Noa.', 'stiekem'],
    ['Opa geniet er heimelijk van dat hij nu de baas is over de omgang.', 'heimelijk'],
  ])('%s', (text, phrase) => {
    expect(interpretations(text)).toContain(phrase);
  });

  it.each([
    'Moeder zou eigenlijk om negen uur bellen, maar haar telefoon was leeg.',
    'Sem rookt stiekem achter de schuur, zag de buurman.',
    'Moeder vertelt dat ze eigenlijk liever in Utrecht woont.',
    'Ik heb de indruk dat vader eigenlijk opgelucht is.',
    'Vader werkt eigenlijk fulltime, maar nu tijdelijk drie dagen.',
    'Ze zei: "Eigenlijk ben ik blij dat het zo loopt."',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('a strong feeling stated as fact (nl-interpretation-strong-state)', () => {
  it.each([
    ['Daan haat de nieuwe school.', 'haat'],
    ['De grootouders minachten de keuzes van hun schoondochter.', 'minachten'],
    ['Vader wantrouwde de pleegmoeder vanaf de eerste dag.', 'wantrouwde'],
  ])('%s', (text, phrase) => {
    expect(interpretations(text)).toEqual([phrase]);
  });

  it.each([
    'Daan zegt dat hij de nieuwe school haat.',
    'Er is veel wantrouwen tussen de ouders sinds de scheiding.',
    'Ik merk dat ik zelf wantrouwen voel bij dit verhaal.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('a capacity denied (nl-interpretation-capacity)', () => {
  it.each([
    ['Moeder kan de ruzies met haar ex niet loslaten.', 'loslaten'],
    ['Hij kon de scheiding nooit verwerken.', 'verwerken'],
    ['De vader van Lars is niet in staat zijn emoties te reguleren.', 'reguleren'],
    ['Oma kan geen afstand nemen van de problemen van haar dochter.', 'afstand nemen'],
    ['Sinds de geboorte van de tweeling kan moeder de drukte thuis niet verdragen.', 'verdragen'],
  ])('%s', (text, phrase) => {
    expect(interpretations(text)).toContain(phrase);
  });

  it.each([
    'Moeder kan dinsdag niet komen; ze heeft dan een sollicitatiegesprek.',
    'Vader kon de formulieren niet vinden.',
    'Moeder vertelt dat ze de dood van haar vader nog niet kan verwerken.',
    'Ik kan dit gesprek nog niet loslaten.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('an inner state denied (nl-interpretation-negated-state)', () => {
  it.each([
    ['Pleegvader vertrouwt de oom van Kim niet.', 'vertrouwt'],
    ['Vader realiseert zich niet hoeveel Mila van hem houdt.', 'realiseert'],
    ['Ze accepteert nog steeds niet dat haar zoon in een pleeggezin woont.', 'accepteert'],
    ['Oma gunt haar kleindochter geen vriendje.', 'gunt'],
  ])('%s', (text, phrase) => {
    expect(interpretations(text)).toContain(phrase);
  });

  it.each([
    'Moeder accepteert de hulp van het wijkteam.',
    'Moeder vertelde dat ze haar buurvrouw niet vertrouwt.',
    'De gemeente accepteerde het bezwaar niet.',
  ])('quiet: %s', (text) => {
    expect(ruleOf(text)).toBe(0);
  });
});

describe('a behaviour given a cause after a feeling (nl-interpretation-inferred-cause)', () => {
  it.each([
    ['Moeder is bang voor de deurwaarder en opent daarom de post niet.', 'bang voor de deurwaarder en opent daarom'],
    ['Hij is onzeker over zijn lichaam en zegt daardoor elke gymles af.', 'onzeker over zijn lichaam en zegt daardoor'],
  ])('%s', (text, phrase) => {
    expect(interpretations(text)).toEqual([phrase]);
  });

  it('offers the sentence without only the cause word, and nothing where the clause would keep its inverted order', () => {
    const keep = (found: Finding) => found.ruleId === 'nl-interpretation-inferred-cause';
    expect(labelledRewrites('Moeder is bang voor de deurwaarder en opent daarom de post niet.', 'Zonder de oorzaak', keep)[0]?.texts).toEqual([
      'Moeder is bang voor de deurwaarder en opent de post niet.',
    ]);
    expect(labelledRewrites('Hij schaamt zich voor de schulden en daarom opent hij de post niet.', 'Zonder de oorzaak', keep)[0]?.texts).toEqual([]);
  });

  it.each([
    'Vader werkt in ploegendienst en heeft daardoor een wisselend rooster.',
    'Moeder vertelt dat ze bang is voor de post en die daarom laat liggen.',
    'Ik heb de indruk dat moeder zich schaamt en daarom weinig vertelt.',
    'Het regende hard en daarom kwam moeder later.',
    'Vader is bang voor honden en moet daarom niet naar de kinderboerderij.',
  ])('quiet: %s', (text) => {
    expect(spans('nl', text, (found) => found.ruleId === 'nl-interpretation-inferred-cause')).toEqual([]);
  });
});
