// Settings page wiring: reads and writes the settings, sites and custom rule packs in
// storage, shows what the organisation fixed, and validates imported rule packs before
// they replace anything.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packSummary, SettingsForm } from '../../components/settings/SettingsForm';
import { ShortcutSettings } from '../../components/settings/ShortcutSettings';
import { idClash, overBudget, packStatuses } from '../../lib/analysis/custom-packs';
import { PACK_FILE_BYTES, parseRulePackFile } from '../../lib/analysis/rule-pack-file';
import { t } from '../../lib/ui/i18n';
import type { SiteRequest } from '../../lib/messaging/messages';
import { mountPage } from '../../lib/ui/mount-page';
import { managedArea, NO_POLICY, parsePolicy, readManaged, type Policy } from '../../lib/settings/policy';
import { parsePolicySites, type RefusedSite } from '../../lib/sites/policy-sites';
import { customPacksItem } from '../../lib/settings/rule-pack-store';
import { BUILT_IN_PACKS, ruleCatalog } from '../../lib/settings/rule-catalog';
import { sendSiteRequest, switchOnWithPermission } from '../../lib/messaging/tab-state';
import { completeSettings, settingsItem, withoutIgnored, type Settings } from '../../lib/settings/settings';
import { BROWSER_SHORTCUTS_PAGE, PANEL_COMMAND } from '../../lib/settings/shortcuts';
import { sitesItem, type Site } from '../../lib/sites/sites';
import { useShortcuts } from '../../lib/ui/use-shortcuts';
import '../../components/styles/base.css';
import './style.css';


function SettingsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const [refusedSites, setRefusedSites] = useState<RefusedSite[]>([]);
  const [sitesOverLimit, setSitesOverLimit] = useState(0);
  const [sites, setSites] = useState<Site[]>([]);
  const [packs, setPacks] = useState<unknown[]>([]);
  const [importProblem, setImportProblem] = useState<string | undefined>();
  const [importDone, setImportDone] = useState<string | undefined>();
  const [shortcuts, reloadShortcuts] = useShortcuts();

  useEffect(() => {
    // Each item is read again only when it changes: packs in particular are validated on
    // every read, which a click on a setting should not cost.
    const loadSettings = async () => setSettings(completeSettings(await settingsItem().getValue()));
    const loadSites = async () => setSites(await sitesItem.getValue());
    const loadPacks = async () => setPacks(await customPacksItem().getValue());
    void readManaged(managedArea(browser.storage)).then((raw) => {
      setPolicy(parsePolicy(raw));
      const policySites = parsePolicySites(raw);
      setRefusedSites(policySites.refused);
      setSitesOverLimit(policySites.overLimit);
    });
    void loadSettings();
    void loadSites();
    void loadPacks();
    const stops = [settingsItem().watch(() => void loadSettings()), sitesItem.watch(() => void loadSites()), customPacksItem().watch(() => void loadPacks())];
    return () => stops.forEach((stop) => stop());
  }, []);
  // The organisation's packs come first, as in the analysis: they are used before the user's.
  const checked = useMemo(() => packStatuses([...policy.rulePacks, ...packs]), [policy, packs]);
  const statuses = useMemo(() => checked.map(packSummary), [checked]);
  // Built-in rules first: a custom rule cannot rename one of them in the ignore list.
  const rules = useMemo(() => ruleCatalog([...BUILT_IN_PACKS, ...checked.flatMap((status) => (status.pack ? [status.pack] : []))]), [checked]);

  if (!settings) return null;
  const siteRequest = (request: SiteRequest) => void sendSiteRequest(request);
  return (
    <SettingsForm
      settings={{ ...settings, ...policy.locked }}
      rules={rules}
      rulesReferenceUrl={browser.runtime.getURL('/rules.html')}
      locked={policy.locked}
      sites={sites}
      refusedSites={refusedSites}
      sitesOverLimit={sitesOverLimit}
      packs={statuses.slice(policy.rulePacks.length)}
      policyPacks={statuses.slice(0, policy.rulePacks.length)}
      {...(importProblem ? { importProblem } : {})}
      {...(importDone ? { importDone } : {})}
      onChange={(next) => void settingsItem().setValue(next)}
      onSite={(site, action) => {
        if (action === 'remove') siteRequest({ type: 'site/remove', pattern: site.pattern });
        else if (action === 'pause') siteRequest({ type: 'site/pause', pattern: site.pattern });
        else {
          // Resuming may need the site's permission again; the request must come from this click.
          void switchOnWithPermission(site.pattern);
        }
      }}
      onUnignore={(entry) => void settingsItem().setValue(withoutIgnored(settings, entry))}
      onEnableRule={(ruleId) => void settingsItem().setValue({ ...settings, disabledRules: settings.disabledRules.filter((id) => id !== ruleId) })}
      onImport={(file) => {
        setImportProblem(undefined);
        setImportDone(undefined);
        // One byte past the limit is enough for parseRulePackFile to refuse a file that is too big.
        void file
          .slice(0, PACK_FILE_BYTES + 1)
          .text()
          .then((text) => {
            const { pack, data } = parseRulePackFile(text, file.name);
            const current = [...policy.rulePacks, ...packs];
            const refused = idClash(current, pack) ?? overBudget(current, pack);
            if (refused) throw new Error(refused);
            return customPacksItem().setValue([...packs, data]).then(() => setImportDone(t('settingsImported', pack.id)));
          })
          .catch((error: unknown) => setImportProblem(t('settingsImportFailed', error instanceof Error ? error.message : String(error))));
      }}
      onRemovePack={(index) => void customPacksItem().setValue(packs.filter((_, position) => position !== index))}
      shortcuts={
        <ShortcutSettings
          next={shortcuts.next}
          panel={shortcuts.panel}
          change={import.meta.env.FIREFOX ? 'update' : 'browser-page'}
          // chrome:// pages open only through the tabs API (Edge maps chrome:// addresses to its edge:// pages).
          onOpenBrowserPage={() => void browser.tabs.create({ url: BROWSER_SHORTCUTS_PAGE })}
          onUpdateNext={(shortcut) => settingsItem().setValue({ ...settings, nextFindingShortcut: shortcut })}
          onUpdatePanel={async (shortcut) => {
            // Firefox only: Chrome's commands API (whose types WXT uses) has no update.
            const commands = browser.commands as unknown as { update(detail: { name: string; shortcut: string }): Promise<void> };
            await commands.update({ name: PANEL_COMMAND, shortcut });
            reloadShortcuts();
          }}
        />
      }
      onExport={() => {
        // A local download of the user's own packs; nothing goes over the network.
        const url = URL.createObjectURL(new Blob([JSON.stringify(packs, null, 2)], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = 'samenspraak-rule-packs.json';
        link.click();
        URL.revokeObjectURL(url);
      }}
    />
  );
}

mountPage(<SettingsPage />);
