// Dutch verb morphology checked against real verbs: spelling rules, the irregular table,
// separable particles, and the lemmatiser's round trips.
import { describe, expect, it } from 'vitest';
import { IRREGULAR_VERBS } from '../../../lib/analysis/nl/irregular-verbs';
import {
  conjugateModal,
  everyForm,
  finiteParts,
  infinitiveOf,
  pastParticiple,
  pastTense,
  presentTense,
  separablePrefix,
  subordinateVerbCluster,
  type Modal,
  type Person,
} from '../../../lib/analysis/nl/verb-forms';

const PERSONS: readonly Person[] = ['1sg', '2sg', '3sg', 'pl'];

describe('presentTense: spelling rules', () => {
  it.each<[string, Person, string]>([
    // Stem is the infinitive minus -en; 2sg and 3sg add -t, the plural is the infinitive.
    ['werken', '1sg', 'werk'],
    ['werken', '2sg', 'werkt'],
    ['werken', '3sg', 'werkt'],
    ['werken', 'pl', 'werken'],
    // A vowel left alone in the closed syllable is doubled.
    ['maken', '1sg', 'maak'],
    ['maken', '3sg', 'maakt'],
    ['lopen', '1sg', 'loop'],
    ['halen', '3sg', 'haalt'],
    ['horen', '3sg', 'hoort'],
    ['sturen', '3sg', 'stuurt'],
    ['beloven', '3sg', 'belooft'],
    ['betalen', '3sg', 'betaalt'],
    ['herhalen', '3sg', 'herhaalt'],
    // Double consonants are undone.
    ['zitten', '1sg', 'zit'],
    ['bellen', '1sg', 'bel'],
    ['bellen', '3sg', 'belt'],
    ['stoppen', '3sg', 'stopt'],
    ['leggen', '3sg', 'legt'],
    ['vertellen', '3sg', 'vertelt'],
    ['ontkennen', '3sg', 'ontkent'],
    // v and z are devoiced at the end of the stem.
    ['leven', '1sg', 'leef'],
    ['leven', '3sg', 'leeft'],
    ['reizen', '1sg', 'reis'],
    ['reizen', '3sg', 'reist'],
    ['geven', '3sg', 'geeft'],
    ['lezen', '3sg', 'leest'],
    ['durven', '3sg', 'durft'],
    ['verhuizen', '3sg', 'verhuist'],
    ['hoeven', '3sg', 'hoeft'],
    // A stem in t takes no second t; a stem in d still does.
    ['zetten', '3sg', 'zet'],
    ['praten', '3sg', 'praat'],
    ['ontmoeten', '3sg', 'ontmoet'],
    ['weten', '3sg', 'weet'],
    ['moeten', '3sg', 'moet'],
    ['rijden', '3sg', 'rijdt'],
    ['vinden', '3sg', 'vindt'],
    ['antwoorden', '3sg', 'antwoordt'],
    ['worden', '3sg', 'wordt'],
    // Unstressed final syllables keep a single vowel.
    ['weigeren', '1sg', 'weiger'],
    ['weigeren', '3sg', 'weigert'],
    ['veranderen', '3sg', 'verandert'],
    ['herinneren', '3sg', 'herinnert'],
    ['verbeteren', '3sg', 'verbetert'],
    ['leveren', '3sg', 'levert'],
    ['naderen', '3sg', 'nadert'],
    ['openen', '3sg', 'opent'],
    ['tekenen', '3sg', 'tekent'],
    ['wandelen', '3sg', 'wandelt'],
    ['ademen', '3sg', 'ademt'],
    ['vestigen', '3sg', 'vestigt'],
    ['beëindigen', '3sg', 'beëindigt'],
    // Stressed -eren doubles.
    ['leren', '3sg', 'leert'],
    ['beweren', '3sg', 'beweert'],
    ['reageren', '3sg', 'reageert'],
    ['accepteren', '3sg', 'accepteert'],
    ['signaleren', '3sg', 'signaleert'],
    ['informeren', '3sg', 'informeert'],
    ['waarderen', '3sg', 'waardeert'],
    ['evalueren', '3sg', 'evalueert'],
    // Stress is decided without the prefix.
    ['ondernemen', '3sg', 'onderneemt'],
    ['bevelen', '3sg', 'beveelt'],
    ['vergeten', '3sg', 'vergeet'],
    ['overleven', '3sg', 'overleeft'],
    ['betekenen', '3sg', 'betekent'],
    // Trema verbs.
    ['skiën', '1sg', 'ski'],
    ['skiën', '3sg', 'skiet'],
    ['creëren', '1sg', 'creëer'],
    ['creëren', '3sg', 'creëert'],
    ['kopiëren', '3sg', 'kopieert'],
    // Nothing doubles before w or inside a digraph.
    ['duwen', '3sg', 'duwt'],
    ['vertrouwen', '3sg', 'vertrouwt'],
    ['groeien', '3sg', 'groeit'],
    ['zoeken', '3sg', 'zoekt'],
    ['uiten', '3sg', 'uit'],
  ])('%s (%s) → %s', (verb, person, expected) => {
    expect(presentTense(verb, person)).toBe(expected);
  });

  it('normalises case and surrounding space', () => {
    expect(presentTense('  Weigeren ', '3sg')).toBe('weigert');
  });
});

describe('presentTense: irregular verbs', () => {
  const paradigms: Record<string, readonly [string, string, string, string]> = {
    zijn: ['ben', 'bent', 'is', 'zijn'],
    hebben: ['heb', 'hebt', 'heeft', 'hebben'],
    kunnen: ['kan', 'kunt', 'kan', 'kunnen'],
    willen: ['wil', 'wilt', 'wil', 'willen'],
    zullen: ['zal', 'zult', 'zal', 'zullen'],
    mogen: ['mag', 'mag', 'mag', 'mogen'],
    gaan: ['ga', 'gaat', 'gaat', 'gaan'],
    staan: ['sta', 'staat', 'staat', 'staan'],
    doen: ['doe', 'doet', 'doet', 'doen'],
    slaan: ['sla', 'slaat', 'slaat', 'slaan'],
    zien: ['zie', 'ziet', 'ziet', 'zien'],
    komen: ['kom', 'komt', 'komt', 'komen'],
  };
  const rows = Object.entries(paradigms).flatMap(([verb, forms]) =>
    PERSONS.map((person, index): [string, Person, string] => [verb, person, forms[index] ?? '']),
  );

  it.each(rows)('%s (%s) → %s', (verb, person, expected) => {
    expect(presentTense(verb, person)).toBe(expected);
  });

  it.each<[string, Person, string]>([
    ['ontstaan', '3sg', 'ontstaat'],
    ['bestaan', '1sg', 'besta'],
    ['voldoen', '3sg', 'voldoet'],
    ['herzien', '3sg', 'herziet'],
    ['ontkomen', '3sg', 'ontkomt'],
    ['voorkomen', '3sg', 'voorkomt'],
  ])('inseparable compound %s (%s) → %s', (verb, person, expected) => {
    expect(presentTense(verb, person)).toBe(expected);
  });
});

describe('pastTense', () => {
  it.each<[string, string, string]>([
    // 't kofschip on the stem before devoicing: leven → leefde, reizen → reisde.
    ['werken', 'werkte', 'werkten'],
    ['wonen', 'woonde', 'woonden'],
    ['maken', 'maakte', 'maakten'],
    ['leven', 'leefde', 'leefden'],
    ['reizen', 'reisde', 'reisden'],
    ['verhuizen', 'verhuisde', 'verhuisden'],
    ['durven', 'durfde', 'durfden'],
    ['zetten', 'zette', 'zetten'],
    ['praten', 'praatte', 'praatten'],
    ['branden', 'brandde', 'brandden'],
    ['antwoorden', 'antwoordde', 'antwoordden'],
    ['fietsen', 'fietste', 'fietsten'],
    ['stoppen', 'stopte', 'stopten'],
    ['straffen', 'strafte', 'straften'],
    ['douchen', 'douchte', 'douchten'],
    ['bellen', 'belde', 'belden'],
    ['weigeren', 'weigerde', 'weigerden'],
    ['veranderen', 'veranderde', 'veranderden'],
    ['reageren', 'reageerde', 'reageerden'],
    ['beweren', 'beweerde', 'beweerden'],
    ['ontkennen', 'ontkende', 'ontkenden'],
    ['ontmoeten', 'ontmoette', 'ontmoetten'],
    ['vertellen', 'vertelde', 'vertelden'],
    ['beloven', 'beloofde', 'beloofden'],
    ['vertrouwen', 'vertrouwde', 'vertrouwden'],
    ['skiën', 'skiede', 'skieden'],
    ['creëren', 'creëerde', 'creëerden'],
    ['kopiëren', 'kopieerde', 'kopieerden'],
    ['uiten', 'uitte', 'uitten'],
  ])('weak %s → %s / %s', (verb, singular, plural) => {
    expect(pastTense(verb, false)).toBe(singular);
    expect(pastTense(verb, true)).toBe(plural);
  });

  it.each<[string, string, string]>([
    ['komen', 'kwam', 'kwamen'],
    ['geven', 'gaf', 'gaven'],
    ['nemen', 'nam', 'namen'],
    ['gaan', 'ging', 'gingen'],
    ['staan', 'stond', 'stonden'],
    ['doen', 'deed', 'deden'],
    ['zien', 'zag', 'zagen'],
    ['zijn', 'was', 'waren'],
    ['hebben', 'had', 'hadden'],
    ['weten', 'wist', 'wisten'],
    ['brengen', 'bracht', 'brachten'],
    ['denken', 'dacht', 'dachten'],
    ['kopen', 'kocht', 'kochten'],
    ['zoeken', 'zocht', 'zochten'],
    ['krijgen', 'kreeg', 'kregen'],
    ['blijven', 'bleef', 'bleven'],
    ['laten', 'liet', 'lieten'],
    ['houden', 'hield', 'hielden'],
    ['zeggen', 'zei', 'zeiden'],
    ['vragen', 'vroeg', 'vroegen'],
    ['lachen', 'lachte', 'lachten'],
    // Compounds of table verbs.
    ['besluiten', 'besloot', 'besloten'],
    ['begrijpen', 'begreep', 'begrepen'],
    ['verkopen', 'verkocht', 'verkochten'],
    ['bezoeken', 'bezocht', 'bezochten'],
    ['ontstaan', 'ontstond', 'ontstonden'],
    ['vergeten', 'vergat', 'vergaten'],
    ['ondernemen', 'ondernam', 'ondernamen'],
    ['ervaren', 'ervoer', 'ervoeren'],
    ['overlijden', 'overleed', 'overleden'],
    ['nakomen', 'nakwam', 'nakwamen'],
    ['afspreken', 'afsprak', 'afspraken'],
  ])('strong %s → %s / %s', (verb, singular, plural) => {
    expect(pastTense(verb, false)).toBe(singular);
    expect(pastTense(verb, true)).toBe(plural);
  });
});

describe('pastParticiple', () => {
  it.each<[string, string]>([
    ['werken', 'gewerkt'],
    ['wonen', 'gewoond'],
    ['maken', 'gemaakt'],
    ['leven', 'geleefd'],
    ['reizen', 'gereisd'],
    ['zetten', 'gezet'],
    ['praten', 'gepraat'],
    ['branden', 'gebrand'],
    ['skiën', 'geskied'],
    ['creëren', 'gecreëerd'],
    ['kopiëren', 'gekopieerd'],
    // A trema keeps ge- apart from a following e, i or u, but not from ui or ij.
    ['eren', 'geëerd'],
    ['informeren', 'geïnformeerd'],
    ['evalueren', 'geëvalueerd'],
    ['innen', 'geïnd'],
    ['uiten', 'geuit'],
  ])('weak %s → %s', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });

  it.each<[string, string]>([
    ['beloven', 'beloofd'],
    ['vertrouwen', 'vertrouwd'],
    ['vertellen', 'verteld'],
    ['herhalen', 'herhaald'],
    ['ontkennen', 'ontkend'],
    ['erkennen', 'erkend'],
    ['beëindigen', 'beëindigd'],
    ['misbruiken', 'misbruikt'],
    ['gebeuren', 'gebeurd'],
    ['geloven', 'geloofd'],
    ['gebruiken', 'gebruikt'],
    ['ondersteunen', 'ondersteund'],
    ['overleggen', 'overlegd'],
    ['ontmoeten', 'ontmoet'],
    ['aanvaarden', 'aanvaard'],
    ['bespreken', 'besproken'],
    ['besluiten', 'besloten'],
    ['begrijpen', 'begrepen'],
    ['ontvangen', 'ontvangen'],
    ['ondernemen', 'ondernomen'],
    ['voorkomen', 'voorkomen'],
    ['omschrijven', 'omschreven'],
    ['overlijden', 'overleden'],
    ['ontstaan', 'ontstaan'],
    ['verkopen', 'verkocht'],
    ['bezoeken', 'bezocht'],
  ])('inseparable %s → %s (no ge-)', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });

  it.each<[string, string]>([
    ['afspreken', 'afgesproken'],
    ['nakomen', 'nagekomen'],
    ['opdragen', 'opgedragen'],
    ['opvoeden', 'opgevoed'],
    ['opstaan', 'opgestaan'],
    ['toegeven', 'toegegeven'],
    ['aanbieden', 'aangeboden'],
    ['doorbrengen', 'doorgebracht'],
    ['teleurstellen', 'teleurgesteld'],
    ['plaatsvinden', 'plaatsgevonden'],
    ['deelnemen', 'deelgenomen'],
    ['uitnodigen', 'uitgenodigd'],
    ['uitoefenen', 'uitgeoefend'],
    ['inenten', 'ingeënt'],
    ['misgaan', 'misgegaan'],
    ['goedkeuren', 'goedgekeurd'],
    // A separable particle in front of an inseparable verb: still no ge-.
    ['voorbereiden', 'voorbereid'],
    ['terugbetalen', 'terugbetaald'],
    ['toevertrouwen', 'toevertrouwd'],
  ])('separable %s → %s (ge- after the particle)', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });

  it.each<[string, string]>([
    ['komen', 'gekomen'],
    ['zijn', 'geweest'],
    ['hebben', 'gehad'],
    ['kunnen', 'gekund'],
    ['willen', 'gewild'],
    ['mogen', 'gemogen'],
    ['moeten', 'gemoeten'],
    ['hoeven', 'gehoeven'],
    ['brengen', 'gebracht'],
    ['denken', 'gedacht'],
    ['kopen', 'gekocht'],
    ['zoeken', 'gezocht'],
    ['zeggen', 'gezegd'],
    ['vragen', 'gevraagd'],
    ['gaan', 'gegaan'],
    ['doen', 'gedaan'],
    // ge- belongs to the verb here, so the participle still adds one.
    ['geven', 'gegeven'],
    ['gelden', 'gegolden'],
  ])('irregular %s → %s', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });

  it('refuses zullen, which has no participle', () => {
    expect(() => pastParticiple('zullen')).toThrow(RangeError);
  });
});

describe('everyForm (word lists written as infinitives)', () => {
  it.each([
    ['gunnen', ['gunnen', 'gun', 'gunt', 'gunde', 'gunden', 'gegund']],
    ['loslaten', ['loslaten', 'loslaat', 'losliet', 'loslieten', 'losgelaten']],
    ['haten', ['haten', 'haat', 'haatte', 'haatten', 'gehaat']],
    ['zullen', ['zullen', 'zal', 'zou', 'zouden']],
  ])('%s', (infinitive, forms) => {
    expect(everyForm(infinitive)).toEqual(forms);
  });
});

describe('separablePrefix', () => {
  it.each<[string, string, string]>([
    ['nakomen', 'na', 'komen'],
    ['afspreken', 'af', 'spreken'],
    ['opvoeden', 'op', 'voeden'],
    ['opdragen', 'op', 'dragen'],
    ['doorbrengen', 'door', 'brengen'],
    ['aanbieden', 'aan', 'bieden'],
    ['bijhouden', 'bij', 'houden'],
    ['inzien', 'in', 'zien'],
    ['inleveren', 'in', 'leveren'],
    ['meedoen', 'mee', 'doen'],
    ['overnemen', 'over', 'nemen'],
    ['overkomen', 'over', 'komen'],
    ['toegeven', 'toe', 'geven'],
    ['uitleggen', 'uit', 'leggen'],
    ['terugkomen', 'terug', 'komen'],
    ['terugbetalen', 'terug', 'betalen'],
    ['samenwerken', 'samen', 'werken'],
    ['weggaan', 'weg', 'gaan'],
    ['voorstellen', 'voor', 'stellen'],
    ['vasthouden', 'vast', 'houden'],
    ['loslaten', 'los', 'laten'],
    ['thuisblijven', 'thuis', 'blijven'],
    ['tegenwerken', 'tegen', 'werken'],
    ['achterlaten', 'achter', 'laten'],
    ['omgaan', 'om', 'gaan'],
    ['onderbrengen', 'onder', 'brengen'],
    ['binnenkomen', 'binnen', 'komen'],
    ['buitensluiten', 'buiten', 'sluiten'],
    ['langskomen', 'langs', 'komen'],
    ['neerleggen', 'neer', 'leggen'],
    ['openstellen', 'open', 'stellen'],
    ['dichtdoen', 'dicht', 'doen'],
    ['overeenkomen', 'overeen', 'komen'],
    ['voorafgaan', 'vooraf', 'gaan'],
    ['teleurstellen', 'teleur', 'stellen'],
    ['plaatsvinden', 'plaats', 'vinden'],
    ['deelnemen', 'deel', 'nemen'],
    ['misgaan', 'mis', 'gaan'],
    ['mee-eten', 'mee', 'eten'],
  ])('%s → %s + %s', (verb, prefix, base) => {
    expect(separablePrefix(verb)).toEqual({ prefix, base });
  });

  it.each([
    // Inseparable prefixes.
    'vertellen', 'herhalen', 'ontvangen', 'begrijpen', 'beloven', 'erkennen', 'misbruiken', 'gebeuren',
    // Normally separable particles used inseparably.
    'ondersteunen', 'overleggen', 'ondernemen', 'onderzoeken', 'overtuigen', 'voorkomen', 'omschrijven',
    'doorlopen', 'achtervolgen', 'aanvaarden', 'voldoen', 'weerhouden',
    // Simplex verbs that only look prefixed.
    'openen', 'naderen', 'naaien', 'informeren', 'installeren', 'opereren', 'opperen', 'bijten',
    'uiten', 'innen', 'wegen', 'vasten', 'dichten', 'volgen', 'waarschuwen', 'werken',
  ])('%s has no separable particle', (verb) => {
    expect(separablePrefix(verb)).toBeNull();
  });
});

describe('finiteParts (main clause)', () => {
  it.each<[string, Person, { finite: string; particle?: string }]>([
    ['nakomen', '3sg', { finite: 'komt', particle: 'na' }],
    ['afspreken', 'pl', { finite: 'spreken', particle: 'af' }],
    ['opvoeden', '3sg', { finite: 'voedt', particle: 'op' }],
    ['opstaan', '3sg', { finite: 'staat', particle: 'op' }],
    ['meedoen', '2sg', { finite: 'doet', particle: 'mee' }],
    ['teleurstellen', '1sg', { finite: 'stel', particle: 'teleur' }],
    ['ondersteunen', '3sg', { finite: 'ondersteunt' }],
    ['voorkomen', '3sg', { finite: 'voorkomt' }],
    ['weigeren', '3sg', { finite: 'weigert' }],
  ])('%s (%s)', (verb, person, expected) => {
    expect(finiteParts(verb, person)).toEqual(expected);
  });

  it('splits the past tense the same way', () => {
    expect(finiteParts('nakomen', '3sg', 'past')).toEqual({ finite: 'kwam', particle: 'na' });
    expect(finiteParts('afspreken', 'pl', 'past')).toEqual({ finite: 'spraken', particle: 'af' });
  });
});

describe('subordinateVerbCluster', () => {
  it.each<[string, Person, string]>([
    ['nakomen', '3sg', 'nakomt'],
    ['opvoeden', '3sg', 'opvoedt'],
    ['ondersteunen', '3sg', 'ondersteunt'],
    ['afspreken', '1sg', 'afspreek'],
    ['opstaan', '3sg', 'opstaat'],
    ['teleurstellen', '3sg', 'teleurstelt'],
    ['overleggen', 'pl', 'overleggen'],
    ['voorkomen', '3sg', 'voorkomt'],
    ['mee-eten', '3sg', 'mee-eet'],
  ])('%s (%s) → %s', (verb, person, expected) => {
    expect(subordinateVerbCluster(verb, person)).toBe(expected);
  });

  it('keeps the particle attached in the past tense', () => {
    expect(subordinateVerbCluster('nakomen', '3sg', 'past')).toBe('nakwam');
  });

  it('builds the collaborative rewrites from the brief', () => {
    const agreed = `Moeder en ik ${presentTense('hebben', 'pl')} ${pastParticiple('afspreken')}`;
    expect(`${agreed} dat zij de afspraken ${subordinateVerbCluster('nakomen', '3sg')}.`).toBe(
      'Moeder en ik hebben afgesproken dat zij de afspraken nakomt.',
    );
    expect(`Vader ${conjugateModal('willen', '3sg', 'present')} nu geen hulp.`).toBe('Vader wil nu geen hulp.');
  });
});

describe('conjugateModal', () => {
  const forms: Record<Modal, { present: readonly string[]; past: readonly string[] }> = {
    moeten: { present: ['moet', 'moet', 'moet', 'moeten'], past: ['moest', 'moest', 'moest', 'moesten'] },
    willen: { present: ['wil', 'wilt', 'wil', 'willen'], past: ['wilde', 'wilde', 'wilde', 'wilden'] },
    kunnen: { present: ['kan', 'kunt', 'kan', 'kunnen'], past: ['kon', 'kon', 'kon', 'konden'] },
    mogen: { present: ['mag', 'mag', 'mag', 'mogen'], past: ['mocht', 'mocht', 'mocht', 'mochten'] },
    zullen: { present: ['zal', 'zult', 'zal', 'zullen'], past: ['zou', 'zou', 'zou', 'zouden'] },
    hoeven: { present: ['hoef', 'hoeft', 'hoeft', 'hoeven'], past: ['hoefde', 'hoefde', 'hoefde', 'hoefden'] },
  };
  const rows = Object.entries(forms).flatMap(([modal, byTense]) =>
    (['present', 'past'] as const).flatMap((tense) =>
      PERSONS.map((person, index): [Modal, Person, 'present' | 'past', string] => [
        modal as Modal,
        person,
        tense,
        byTense[tense][index] ?? '',
      ]),
    ),
  );

  it.each(rows)('%s %s %s → %s', (modal, person, tense, expected) => {
    expect(conjugateModal(modal, person, tense)).toBe(expected);
  });
});

describe('infinitiveOf', () => {
  it.each<[string, string]>([
    ['komt', 'komen'],
    ['weigert', 'weigeren'],
    ['weigerde', 'weigeren'],
    ['weigerden', 'weigeren'],
    ['heeft', 'hebben'],
    ['moest', 'moeten'],
    ['beweerde', 'beweren'],
    ['ontkende', 'ontkennen'],
    ['opgedragen', 'opdragen'],
    ['besloten', 'besluiten'],
    ['nagekomen', 'nakomen'],
    ['afgesproken', 'afspreken'],
    ['nakomt', 'nakomen'],
    ['opvoedt', 'opvoeden'],
    ['opgevoed', 'opvoeden'],
    ['is', 'zijn'],
    ['was', 'zijn'],
    ['kon', 'kunnen'],
    ['wou', 'willen'],
    ['gewerkt', 'werken'],
    ['beloofd', 'beloven'],
    ['reisde', 'reizen'],
    ['leefde', 'leven'],
    ['zette', 'zetten'],
    ['zet', 'zetten'],
    ['praat', 'praten'],
    ['wacht', 'wachten'],
    ['ondersteund', 'ondersteunen'],
    ['geïnformeerd', 'informeren'],
    ['gebeurd', 'gebeuren'],
    ['geloofd', 'geloven'],
    ['skiet', 'skiën'],
    ['kopieert', 'kopiëren'],
    ['creëert', 'creëren'],
    ['geëerd', 'eren'],
    ['ontstond', 'ontstaan'],
    ['overleden', 'overlijden'],
    ['voorbereid', 'voorbereiden'],
    ['teleurgesteld', 'teleurstellen'],
    ['uitvoert', 'uitvoeren'],
    ['werk', 'werken'],
    ['Weigert', 'weigeren'],
  ])('%s → %s first', (form, infinitive) => {
    expect(infinitiveOf(form)[0]).toBe(infinitive);
  });

  it('puts strong readings first but keeps weak homographs', () => {
    expect(infinitiveOf('roken')).toEqual(['ruiken', 'roken']);
    expect(infinitiveOf('voer')).toEqual(['varen', 'voeren']);
    expect(infinitiveOf('was')).toEqual(['zijn', 'wassen']);
  });

  it('offers every table verb sharing a form', () => {
    expect(infinitiveOf('weet')).toEqual(['weten', 'wijten']);
  });

  it('returns nothing for an empty string', () => {
    expect(infinitiveOf('  ')).toEqual([]);
  });
});

describe('round trips through infinitiveOf', () => {
  const verbs = [
    'werken', 'wonen', 'maken', 'lopen', 'halen', 'zitten', 'bellen', 'leven', 'reizen', 'geven',
    'lezen', 'zetten', 'praten', 'weigeren', 'veranderen', 'openen', 'tekenen', 'wandelen',
    'reageren', 'accepteren', 'signaleren', 'informeren', 'leren', 'beweren', 'herinneren',
    'verbeteren', 'leveren', 'skiën', 'creëren', 'kopiëren', 'beëindigen', 'vertellen', 'beloven',
    'vertrouwen', 'ontkennen', 'ondernemen', 'ondersteunen', 'overleggen', 'voorkomen', 'nakomen',
    'afspreken', 'opvoeden', 'opdragen', 'opstaan', 'besluiten', 'begrijpen', 'bespreken',
    'ontvangen', 'verkopen', 'bezoeken', 'komen', 'gaan', 'staan', 'doen', 'zien', 'slaan', 'zijn',
    'hebben', 'kunnen', 'willen', 'mogen', 'moeten', 'hoeven', 'weten', 'zeggen', 'vragen',
    'brengen', 'denken', 'kopen', 'zoeken', 'krijgen', 'blijven', 'laten', 'houden', 'nemen',
    'teleurstellen', 'plaatsvinden', 'deelnemen', 'voorbereiden', 'uitnodigen', 'gebeuren',
    'geloven', 'gebruiken', 'misbruiken', 'antwoorden', 'verhuizen', 'durven', 'ontmoeten',
    'overlijden', 'ervaren', 'beseffen', 'bedanken', 'betalen', 'herhalen', 'erkennen', 'evalueren',
    'stoppen', 'luisteren', 'verwijderen', 'regelen', 'uiten', 'eren', 'groeien', 'wachten',
  ];

  it.each(verbs)('%s from its 3sg present', (verb) => {
    expect(infinitiveOf(presentTense(verb, '3sg'))).toContain(verb);
  });

  it.each(verbs)('%s from its past singular', (verb) => {
    expect(infinitiveOf(pastTense(verb, false))).toContain(verb);
  });

  it.each(verbs)('%s from its past participle', (verb) => {
    expect(infinitiveOf(pastParticiple(verb))).toContain(verb);
  });
});

describe('irregular verb table', () => {
  const entries = [...IRREGULAR_VERBS.values()];

  it('holds at least 120 verbs, including every modal and the brief’s core verbs', () => {
    expect(entries.length).toBeGreaterThanOrEqual(120);
    for (const verb of [
      'moeten', 'mogen', 'kunnen', 'willen', 'zullen', 'hoeven', 'zijn', 'hebben', 'gaan', 'staan',
      'doen', 'slaan', 'zien', 'komen', 'geven', 'nemen', 'houden', 'krijgen', 'blijven', 'laten',
      'weten', 'zeggen', 'vragen', 'brengen', 'denken', 'kopen', 'zoeken',
    ]) {
      expect(IRREGULAR_VERBS.has(verb), verb).toBe(true);
    }
  });

  // Written out from a grammar, not read from the table: a wrong row fails here.
  it.each([
    // infinitive, 3sg present, past singular, past plural, past participle
    ['zijn', 'is', 'was', 'waren', 'geweest'],
    ['hebben', 'heeft', 'had', 'hadden', 'gehad'],
    ['komen', 'komt', 'kwam', 'kwamen', 'gekomen'],
    ['gaan', 'gaat', 'ging', 'gingen', 'gegaan'],
    ['zien', 'ziet', 'zag', 'zagen', 'gezien'],
    ['doen', 'doet', 'deed', 'deden', 'gedaan'],
    ['nemen', 'neemt', 'nam', 'namen', 'genomen'],
    ['geven', 'geeft', 'gaf', 'gaven', 'gegeven'],
    ['blijven', 'blijft', 'bleef', 'bleven', 'gebleven'],
    ['krijgen', 'krijgt', 'kreeg', 'kregen', 'gekregen'],
    ['zeggen', 'zegt', 'zei', 'zeiden', 'gezegd'],
    ['vragen', 'vraagt', 'vroeg', 'vroegen', 'gevraagd'],
    ['brengen', 'brengt', 'bracht', 'brachten', 'gebracht'],
    ['denken', 'denkt', 'dacht', 'dachten', 'gedacht'],
    ['zoeken', 'zoekt', 'zocht', 'zochten', 'gezocht'],
    ['houden', 'houdt', 'hield', 'hielden', 'gehouden'],
    ['laten', 'laat', 'liet', 'lieten', 'gelaten'],
    ['weten', 'weet', 'wist', 'wisten', 'geweten'],
    ['lopen', 'loopt', 'liep', 'liepen', 'gelopen'],
    ['schrijven', 'schrijft', 'schreef', 'schreven', 'geschreven'],
    ['moeten', 'moet', 'moest', 'moesten', 'gemoeten'],
  ])('%s: hij %s, %s / %s, %s', (infinitive, present, pastSingular, pastPlural, participle) => {
    expect(presentTense(infinitive, '3sg')).toBe(present);
    expect(pastTense(infinitive, false)).toBe(pastSingular);
    expect(pastTense(infinitive, true)).toBe(pastPlural);
    expect(pastParticiple(infinitive)).toBe(participle);
  });

  it('gives zullen no participle', () => {
    expect(IRREGULAR_VERBS.get('zullen')?.pastParticiple).toBeNull();
  });

  it.each(entries.map((entry) => [entry.infinitive, entry] as const))(
    '%s lemmatises back from every form in its row',
    (infinitive, entry) => {
      expect(infinitiveOf(entry.pastSingular)).toContain(infinitive);
      expect(infinitiveOf(entry.pastPlural)).toContain(infinitive);
      expect(infinitiveOf(presentTense(infinitive, '3sg'))).toContain(infinitive);
      if (entry.pastParticiple !== null) expect(infinitiveOf(entry.pastParticiple)).toContain(infinitive);
    },
  );
});
