// Keeps the browser's registered content script in step with the site list, and
// starts or stops it in tabs that are already open. This is the single path every
// site source (popup, development build, organisation policy) goes through.
import type { browser } from 'wxt/browser';
import { activePatterns, sitesItem, withPolicySites, withSiteOn, withSitePaused, withoutSite, type SiteSource } from './sites';

/**
 * To the note scripts in a site's open tabs when the site is paused or removed: stop now.
 * Declared by its sender so this folder needs nothing from lib/messaging (which parses it).
 */
export type SiteStoppedMessage = { type: 'site/stopped' };

export const NOTE_SCRIPT_ID = 'samenspraak-note';
export const NOTE_SCRIPT_FILE = '/content-scripts/note.js';
/** What the registration runs on page load: it asks for NOTE_SCRIPT_FILE when the frame may need it (lib/page/note-loader.ts). */
export const NOTE_LOADER_FILE = '/note-loader.js';

type ExtensionApi = Pick<typeof browser, 'permissions' | 'scripting' | 'tabs'>;

/**
 * The patterns the browser has granted. One it rejects (stored by an older version, or
 * edited by hand) counts as not granted: it can never be registered, and it must not keep
 * the other sites from being registered, paused or removed.
 */
async function grantedPatterns(api: ExtensionApi, patterns: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await api.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

/**
 * Brings the registration in step after the site list stopped a site, and stops the script in
 * the site's open tabs even when the registration could not be changed: the user asked for
 * quiet now. A failed update is tried once more; a second failure reaches the popup, which
 * says the change did not go through.
 */
async function syncAndStop(api: ExtensionApi, pattern: string): Promise<void> {
  let failed = false;
  try {
    await syncRegistration(api);
  } catch {
    failed = true;
  }
  await stopInTabs(api, pattern);
  if (failed) await syncRegistration(api);
}

/** Registers the note script for every active site we hold permission for, and only those. */
export async function syncRegistration(api: ExtensionApi): Promise<string[]> {
  const matches = await grantedPatterns(api, activePatterns(await sitesItem.getValue()));
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [NOTE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [NOTE_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: NOTE_SCRIPT_ID,
    matches,
    js: [NOTE_LOADER_FILE],
    allFrames: true,
    // Editors such as TinyMCE keep the note in an about:srcdoc or about:blank frame: this runs
    // us there when the frame's origin is a switched-on site (Chrome 119+, Firefox 128+).
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}

async function tabsOnSite(api: ExtensionApi, pattern: string): Promise<number[]> {
  const tabs = await api.tabs.query({ url: pattern });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** Runs the note script in an open tab at once, so switching on needs no reload. */
async function startInTab(api: ExtensionApi, tabId: number): Promise<void> {
  try {
    await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [NOTE_SCRIPT_FILE] });
  } catch {
    // A tab that navigated away or shows an error page: the registration covers its next load.
  }
}

async function stopInTabs(api: ExtensionApi, pattern: string): Promise<void> {
  const message: SiteStoppedMessage = { type: 'site/stopped' };
  // A pattern the browser rejects has no tabs it could find.
  for (const tabId of await tabsOnSite(api, pattern).catch(() => [])) {
    // A tab without our script has no receiver; that is the state we want anyway.
    await api.tabs.sendMessage(tabId, message).catch(() => undefined);
  }
}

async function registeredMatches(api: ExtensionApi): Promise<string[]> {
  const [script] = await api.scripting.getRegisteredContentScripts({ ids: [NOTE_SCRIPT_ID] });
  return script?.matches ?? [];
}

/** Idempotent: a site that already runs is left alone, so a repeated request starts nothing twice. */
export async function switchSiteOn(api: ExtensionApi, pattern: string, source: SiteSource): Promise<void> {
  const runningBefore = (await registeredMatches(api)).includes(pattern);
  await sitesItem.setValue(withSiteOn(await sitesItem.getValue(), pattern, source));
  const registered = await syncRegistration(api);
  if (!registered.includes(pattern) || runningBefore) return;
  for (const tabId of await tabsOnSite(api, pattern)) await startInTab(api, tabId);
}

export async function pauseSite(api: ExtensionApi, pattern: string): Promise<void> {
  await sitesItem.setValue(withSitePaused(await sitesItem.getValue(), pattern));
  await syncAndStop(api, pattern);
}

/** Removes the site and gives its host permission back to the user. */
export async function removeSite(api: ExtensionApi, pattern: string): Promise<void> {
  await sitesItem.setValue(withoutSite(await sitesItem.getValue(), pattern));
  await syncAndStop(api, pattern);
  // Permissions granted by the manifest (development builds) cannot be removed; that is fine.
  await api.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Makes the organisation's sites in the list (source 'organisation') those of the policy:
 * new ones join, removed ones leave and stop in open tabs. Where the browser has not granted
 * a site yet, it stays listed and the popup asks the user to allow it: an optional host
 * permission cannot be granted by policy alone.
 */
export async function applyPolicySites(api: ExtensionApi, patterns: readonly string[]): Promise<void> {
  const { sites, removed } = withPolicySites(await sitesItem.getValue(), patterns);
  await sitesItem.setValue(sites);
  await syncRegistration(api);
  for (const pattern of removed) await stopInTabs(api, pattern);
}

/** After an update or reload: run the new note script in tabs that are open on active sites. */
export async function restartInOpenTabs(api: ExtensionApi): Promise<void> {
  for (const pattern of await syncRegistration(api)) {
    for (const tabId of await tabsOnSite(api, pattern)) await startInTab(api, tabId);
  }
}
