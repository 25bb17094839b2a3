// The public API with real sentences: each paired with the exact finding it must give,
// and sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Finding } from '../../../lib/analysis';

function brief(text: string, findings: Finding[]) {
  return findings.map((finding) => ({
    phrase: text.slice(finding.start, finding.end),
    category: finding.category,
    type: finding.type,
    ruleId: finding.ruleId,
  }));
}

describe('analyze (nl)', () => {
  it.each([
    ['Moeder moet de afspraken nakomen.', 'moet', 'directive', 'obligation'],
    ['Morgen moet vader naar het consultatiebureau.', 'moet', 'directive', 'obligation'],
    ['Wij hebben besloten dat Sanne bij oma blijft.', 'besloten', 'directive', 'unilateral-decision'],
    ['Ik heb moeder opgedragen de kinderen op tijd op te halen.', 'opgedragen', 'directive', 'instruction'],
    ['Er wordt verwacht dat ouders de hulp accepteren.', 'verwacht', 'directive', 'expectation'],
    ['Vader weigert hulp.', 'weigert', 'judgmental', 'refusal'],
    ['Vader beweert dat het thuis rustig is.', 'beweert', 'judgmental', 'credibility'],
    ['Moeder is ongemotiveerd.', 'ongemotiveerd', 'judgmental', 'label'],
    ['Het betreft een chaotisch gezin.', 'chaotisch gezin', 'judgmental', 'label'],
    ['Moeder komt altijd te laat.', 'altijd', 'judgmental', 'absolute'],
    ['Moeder heeft geen zin in hulp.', 'heeft geen zin', 'interpretation', 'interpretation-as-fact'],
  ])('%s → "%s" (%s/%s)', (text, phrase, category, type) => {
    expect(brief(text, analyze(text, { lang: 'nl' }))).toEqual([expect.objectContaining({ phrase, category, type })]);
  });

  it.each([
    'Ik moet het verslag nog afronden.',
    'De computer weigert op te starten.',
    'Moeder zegt: "Ik moet eerst slapen en vader beweert van alles."',
    'De kinderrechter heeft een ondertoezichtstelling uitgesproken.',
    'Moeder vertelt dat ze altijd probeert rustig te blijven.',
    'Zijn claim bij de verzekering loopt nog.',
    'Moeder en ik hebben samen afgesproken dat zij de school belt.',
    'De bus is altijd te laat.',
  ])('stays quiet on: %s', (text) => {
    expect(analyze(text, { lang: 'nl' })).toEqual([]);
  });

  it('offers grammatical Dutch rewrites with the sentence as their range', () => {
    const text = 'Huisbezoek. Moeder moet de afspraken nakomen.';
    const [finding] = analyze(text);
    expect(finding?.suggestions.map((suggestion) => suggestion.text)).toEqual([
      'Ik vind het belangrijk dat moeder de afspraken nakomt.',
      'Moeder en ik hebben afgesproken dat zij de afspraken nakomt.',
      'Moeder geeft aan dat zij de afspraken wil nakomen.',
    ]);
    expect(finding?.suggestions[0]?.range).toEqual([12, text.length]);
    expect(analyze('Vader weigert hulp.')[0]?.suggestions[0]?.text).toBe('Vader wil nu geen hulp.');
    // The refusal has a wording only once the habit phrase beside it is out, and says so.
    expect(analyze('Gisteren weigerde vader, zoals vaker, de deur open te doen.')[0]?.suggestions).toEqual([
      { text: 'Gisteren wilde vader de deur niet opendoen.', range: [0, 59], label: 'Wat de ouder (nu) niet wil', alsoChanges: ['zoals vaker'] },
    ]);
  });

  it('keeps the case of a replaced word', () => {
    const [finding] = analyze('Altijd komt vader te laat.', { lang: 'nl' });
    expect(finding?.suggestions[0]?.text).toBe('Vaak');
  });
});

describe('analyze (en)', () => {
  it.each([
    ['Mother must attend all appointments.', 'must', 'obligation'],
    ['We have decided that Emma will stay with her grandmother.', 'decided', 'unilateral-decision'],
    ['I told her to attend every appointment.', 'told', 'instruction'],
    ['Father claims things are calm at home.', 'claims', 'credibility'],
    ['Father refuses help.', 'refuses', 'refusal'],
    ['Mother is uncooperative.', 'uncooperative', 'label'],
  ])('%s → "%s" (%s)', (text, phrase, type) => {
    expect(brief(text, analyze(text, { lang: 'en' }))).toEqual([expect.objectContaining({ phrase, type })]);
  });

  it.each(['I need to call the school.', 'The insurance claim was approved.', 'The printer refuses to work.', 'Mother said: "I always try."'])(
    'stays quiet on: %s',
    (text) => {
      expect(analyze(text, { lang: 'en' })).toEqual([]);
    },
  );

  it('rewrites into what was agreed, after an offer that claims no agreement', () => {
    const offered = analyze('Mother must attend all appointments.')[0]?.suggestions.map((suggestion) => suggestion.text);
    expect(offered?.[0]).toBe('Could Mother attend all appointments?');
    expect(offered).toContain('We agreed with Mother that she will attend all appointments.');
  });
});

describe('options', () => {
  it('detects the language per note unless told', () => {
    expect(analyze('Mother must attend all appointments.')[0]?.lang).toBe('en');
    expect(analyze('Moeder moet de afspraken nakomen.')[0]?.lang).toBe('nl');
    expect(analyze('Mother must attend all appointments.', { lang: 'nl' })).toEqual([]);
  });

  it('leaves out disabled rules and categories', () => {
    const text = 'Moeder moet de afspraken nakomen. Vader weigert hulp.';
    expect(analyze(text, { disabledRules: ['nl-refusal'] }).map((finding) => finding.ruleId)).toEqual(['nl-obligation-parent']);
    expect(analyze(text, { disabledCategories: ['directive'] }).map((finding) => finding.ruleId)).toEqual(['nl-refusal']);
  });

  it('is deterministic', () => {
    const text = 'Vader weigert hulp. Moeder is ongemotiveerd en komt altijd te laat.';
    expect(analyze(text)).toEqual(analyze(text));
  });
});

describe('createAnalyzer', () => {
  it('analyses only changed sentences and gives the same findings as a fresh run', () => {
    const analyzer = createAnalyzer();
    const first = 'Vader weigert hulp. Moeder moet de afspraken nakomen. Sanne slaapt slecht.';
    analyzer.update(first);
    expect(analyzer.lastUpdate).toEqual({ sentences: 3, analysed: 3, deferred: 0, failed: 0 });

    const edited = 'Vader weigert hulp. Moeder moet de afspraken met school nakomen. Sanne slaapt slecht.';
    const findings = analyzer.update(edited);
    expect(analyzer.lastUpdate).toEqual({ sentences: 3, analysed: 1, deferred: 0, failed: 0 });
    expect(findings).toEqual(analyze(edited));

    // Text typed before the sentences shifts every offset; the cache still holds.
    const shifted = `Huisbezoek op dinsdag.\n${edited}`;
    expect(analyzer.update(shifted)).toEqual(analyze(shifted));
    expect(analyzer.lastUpdate).toEqual({ sentences: 4, analysed: 1, deferred: 0, failed: 0 });
  });

  it('maps every finding to the exact characters, also after emoji and combining marks', () => {
    const text = 'Ge\u0301sprek 👨‍👩‍👧 thuis. Vader weigert hulp 🙁. Moeder is ongemotiveerd.';
    for (const finding of analyze(text)) {
      expect(['weigert', 'ongemotiveerd']).toContain(text.slice(finding.start, finding.end));
    }
    expect(analyze(text)).toHaveLength(2);
  });
});
