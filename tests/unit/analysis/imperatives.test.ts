// Imperatives where a line opens (lib/analysis/openings.ts), from the verb lists in
// rules/<lang>/lexicon/imperative-verbs.json, and their rewrite as a request. Sentences
// written for this test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { wordsOf } from '../../../lib/analysis/engine';

const found = (text: string, lang: 'nl' | 'en') =>
  analyze(text, { lang }).filter((finding) => finding.type === 'imperative').map((finding) => text.slice(finding.start, finding.end));
const request = (text: string, lang: 'nl' | 'en') =>
  analyze(text, { lang }).find((finding) => finding.ruleId === `${lang}-imperative-opening`)?.suggestions[0]?.text;

describe('the hook filter knows where a line opens', () => {
  it('marks the first word of the sentence and of each line, after a list mark or "please"', () => {
    const words = wordsOf('Afspraken moeder: 1. Breng de pas mee; please bring it');
    expect(words).toContain('^afspraken');
    expect(words).toContain('^breng');
    expect(words).toContain('^bring');
    expect(words).not.toContain('^pas');
  });
});

describe('Dutch imperatives', () => {
  it('are found at the start of a sentence, after an action-list header and after an addressee', () => {
    expect(found('Breng de machtiging morgen mee naar het wijkteam.', 'nl')).toEqual(['Breng']);
    expect(found('Taken voor moeder: lever het formulier bij de gemeente in.', 'nl')).toEqual(['lever']);
    expect(found('Mevrouw Bakker, ruim de speelgoedkist in de gang op.', 'nl').length).toBeGreaterThan(0);
    expect(found('Wees op tijd bij de overdracht.', 'nl')).toEqual(['Wees']);
  });

  it('count a word that is also an adjective when its own particle closes the clause', () => {
    // "ruim" is opruimen here: "op" closes the clause, alone or before an adjunct or a conjunction.
    expect(found('Ruim de schuur op voor de keuring van dinsdag.', 'nl')).toEqual(['Ruim']);
    expect(found('- Ruim het balkon en de berging op, dan kan de aannemer erbij.', 'nl')).toEqual(['Ruim']);
    // "ruim" as "more than", "op" opening a phrase, and a "Let op:" header stay quiet.
    expect(found('Ruim drie kwartier op de wachtlijst gestaan.', 'nl')).toEqual([]);
    expect(found('Ruim op tijd vertrokken naar de zitting.', 'nl')).toEqual([]);
    expect(found('Let op: moeder werkt op woensdag tot vier uur.', 'nl')).toEqual([]);
  });

  it('stay quiet for questions, headers, the writer\'s own actions and someone else\'s advice', () => {
    expect(found('Bel je morgen nog even?', 'nl')).toEqual([]);
    expect(found('Actie voor mij: bel de school over het rooster.', 'nl')).toEqual([]);
    expect(found('De diëtist adviseert: eet elke ochtend een ontbijt.', 'nl')).toEqual([]);
    expect(found('Ga ik vrijdag langs, dan neem ik de folder mee.', 'nl')).toEqual([]);
    expect(found('Moeder belde gisteren de huisarts.', 'nl')).toEqual([]);
  });

  it('are rewritten as a request, the verb whole again where its particle stood', () => {
    expect(request('Breng de machtiging morgen mee naar het wijkteam.', 'nl')).toBe('Wil je de machtiging morgen meebrengen naar het wijkteam?');
    expect(request('Zorg dat je om negen uur bij de balie bent.', 'nl')).toBe('Wil je zorgen dat je om negen uur bij de balie bent?');
    expect(request('Meld je maandag bij de receptie.', 'nl')).toBe('Wil je je maandag bij de receptie melden?');
  });
});

describe('English imperatives', () => {
  it('are found at the start of a sentence, after a header and after "please"', () => {
    expect(found('Keep the stair gate shut at all times.', 'en')).toEqual(['Keep']);
    expect(found('Next steps for dad: bring the tenancy agreement on Monday.', 'en')).toEqual(['bring']);
    expect(found('Please ensure the twins have their coats for nursery.', 'en')).toEqual(['ensure']);
  });

  it('stay quiet for questions, past-tense notes and the writer\'s own to-do', () => {
    expect(found('Could you ring me tomorrow?', 'en')).toEqual([]);
    expect(found('Visited mum at the flat.', 'en')).toEqual([]);
    expect(found('Action for me: chase the housing referral.', 'en')).toEqual([]);
  });

  it('are rewritten as a request, except a negative order', () => {
    expect(request('Keep the stair gate shut at all times.', 'en')).toBe('Could you keep the stair gate shut at all times?');
    expect(request('Please bring the tenancy letter.', 'en')).toBe('Could you bring the tenancy letter?');
    expect(request('Do not leave the baby alone on the sofa.', 'en')).toBeUndefined();
  });
});
