// What the popup, the side panel and the settings page ask about a tab or a site, in one
// place: the site's status, the snapshot of the note in the tab, and switching a site on.
import { browser } from 'wxt/browser';
import type { PanelRequest, SiteRequest } from './messages';
import { parseSnapshotMessage } from './messages';
import type { NoteSnapshot } from './note-snapshot';
import { sitePatternForUrl } from './site-pattern';
import { siteStatus, type SiteStatus } from './site-status';
import { sitesItem } from './sites';

export async function siteStatusOfUrl(url: string | undefined): Promise<SiteStatus> {
  const pattern = sitePatternForUrl(url);
  const granted = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
  return siteStatus(url, await sitesItem.getValue(), granted);
}

/** The focused note's snapshot from the note script in a tab, or null when there is none. */
export async function snapshotOfTab(tabId: number | undefined): Promise<NoteSnapshot | null> {
  if (tabId === undefined) return null;
  const request: PanelRequest = { type: 'panel/snapshot' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
  return parseSnapshotMessage({ type: 'note/snapshot', snapshot: answer })?.snapshot ?? null;
}

export function sendSiteRequest(request: SiteRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * Asks the browser for the site's permission, then switches it on; false when the user said
 * no. Call it straight from the click: browsers show the prompt only for a user gesture.
 */
export function switchOnWithPermission(pattern: string, tabId?: number): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (granted) await sendSiteRequest({ type: 'site/switch-on', pattern, ...(tabId === undefined ? {} : { tabId }) });
    return granted;
  });
}
