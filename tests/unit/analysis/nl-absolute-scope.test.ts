// Absolutes about the person found per clause, and the look-alikes that stay quiet: the scope
// of a rule or an agreement (LABELS.md, quiet 1), an institution (quiet 2), "steeds beter",
// "nooit alleen", an offer ("Uiteraard kan moeder altijd bellen"). Sentences written for
// this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const absolutes = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.type === 'absolute')
    .map((finding) => text.slice(finding.start, finding.end));

describe('absolutes in their clause (nl)', () => {
  it.each([
    // A relative clause after a comma inside a rule keeps its own judgement.
    ['De pleegouders moeten Sanne, die altijd zeurt om snoep, gewoon laten praten.', 'altijd'],
    // A coordinated clause shares its subject.
    ['Vader is moe en laat de afwas zoals altijd staan.', 'altijd'],
    // A restrictive relative clause right after a person.
    ['Het gaat om een vader die nooit op tijd komt.', 'nooit'],
    // An adverb as the first field: the subject follows the verb.
    ['Uiteraard was moeder weer vergeten te bellen.', 'Uiteraard'],
    ['Zoals gewoonlijk had de chaotische vader zijn papieren niet bij zich.', 'Zoals gewoonlijk'],
    ['Telkens als ik iets vraag, verandert vader van onderwerp.', 'Telkens'],
    // The family and a label noun as subject; a verb we conjugate after an opening adverbial.
    ['Het gezin komt nooit op tijd.', 'nooit'],
    ['Het warhoofd was de sleutels alweer kwijt.', 'alweer'],
    ['Ook nu weer vergat vader de medicijnen.', 'Ook nu weer'],
  ])('%s → "%s"', (text, phrase) => {
    expect(absolutes(text)).toContain(phrase);
  });

  it.each([
    'Moeder en ik spraken af dat Finn nooit op de trap speelt.',
    'We hebben met vader afgesproken dat hij altijd eerst belt.',
    'In het plan staat dat Noor nooit bij haar oom mag slapen.',
    'Moeder weet dat ze altijd moet bellen als ze later komt.',
    'Omdat de Belastingdienst nooit terugbelt, schrijf ik een brief.',
    'Vader laat de kinderen nooit alleen thuis.',
    'Milan leest steeds beter.',
    'Uiteraard kan vader altijd bellen als er iets is.',
    'Ik vraag ouders altijd of ze het verslag willen lezen.',
    'De uitkering komt nooit op tijd binnen.',
    'Ook nu weer belde de school over Daan.',
    // What a teacher or a doctor says, with its source named, is their observation.
    'Volgens de mentor maakt Ayla nooit ruzie in de klas.',
    'Volgens de huisarts is Bram altijd erg verkouden in de winter.',
  ])('quiet: %s', (text) => {
    expect(absolutes(text)).toEqual([]);
  });
});
