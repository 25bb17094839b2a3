// Dutch rewrites must be grammatical sentences, built with the right verb forms and word
// order; where a rewriter does not know the sentence's shape it must offer nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const suggestionsFor = (sentence: string) => analyze(sentence, { lang: 'nl' })[0]?.suggestions.map((suggestion) => suggestion.text);

describe('Dutch rewrites', () => {
  it.each([
    ['Vader moet de kinderen op tijd ophalen.', ['Vader en ik hebben afgesproken dat hij de kinderen op tijd ophaalt.', 'Vader geeft aan dat hij de kinderen op tijd wil ophalen.']],
    ['Moeder en vader moeten de kinderen naar school brengen.', ['Moeder, vader en ik hebben afgesproken dat zij de kinderen naar school brengen.', 'Moeder en vader geven aan dat zij de kinderen naar school willen brengen.']],
    ['Vader dient voortaan op tijd te zijn voor de omgang.', ['Vader en ik hebben afgesproken dat hij voortaan op tijd is voor de omgang.', 'Vader geeft aan dat hij voortaan op tijd wil zijn voor de omgang.']],
    ['Mevrouw Jansen moet haar post openmaken.', ['Mevrouw Jansen en ik hebben afgesproken dat zij haar post openmaakt.', 'Mevrouw Jansen geeft aan dat zij haar post wil openmaken.']],
    ['Sanne moet om negen uur thuis zijn.', ['Sanne en ik hebben afgesproken dat Sanne om negen uur thuis is.', 'Sanne geeft aan dat Sanne om negen uur thuis wil zijn.']],
    ['Vader weigerde de gezinsvoogd binnen te laten.', ['Vader wilde de gezinsvoogd niet binnenlaten.']],
    ['Moeder weigert om mee te werken aan het onderzoek.', ['Moeder wil nu niet meewerken aan het onderzoek.']],
    ['Ouders weigeren elke vorm van hulp.', ['Ouders willen nu geen vorm van hulp.']],
    ['De ouders waren vijandig tijdens het gesprek.', ['Ik ervoer de ouders als vijandig tijdens het gesprek.']],
    ['Wij verwachten van vader dat hij meewerkt.', ['Wij hebben met vader afgesproken dat hij meewerkt.']],
  ])('%s', (sentence, expected) => {
    expect(suggestionsFor(sentence)).toEqual(expected);
  });

  it.each(['Moeder moet naar de huisarts.', 'Moeder moet naar de kinderen.', 'Gisteren weigerde vader, zoals vaker, de deur open te doen.'])(
    'offers no rewrite for a shape it does not know: %s',
    (sentence) => {
      expect(suggestionsFor(sentence)).toEqual([]);
    },
  );
});
