// @vitest-environment happy-dom
// The settings page's rule pack section, rendered with real pack statuses: the organisation's
// packs are listed first with whether they are used and why not, and cannot be removed here;
// the ignore list names rules as a user knows them; the rules reference lists every rule.
import { render } from 'preact';
import type { MessageKey } from '../../../components/i18n';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { packSummary, SettingsForm, type SettingsFormProps } from '../../../components/settings/SettingsForm';
import { TranslateContext } from '../../../components/i18n';
import { packStatuses } from '../../../lib/analysis/custom-packs';
import { parsePolicySites } from '../../../lib/sites/policy-sites';
import { RulesReference } from '../../../components/rules/RulesReference';
import { BUILT_IN_PACKS, ruleCatalog } from '../../../lib/settings/rule-catalog';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const t = (key: MessageKey, ...values: string[]) => values.reduce((text, value) => text.replace(/\$[A-Z]+\$/, value), english[key].message);

const pack = (id: string, lang = 'nl') => ({
  id,
  lang,
  category: 'judgmental',
  rules: [
    {
      id: `nl-${id}-1`,
      type: 'label',
      hook: ['tokkies'],
      match: ['[<focus>tokkies]'],
      message: 'Een etiket voor een gezin.',
      explanation: 'Beschrijf wat je zag.',
      suggestions: [],
      examples: { fire: ['Het zijn echte tokkies.'], quiet: [] },
    },
  ],
});

/** The form with nothing to do on its events, and `props` over empty defaults. */
function renderForm(props: Partial<SettingsFormProps>): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const noop = () => {};
  render(
    <TranslateContext.Provider value={t}>
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        rules={new Map()}
        rulesReferenceUrl="rules.html"
        locked={{}}
        sites={[]}
        packs={[]}
        policyPacks={[]}
        onChange={noop}
        onSite={noop}
        onUnignore={noop}
        onEnableRule={noop}
        onImport={noop}
        onRemovePack={noop}
        onExport={noop}
        {...props}
      />
    </TranslateContext.Provider>,
    host,
  );
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});


describe('SettingsForm rule packs', () => {
  it('lists the organisation’s packs with their status, without a remove button', () => {
    const policy = [pack('organisatie'), pack('organisatie-kapot', 'fr')];
    const custom = [pack('team-noord')];
    const summaries = packStatuses([...policy, ...custom]).map(packSummary);
    const host = renderForm({ packs: summaries.slice(2), policyPacks: summaries.slice(0, 2) });
    const policyItems = [...host.querySelectorAll('li[data-policy-pack]')];
    expect(policyItems.map((item) => item.getAttribute('data-policy-pack'))).toEqual(['organisatie', 'organisatie-kapot']);
    expect(policyItems[0]?.textContent).not.toContain('Not used');
    expect(policyItems[1]?.textContent).toMatch(/Not used: pack 2.*field "lang": must be one of nl, en/);
    expect(policyItems.every((item) => item.querySelector('button') === null)).toBe(true);
    expect(host.querySelector('li[data-pack="team-noord"] button')?.textContent).toBe(english.settingsRemove.message);
  });
});

describe('SettingsForm ignore list', () => {
  it('names each rule by its kind and an example, and shows an unknown rule by its id', () => {
    const settings = { ...DEFAULT_SETTINGS, ignored: [{ ruleId: 'nl-refusal', phrase: 'weigert' }], disabledRules: ['en-absolute', 'nl-gone-rule'] };
    const host = renderForm({ settings, rules: ruleCatalog(BUILT_IN_PACKS) });
    const [ignored, ruleOff, unknown] = [...host.querySelectorAll('ul.ignored li')].map((item) => item.textContent ?? '');
    expect(ignored).toContain('“weigert” Judgmental · Refusal');
    expect(ignored).not.toContain('nl-refusal');
    expect(host.querySelector('ul.ignored li q')?.getAttribute('lang')).toBe('nl');
    expect(ruleOff).toContain('Judgmental · Always / never');
    expect(unknown).toContain('nl-gone-rule');
  });
});

describe('RulesReference', () => {
  it('lists every built-in rule with its example, in its language', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <TranslateContext.Provider value={t}>
        <RulesReference packs={BUILT_IN_PACKS} />
      </TranslateContext.Provider>,
      host,
    );
    const ids = BUILT_IN_PACKS.flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect([...host.querySelectorAll('tbody tr')].map((row) => row.id)).toEqual(ids.filter((id) => id.startsWith('nl-')).concat(ids.filter((id) => id.startsWith('en-'))));
    expect(host.querySelector('tr#nl-refusal td[lang="nl"]')?.textContent).toBeTruthy();
  });
});

describe('SettingsForm sites from the policy that are not used', () => {
  it('tells IT which entries are not used, why, and what to list instead', () => {
    const host = renderForm({
      refusedSites: parsePolicySites({ sites: ['https://*/*', 'https://*.co.uk/*', 'HTTP://[:::]/*', 'https://zorg.example.nl/*'] }).refused,
    });
    const items = [...host.querySelectorAll('li[data-refused-site]')].map((item) => item.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/lists https:\/\/\*\/\*\. That would switch Samenspraak on for every website.*https:\/\/zorg\.example\.nl\/\*/);
    expect(items[1]).toMatch(/lists https:\/\/\*\.co\.uk\/\*\. That covers every website ending in \.co\.uk.*own domain/);
    expect(items[2]).toMatch(/HTTP:\/\/\[:::\]\/\*, which the browser does not accept/);
  });

  it('says how many sites past the limit are not used', () => {
    const host = renderForm({ sitesOverLimit: 19_500 });
    expect(host.textContent).toMatch(/lists 19500 sites more than the 500 Samenspraak reads/);
  });
});
