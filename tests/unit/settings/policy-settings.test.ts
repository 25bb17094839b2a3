// Organisation policy and settings storage, with WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSettings, NO_POLICY, parsePolicy, readPolicy } from '../../../lib/settings/policy';
import { completeSettings, DEFAULT_SETTINGS, enabledTypes, settingsItem, withIgnored, withoutIgnored } from '../../../lib/settings/settings';

describe('parsePolicy', () => {
  it('reads disabled rules, packs and locked settings, dropping what is malformed', () => {
    const policy = parsePolicy({
      disabledRules: ['nl-absolute', null],
      rulePacks: [{ id: 'x' }],
      lockedSettings: { sensitivity: 'strict', lang: 'fr', disabledCategories: ['interpretation', 'nonsense'] },
    });
    expect(policy).toEqual({
      disabledRules: ['nl-absolute'],
      rulePacks: [{ id: 'x' }],
      locked: { sensitivity: 'strict', disabledCategories: ['interpretation'] },
    });
  });

  it('treats anything else as no policy', () => {
    expect(parsePolicy(null)).toEqual(NO_POLICY);
    expect(parsePolicy('sites')).toEqual(NO_POLICY);
  });

  it('is no policy when managed storage is missing or fails', async () => {
    expect(await readPolicy(undefined)).toEqual(NO_POLICY);
    expect(await readPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual(NO_POLICY);
  });
});

describe('effectiveSettings', () => {
  it('puts locked values and disabled rules of the organisation over the user', () => {
    const user = { ...DEFAULT_SETTINGS, sensitivity: 'relaxed' as const, disabledRules: ['nl-refusal'] };
    const effective = effectiveSettings(user, parsePolicy({ disabledRules: ['nl-absolute'], lockedSettings: { sensitivity: 'strict' } }));
    expect(effective.sensitivity).toBe('strict');
    expect(effective.disabledRules.sort()).toEqual(['nl-absolute', 'nl-refusal']);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 settings (no per-type switches) to version 2', async () => {
    const { disabledTypes: _dropped, ...version1 } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...version1, sensitivity: 'strict' }, settings$: { v: 1 } });
    await settingsItem().migrate();
    expect(await settingsItem().getValue()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict', disabledTypes: [] });
  });

  it('migrates version 3 settings (no own in-note shortcut) to the default Alt+Shift+N', async () => {
    const { nextFindingShortcut: _dropped, ...version3 } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...version3, lang: 'nl' }, settings$: { v: 3 } });
    await settingsItem().migrate();
    expect(await settingsItem().getValue()).toEqual({ ...DEFAULT_SETTINGS, lang: 'nl', nextFindingShortcut: 'Alt+Shift+N' });
  });

  it('keeps only rule ids and phrases in the ignore list', () => {
    const ignored = { ruleId: 'nl-refusal', phrase: 'weigert' };
    const settings = withIgnored(withIgnored(DEFAULT_SETTINGS, ignored), ignored);
    expect(settings.ignored).toEqual([ignored]);
    expect(withoutIgnored(settings, ignored).ignored).toEqual([]);
  });

  it('derives the types to show from sensitivity and switches', () => {
    expect(enabledTypes(DEFAULT_SETTINGS)).not.toContain('interpretation-as-fact');
    expect(enabledTypes({ ...DEFAULT_SETTINGS, sensitivity: 'strict' })).toContain('interpretation-as-fact');
    expect(enabledTypes({ ...DEFAULT_SETTINGS, disabledTypes: ['absolute'] })).not.toContain('absolute');
    expect(completeSettings({ lang: 'en' })).toEqual({ ...DEFAULT_SETTINGS, lang: 'en' });
  });
});
