// An absolute of habit about the parent ("zoals gewoonlijk", "keer op keer", "elke keer
// weer", the "alweer" of "alweer te laat") is left out, with the subject put first again
// after a fronted one; "totaal niet" becomes "niet". A condition ("Elke keer als ik bel, ...")
// and a habit of a thing stay as they are.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const withoutOf = (sentence: string) => labelledRewrites(sentence, 'Zonder dat woord', (finding) => finding.type === 'absolute').flatMap((finding) => finding.texts);
const lessAbsolute = (sentence: string) => labelledRewrites(sentence, 'Minder absoluut (noem liever wanneer en hoe vaak)', (finding) => finding.type === 'absolute').flatMap((finding) => finding.texts);

describe('Dutch habits of the parent left out', () => {
  it.each([
    ['Zoals altijd had oma de kinderen te laat opgehaald.', 'Oma had de kinderen te laat opgehaald.'],
    ['Moeder kwam zoals gewoonlijk te laat, en de kinderen hadden niet ontbeten.', 'Moeder kwam te laat, en de kinderen hadden niet ontbeten.'],
    ['Vader belt elke keer weer af.', 'Vader belt af.'],
    ['Opa reageerde zoals gewoonlijk kortaf op de vraag naar de medicijnen.', 'Opa reageerde kortaf op de vraag naar de medicijnen.'],
    ['Keer op keer laat vader de brieven van de school ongeopend liggen.', 'Vader laat de brieven van de school ongeopend liggen.'],
    ['Oma was gisteren opnieuw te laat, zoals altijd.', 'Oma was gisteren opnieuw te laat.'],
    ['Pleegmoeder schreeuwt keer op keer tegen de jongste.', 'Pleegmoeder schreeuwt tegen de jongste.'],
    // Of a longer phrase only the habit goes: "te laat" is what happened.
    ['Oma kwam alweer te laat bij de overdracht.', 'Oma kwam te laat bij de overdracht.'],
    ['Vader was wederom niet bereikbaar voor de school.', 'Vader was niet bereikbaar voor de school.'],
    ['Moeder had weer eens geen brood in huis.', 'Moeder had geen brood in huis.'],
  ])('%s', (sentence, expected) => {
    expect(withoutOf(sentence)).toContain(expected);
  });

  it.each([
    ['Vader is totaal niet geïnteresseerd in de rapporten van school.', 'niet'],
    ['Moeder luistert totaal niet naar de verloskundige.', 'niet'],
  ])('"totaal niet" becomes "niet": %s', (sentence, expected) => {
    expect(lessAbsolute(sentence)).toEqual([expected]);
  });

  it.each([
    'Elke keer als ik bel, neemt moeder niet op.',
    'Vader komt altijd te laat.',
  ])('leaves no habit out: %s', (sentence) => {
    expect(withoutOf(sentence)).toEqual([]);
  });

  it.each([
    'De bus is zoals gewoonlijk te laat.',
    'De woningcorporatie reageert keer op keer per brief.',
  ])('stays quiet: %s', (sentence) => {
    expect(labelledRewrites(sentence, 'Zonder dat woord', (finding) => finding.type === 'absolute')).toEqual([]);
  });
});
