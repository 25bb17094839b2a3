// The parent's own account without the doubting "zou" (reported-account): attributed already
// ("Volgens moeder zou ...") the verb takes its place; said by the parent, a "dat" clause says
// whose word it is. Sentences written for this test; a cluster the rewrite cannot read gets none.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const LABEL = 'Als de ouder dit zelf vertelde';
const rewrites = (sentence: string) => labelledRewrites(sentence, LABEL, (finding) => finding.ruleId === 'nl-credibility-reported').flatMap((found) => found.texts);

describe('reported-account', () => {
  it.each([
    ['Volgens vader zou de auto al een week kapot zijn.', []],
    ['Volgens moeder zou Jayden elke avond om acht uur naar bed gaan.', ['Volgens moeder gaat Jayden elke avond om acht uur naar bed.']],
    ['Volgens oma zou Mila de hele nacht doorslapen.', ['Volgens oma slaapt Mila de hele nacht door.']],
    ['Volgens mw. zou zij de brief nooit hebben ontvangen.', ['Volgens mw. heeft zij de brief nooit ontvangen.']],
    ['Dhr. zou al drie maanden geen alcohol meer hebben gedronken.', ['Dhr. vertelt dat hij al drie maanden geen alcohol meer heeft gedronken.']],
    ['Moeder zou volgens eigen zeggen elke ochtend de medicatie geven, maar de strip is nog vol.', ['Moeder vertelt dat zij elke ochtend de medicatie geeft, maar de strip is nog vol.']],
    ['Volgens eigen zeggen zou vader op tijd zijn vertrokken.', ['Vader vertelt dat hij op tijd is vertrokken.']],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence)).toEqual(expected);
  });

  it('offers nothing where the verbs do not end the clause or the person has no known pronoun', () => {
    expect(rewrites('Mevrouw Jansen zou volgens eigen zeggen gestopt zijn met blowen.')).toEqual([]);
    expect(rewrites('Sanne zou de hele middag bij een vriendin hebben gespeeld.')).toEqual([]);
  });
});
