// @vitest-environment happy-dom
// The settings page's rule pack section, rendered with real pack statuses: the organisation's
// packs are listed first with whether they are used and why not, and cannot be removed here.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { packSummary, SettingsForm, type SettingsFormProps } from '../../components/settings/SettingsForm';
import { TranslateContext } from '../../components/i18n';
import { packStatuses } from '../../lib/analysis/custom-packs';
import { parsePolicySites } from '../../lib/policy-sites';
import type { MessageKey } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/settings';

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

afterEach(() => {
  document.body.innerHTML = '';
});

/** Renders the form with no-op handlers and the given props over an empty default. */
function renderForm(props: Partial<SettingsFormProps>): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const noop = () => {};
  render(
    <TranslateContext.Provider value={t}>
      <SettingsForm
        settings={DEFAULT_SETTINGS}
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
