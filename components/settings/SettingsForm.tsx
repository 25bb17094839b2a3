// The settings page's body: what to show, how much, in which language, on which sites, what
// is ignored, and custom rule packs. Settings fixed by the organisation are shown, disabled.
import type { ComponentChildren } from 'preact';
import type { Category, FindingType, LangOption } from '../../lib/analysis/types';
import type { PackStatus } from '../../lib/analysis/custom-packs';
import type { RuleSummary } from '../../lib/settings/rule-catalog';
import type { IgnoredPhrase, Sensitivity, Settings } from '../../lib/settings/settings';
import { POLICY_LIMITS } from '../../lib/settings/policy';
import type { RefusedSite } from '../../lib/sites/policy-sites';
import type { Site } from '../../lib/sites/sites';
import { CATEGORY_NAME, TYPE_NAME } from '../rule-names';
import { useT, type MessageKey } from '../i18n';

export interface PackSummary {
  id: string;
  lang: string;
  category: string;
  rules: number;
  /** Why the pack is not used (invalid, or past the pattern budget). */
  problem?: string;
}

/** What the page shows of a pack's status (lib/analysis/custom-packs.ts). */
export function packSummary({ id, pack, problem }: PackStatus): PackSummary {
  return { id, lang: pack?.lang ?? '?', category: pack?.category ?? '?', rules: pack?.rules.length ?? 0, ...(problem ? { problem } : {}) };
}

function PackLine({ pack }: { pack: PackSummary }) {
  const t = useT();
  return (
    <>
      <code>{pack.id}</code> ({pack.lang}, {pack.category}, {t('settingsPackRules', String(pack.rules))})
      {pack.problem ? <span class="problem"> {t('settingsPackUnused', pack.problem)}</span> : null}
    </>
  );
}

/** A rule as a user knows it: its kind and an example; its id only when the rule is unknown here. */
function RuleName({ ruleId, rules }: { ruleId: string; rules: ReadonlyMap<string, RuleSummary> }) {
  const t = useT();
  const rule = rules.get(ruleId);
  if (!rule) return <code>{ruleId}</code>;
  return (
    <span class="rule" title={ruleId}>
      {t(CATEGORY_NAME[rule.category])} · {t(TYPE_NAME[rule.type])}
      {rule.example ? (
        <>
          {' '}
          <span class="example">
            ({t('settingsExample')} <q lang={rule.lang}>{rule.example}</q>)
          </span>
        </>
      ) : null}
    </span>
  );
}

export interface SettingsFormProps {
  settings: Settings;
  /** The rules by id (built-in and custom), to name them in the ignore list. */
  rules: ReadonlyMap<string, RuleSummary>;
  /** The rules reference inside the extension (rules.html). */
  rulesReferenceUrl: string;
  locked: Partial<Settings>;
  sites: Site[];
  /** Sites in the organisation's policy that are not used, with the reason (shown for IT). */
  refusedSites?: RefusedSite[];
  /** Sites past the policy's limit, not read (POLICY_LIMITS.sites). */
  sitesOverLimit?: number;
  packs: PackSummary[];
  /** Packs set by the organisation's policy: listed with their status, not removable here. */
  policyPacks: PackSummary[];
  importProblem?: string;
  importDone?: string;
  onChange: (settings: Settings) => void;
  onSite: (site: Site, action: 'pause' | 'resume' | 'remove') => void;
  onUnignore: (entry: IgnoredPhrase) => void;
  onEnableRule: (ruleId: string) => void;
  onImport: (file: File) => void;
  onRemovePack: (index: number) => void;
  onExport: () => void;
  /** The keyboard shortcuts section, wired by the page (it needs the browser's commands). */
  shortcuts?: ComponentChildren;
}

// In the order the UI names them (rule-names.ts).
const CATEGORIES = Object.keys(CATEGORY_NAME) as Category[];
const TYPES = Object.keys(TYPE_NAME) as FindingType[];
const SENSITIVITIES: Array<[Sensitivity, MessageKey, MessageKey]> = [
  ['strict', 'sensitivityStrict', 'sensitivityStrictHelp'],
  ['balanced', 'sensitivityBalanced', 'sensitivityBalancedHelp'],
  ['relaxed', 'sensitivityRelaxed', 'sensitivityRelaxedHelp'],
];

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? list.filter((entry) => entry !== item) : [...list, item];
}

export function SettingsForm(props: SettingsFormProps) {
  const t = useT();
  const { settings, locked } = props;
  const set = (change: Partial<Settings>) => props.onChange({ ...settings, ...change });
  const lockedNote = <span class="locked">{t('setByOrganisation')}</span>;
  // Written for whoever sets the policy: what is not used, why, and what to list instead.
  const refusedText = ({ pattern, reason }: RefusedSite) =>
    reason === 'every-site'
      ? t('settingsPolicySiteEverySite', pattern)
      : reason === 'suffix'
        ? t('settingsPolicySiteSuffix', pattern, pattern.replace(/^https?:\/\/\*\.|\/\*$/g, ''))
        : t('settingsPolicySiteInvalid', pattern);
  return (
    <main class="settings">
      <h1>{t('settingsTitle')}</h1>

      <section aria-labelledby="what-title">
        <h2 id="what-title">{t('settingsWhat')}</h2>
        {locked.disabledCategories ? lockedNote : null}
        {CATEGORIES.map((category) => (
          <label key={category} class="check">
            <input
              type="checkbox"
              checked={!settings.disabledCategories.includes(category)}
              disabled={locked.disabledCategories !== undefined}
              onChange={(event) => set({ disabledCategories: toggle(settings.disabledCategories, category, event.currentTarget.checked) })}
            />
            {t(CATEGORY_NAME[category])}
          </label>
        ))}
        <details>
          <summary>{t('settingsTypes')}</summary>
          {TYPES.map((type) => (
            <label key={type} class="check">
              <input
                type="checkbox"
                checked={!settings.disabledTypes.includes(type)}
                onChange={(event) => set({ disabledTypes: toggle(settings.disabledTypes, type, event.currentTarget.checked) })}
              />
              {t(TYPE_NAME[type])}
            </label>
          ))}
        </details>
      </section>

      <section aria-labelledby="sensitivity-title">
        <h2 id="sensitivity-title">{t('settingsSensitivity')}</h2>
        {locked.sensitivity ? lockedNote : null}
        {SENSITIVITIES.map(([value, label, help]) => (
          <label key={value} class="radio">
            <input type="radio" name="sensitivity" value={value} checked={settings.sensitivity === value} disabled={locked.sensitivity !== undefined} onChange={() => set({ sensitivity: value })} />
            <span>
              <strong>{t(label)}</strong> — {t(help)}
            </span>
          </label>
        ))}
      </section>

      <section aria-labelledby="lang-title">
        <h2 id="lang-title">{t('settingsLanguage')}</h2>
        {locked.lang ? lockedNote : null}
        <select value={settings.lang} disabled={locked.lang !== undefined} aria-labelledby="lang-title" onChange={(event) => set({ lang: event.currentTarget.value as LangOption })}>
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('settingsSites')}</h2>
        {props.sites.length === 0 ? <p>{t('settingsNoSites')}</p> : null}
        <ul class="sites">
          {props.sites.map((site) => (
            <li key={site.pattern} data-site={site.pattern}>
              <code>{site.pattern}</code> {site.paused ? t('settingsPaused') : null}
              {site.source === 'organisation' ? (
                lockedNote
              ) : (
                <>
                  <button type="button" onClick={() => props.onSite(site, site.paused ? 'resume' : 'pause')}>
                    {t(site.paused ? 'popupResume' : 'popupPause')}
                  </button>
                  <button type="button" onClick={() => props.onSite(site, 'remove')}>
                    {t('settingsRemove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        {(props.refusedSites ?? []).length > 0 ? (
          <ul class="refused-sites">
            {(props.refusedSites ?? []).map((site) => (
              <li key={site.pattern} data-refused-site={site.pattern} class="problem">
                {refusedText(site)}
              </li>
            ))}
          </ul>
        ) : null}
        {props.sitesOverLimit ? <p class="problem">{t('settingsPolicySitesTooMany', String(props.sitesOverLimit), String(POLICY_LIMITS.sites))}</p> : null}
      </section>

      <section aria-labelledby="ignored-title">
        <h2 id="ignored-title">{t('settingsIgnored')}</h2>
        <p class="help">{t('settingsIgnoredHelp')}</p>
        {settings.ignored.length === 0 && settings.disabledRules.length === 0 ? <p>{t('settingsNothingIgnored')}</p> : null}
        <ul class="ignored">
          {settings.ignored.map((entry) => (
            <li key={`${entry.ruleId}:${entry.phrase}`} data-rule={entry.ruleId}>
              “{entry.phrase}” <RuleName ruleId={entry.ruleId} rules={props.rules} />
              <button type="button" onClick={() => props.onUnignore(entry)}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
          {settings.disabledRules.map((ruleId) => (
            <li key={ruleId} data-rule={ruleId}>
              <RuleName ruleId={ruleId} rules={props.rules} /> {t('settingsRuleOff')}
              <button type="button" onClick={() => props.onEnableRule(ruleId)}>
                {t('settingsRuleOn')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="packs-title">
        <h2 id="packs-title">{t('settingsPacks')}</h2>
        <p class="help">
          {t('settingsPacksHelp')}{' '}
          <a href={props.rulesReferenceUrl} target="_blank" rel="noopener">
            {t('settingsRulesLink')}
          </a>
        </p>
        {props.policyPacks.length > 0 ? (
          <>
            <h3>{t('settingsPolicyPacks')}</h3>
            <ul class="packs policy">
              {props.policyPacks.map((pack, index) => (
                <li key={`${pack.id}-${index}`} data-policy-pack={pack.id}>
                  <PackLine pack={pack} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <ul class="packs">
          {props.packs.map((pack, index) => (
            <li key={`${pack.id}-${index}`} data-pack={pack.id}>
              <PackLine pack={pack} />
              <button type="button" onClick={() => props.onRemovePack(index)}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
        <label class="file">
          {t('settingsImport')}{' '}
          <input type="file" accept="application/json,.json,application/yaml,.yaml,.yml" onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onImport(file);
            event.currentTarget.value = '';
          }} />
        </label>
        {props.importProblem ? (
          <p class="problem" role="alert">
            {props.importProblem}
          </p>
        ) : null}
        {props.importDone ? <p role="status">{props.importDone}</p> : null}
        {props.packs.length > 0 ? (
          <button type="button" onClick={props.onExport}>
            {t('settingsExport')}
          </button>
        ) : null}
      </section>
      {props.shortcuts}
    </main>
  );
}
