// "Ignore everywhere" keeps a rule id and a bounded key, never note text beyond the flagged
// words: checked on the key itself, on what settings accept, and on the migration.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IGNORE_KEY_CHARS, IGNORE_KEY_WORDS, ignoreKey, ignoredEverywhere } from '../../../lib/settings/ignore-key';
import { DEFAULT_SETTINGS, settingsItem, withIgnored } from '../../../lib/settings/settings';

describe('ignoreKey', () => {
  it.each([
    ['weigert', 'weigert'],
    ['Weigert', 'weigert'],
    ['  liet het   afweten, ', 'liet het afweten'],
    ['“ongemotiveerd”', 'ongemotiveerd'],
    ['Zoals veel Marokkaanse vaders', 'zoals veel … vaders'],
    ['gaf Jansen uiteindelijk toe', 'gaf … uiteindelijk toe'],
    ['sinds 12-03 weigert', 'sinds … weigert'],
  ])('%j → %j', (phrase, key) => {
    expect(ignoreKey(phrase)).toBe(key);
  });

  it.each([
    ['a sentence (a custom focus of .+)', 'Jan de Vries van de ING-bank weigert de schuldhulp.'],
    ['more words than a key holds', 'komt zijn afspraken vandaag niet na'],
    ['more characters than a key holds', 'onverantwoordelijkheidsgevoelloosheid-achtig gedragspatroon'],
    ['only names and numbers', '0612345678 Jansen'],
    ['nothing', ' , '],
  ])('has no key for %s', (_what, phrase) => {
    expect(ignoreKey(phrase)).toBeNull();
  });

  it('never gives a key past its bounds', () => {
    for (const phrase of ['a b c d', 'abc '.repeat(20), 'x'.repeat(80), 'één twee drie vier vijf']) {
      const key = ignoreKey(phrase);
      if (key === null) continue;
      expect(key.split(' ').length).toBeLessThanOrEqual(IGNORE_KEY_WORDS);
      expect(key.length).toBeLessThanOrEqual(IGNORE_KEY_CHARS);
    }
  });
});

describe('the ignore list in settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the rule id and the key only', () => {
    const entry = ignoredEverywhere('nl-refusal', 'Weigert');
    expect(entry).toEqual({ ruleId: 'nl-refusal', phrase: 'weigert' });
    expect(withIgnored(DEFAULT_SETTINGS, entry!).ignored).toEqual([entry]);
  });

  it('refuses an entry that is more than a rule id and a key, however it was made', () => {
    expect(ignoredEverywhere('nl-team-x', 'Jan de Vries weigert de schuldhulp.')).toBeNull();
    expect(withIgnored(DEFAULT_SETTINGS, { ruleId: 'nl-team-x', phrase: 'jan de vries weigert de schuldhulp.' }).ignored).toEqual([]);
    expect(withIgnored(DEFAULT_SETTINGS, { ruleId: 'Not a rule id!', phrase: 'weigert' }).ignored).toEqual([]);
  });

  it('migrates an older ignore list to bounded keys, dropping sentences', async () => {
    const old = [
      { ruleId: 'nl-refusal', phrase: 'weigert' },
      { ruleId: 'nl-team-x', phrase: 'jan de vries van de ing-bank weigert de schuldhulp.' },
      { ruleId: 'nl-stereotype', phrase: 'typisch voor hun cultuur!' },
    ];
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ignored: old }, settings$: { v: 2 } });
    await settingsItem().migrate();
    expect((await settingsItem().getValue()).ignored).toEqual([
      { ruleId: 'nl-refusal', phrase: 'weigert' },
      { ruleId: 'nl-stereotype', phrase: 'typisch voor hun cultuur' },
    ]);
  });
});
