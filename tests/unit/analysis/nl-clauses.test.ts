// The Dutch clause stage on real sentences: where "en" opens a clause and where a duty is
// dressed as "hebben ... te".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { clausesOf, type ClauseTerm } from '../../../lib/analysis/clause-condition';
import { dutch } from '../../../lib/analysis/nl';

const clauses = (sentence: string) =>
  clausesOf(dutch.parse(sentence).docs.flat() as unknown as ClauseTerm[]).map((clause) => clause.terms.map((term) => term.normal).join(' '));
const obligations = (sentence: string) =>
  analyze(sentence, { lang: 'nl' }).filter((finding) => finding.type === 'obligation').map((finding) => sentence.slice(finding.start, finding.end));

describe('"en" in a Dutch clause', () => {
  it('joins two nouns without opening a clause, so the verb cluster stays with its subject', () => {
    expect(clauses('Mevrouw dient de huurachterstand en de energierekening van vorig jaar vóór vrijdag aan de bewindvoerder door te geven.')).toHaveLength(1);
    expect(obligations('Mevrouw dient de huurachterstand en de energierekening van vorig jaar vóór vrijdag aan de bewindvoerder door te geven.')).toEqual(['dient']);
  });

  it('opens a clause when a finite verb or a subject pronoun follows', () => {
    expect(clauses('Oma kookt elke avond en opa brengt de kinderen naar bed.')).toHaveLength(2);
    expect(clauses('Moeder was moe en ze ging vroeg slapen.')).toHaveLength(2);
  });
});

describe('a duty as "hebben ... te"', () => {
  it('is an obligation when "te" and its infinitive close the clause', () => {
    expect(obligations('Stiefvader heeft zich elke maandag bij de reclassering te melden.')).toEqual(['heeft']);
    expect(obligations('De ouders hebben de schoolspullen om acht uur klaar te zetten.')).toEqual(['hebben']);
  });

  it('is no duty as a possession, a fixed expression or with a participle as the verb', () => {
    for (const quiet of [
      'Moeder heeft te maken met hoge schulden.',
      'Vader heeft veel te vertellen over zijn jeugd.',
      'Oma heeft geprobeerd de school te bereiken.',
      'Moeder heeft tijd nodig om alles te regelen.',
    ]) expect(obligations(quiet), quiet).toEqual([]);
  });
});

describe('the subject of a Dutch main clause', () => {
  const labels = (sentence: string) => analyze(sentence, { lang: 'nl' }).filter((finding) => finding.type === 'label').map((finding) => sentence.slice(finding.start, finding.end));

  it('comes after the finite verb when an adverbial fills the first field', () => {
    expect(labels('Emotioneel gezien is stiefmoeder volkomen onbetrouwbaar.')).toEqual(['onbetrouwbaar']);
  });

  it('is the noun phrase or pronoun in the first field, not the person after the verb', () => {
    expect(obligations('Ik moet oma morgen nog terugbellen.')).toEqual([]);
    expect(obligations('De huisarts moet vader nog doorverwijzen.')).toEqual([]);
    expect(obligations('Mw. heeft de formulieren aan mij door te sturen.')).toEqual(['heeft']);
  });
});
