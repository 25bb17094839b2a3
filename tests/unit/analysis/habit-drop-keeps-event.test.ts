// Leaving out a habit word must not leave out what happened: in "alweer niet", "structureel te
// laat", "weer hetzelfde" and "late yet again" only the habit part goes. Before, the whole
// phrase went ("Zij is zoals altijd weer te laat." → "Zij is zoals altijd."; "Mum was late yet
// again." → "Mum was late yet."). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze, type Lang } from '../../../lib/analysis';

/** The sentence as each habit finding's suggestions would leave it. */
function applied(lang: Lang, sentence: string): string[] {
  return analyze(sentence, { lang })
    .filter((finding) => finding.ruleId.endsWith('habit-about-person'))
    .flatMap((finding) =>
      finding.suggestions.map((suggestion) => {
        const [start, end] = suggestion.range ?? [finding.start, finding.end];
        return sentence.slice(0, start) + suggestion.text + sentence.slice(end);
      }),
    );
}

describe('a habit word left out keeps the event', () => {
  it.each([
    ['Pleegmoeder meldde zich alweer niet bij de balie.', 'Pleegmoeder meldde zich niet bij de balie.'],
    ['Dhr. Jansen was structureel te laat voor de overdracht.', 'Dhr. Jansen was te laat voor de overdracht.'],
    ['Moeder heeft ook deze keer weer niet teruggebeld.', 'Moeder heeft niet teruggebeld.'],
    ['Vader vertelde weer hetzelfde verhaal over zijn werk.', 'Vader vertelde hetzelfde verhaal over zijn werk.'],
    ['Oma bracht Noor wederom geen lunch mee.', 'Oma bracht Noor geen lunch mee.'],
    ['Mw. was zowaar op tijd bij de school.', 'Mw. was op tijd bij de school.'],
  ])('nl: %s', (sentence, expected) => {
    expect(applied('nl', sentence)).toEqual([expected]);
  });

  it.each([
    ['Grandad was late yet again.', 'Grandad was late.'],
    ['Ms Khan turned up late once again.', 'Ms Khan turned up late.'],
  ])('en: %s', (sentence, expected) => {
    expect(applied('en', sentence)).toEqual([expected]);
  });

  it('offers nothing where only the whole phrase could go', () => {
    // "zelden op tijd" is the claim itself; without it the clause has no predicate.
    expect(applied('nl', 'Vader is zelden op tijd.')).toEqual([]);
  });
});
