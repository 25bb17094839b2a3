// Background wiring: install/startup events, permission changes and site requests
// from extension pages all go through lib/sites/site-registration.ts, one at a time.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOwnExtensionPage, parseAnalysisLoadRequest, parseNoteLoadRequest, parsePanelOpenRequest, parsePolicyRequest, parseSiteRequest, type PanelOpenAnswer } from '../lib/messaging/messages';
import { openSidePanel } from '../lib/messaging/side-panel';
import { createSerialQueue } from '../lib/settings/serial-queue';
import { managedArea, readManaged } from '../lib/settings/policy';
import { panelShortcut } from '../lib/settings/shortcuts';
import { parsePolicySites } from '../lib/sites/policy-sites';
import { createPolicyCache } from '../lib/settings/bounded-policy';
import { isValidSitePattern } from '../lib/sites/site-pattern';
import { applyPolicySites, NOTE_SCRIPT_FILE, pauseSite, removeSite, restartInOpenTabs, switchSiteOn, syncRegistration } from '../lib/sites/site-registration';

export default defineBackground(() => {
  const queue = createSerialQueue();
  const managed = managedArea(browser.storage);
  // The policy is read here once per change (on every start and whenever IT changes it): the
  // organisation's sites join the site list, and frames ask for the policy cut to size
  // (lib/settings/bounded-policy.ts).
  const followPolicy = (raw: unknown) => void queue.run(() => applyPolicySites(browser, parsePolicySites(raw).sites));
  const policy = createPolicyCache(() => readManaged(managed), followPolicy);
  policy.changed();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') policy.changed();
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.id).catch((error: unknown) => console.warn('Samenspraak: the side panel did not open from its shortcut.', error));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void queue.run(async () => {
      if (reason === 'install') {
        for (const pattern of __SAMENSPRAAK_DEV_SITES__) await switchSiteOn(browser, pattern, 'development');
        await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
      } else {
        // Updated or reloaded: open notes get the new script (the old one has removed itself).
        await restartInOpenTabs(browser);
      }
    });
  });

  browser.runtime.onStartup.addListener(() => {
    void queue.run(() => syncRegistration(browser));
  });

  // A grant from our popup, or from the browser's own site-access menu, means "run here".
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    for (const pattern of origins.filter(isValidSitePattern)) {
      void queue.run(() => switchSiteOn(browser, pattern, 'user'));
    }
  });

  browser.permissions.onRemoved.addListener(() => {
    void queue.run(() => syncRegistration(browser));
  });

  // Our content scripts ask for a script in their own frame: the loader a switched-on page
  // loads for the note script, when the frame may need it (lib/page/note-loader.ts); the note
  // script for the analysis script, when the page is idle or on a note's first focus.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const file = parseNoteLoadRequest(message) ? NOTE_SCRIPT_FILE : parseAnalysisLoadRequest(message) ? '/content-scripts/analysis.js' : null;
    const tabId = sender.tab?.id;
    if (!file || tabId === undefined || sender.frameId === undefined) return undefined;
    return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [file] }).then(() => ({ ok: true }));
  });

  // Our own note scripts ask for it with the analysis script (see there) and after a settings change.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !parsePolicyRequest(message)) return undefined;
    return policy.get();
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !parsePanelOpenRequest(message) || sender.tab?.id === undefined) return undefined;
    return openSidePanel(sender.tab.id).then(
      (): PanelOpenAnswer => ({ opened: true }),
      async (error: unknown): Promise<PanelOpenAnswer> => {
        // Expected in Firefox (see PanelOpenAnswer); the card tells the user what opens it instead.
        console.warn('Samenspraak: the side panel did not open from the card.', error);
        return { opened: false, shortcut: await panelShortcut(browser.commands).catch(() => '') };
      },
    );
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension pages may change sites; content scripts run inside the
    // care system's pages and are never trusted with that.
    if (!isOwnExtensionPage(sender, browser.runtime)) return undefined;
    const request = parseSiteRequest(message);
    if (!request) return undefined;
    return queue.run(async () => {
      if (request.type === 'site/switch-on') await switchSiteOn(browser, request.pattern, 'user');
      else if (request.type === 'site/pause') await pauseSite(browser, request.pattern);
      else await removeSite(browser, request.pattern);
      return { ok: true };
    });
  });
});
