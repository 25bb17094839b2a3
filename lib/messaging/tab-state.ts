// What the popup, the side panel and the settings page ask about a tab or a site, in one
// place: the site's status, the snapshot of the note in the tab, and switching a site on.
import { browser } from 'wxt/browser';
import type { PanelRequest, SiteRequest } from './messages';
import { LIVE_SNAPSHOT_PORT, parseSnapshotMessage } from './messages';
import type { NoteSnapshot } from './note-snapshot';
import { sitePatternForUrl } from '../sites/site-pattern';
import { siteStatus, type SiteStatus } from '../sites/site-status';
import { sitesItem } from '../sites/sites';

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

/**
 * Live snapshots from the note script in a tab, for as long as the returned link is open.
 * `connected` turns false when the tab navigates or the script goes; connect again then.
 */
export function followNoteInTab(tabId: number, onSnapshot: (snapshot: NoteSnapshot) => void): { connected(): boolean; close(): void } {
  let connected = true;
  const port = browser.tabs.connect(tabId, { name: LIVE_SNAPSHOT_PORT });
  port.onMessage.addListener((message: unknown) => {
    const parsed = parseSnapshotMessage(message);
    if (parsed) onSnapshot(parsed.snapshot);
  });
  port.onDisconnect.addListener(() => {
    // A tab without our script (site off, page still loading) is expected: reading the
    // error marks it handled, so the browser does not log it as unchecked.
    void browser.runtime.lastError;
    connected = false;
  });
  return {
    connected: () => connected,
    close: () => {
      connected = false;
      port.disconnect();
    },
  };
}

export function sendSiteRequest(request: SiteRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * Asks the browser for the site's permission, then switches it on; false when the user said
 * no. Call it straight from the click: browsers show the prompt only for a user gesture.
 */
export function switchOnWithPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (granted) await sendSiteRequest({ type: 'site/switch-on', pattern });
    return granted;
  });
}
