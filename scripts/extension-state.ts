// Reads the extension's state from outside the browser, through its service worker:
// which sites the note script is registered for right now.
import type { Worker } from 'playwright-core';

interface ChromeScripting {
  scripting: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ matches?: string[] }>> };
}

export function registeredSites(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(async () => {
    // Runs inside the extension's service worker, where `chrome` is the extension API.
    const { scripting } = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
    const [script] = await scripting.getRegisteredContentScripts({ ids: ['samenspraak-note'] });
    return script?.matches ?? [];
  });
}

/** The background switches the development sites on at install, asynchronously: wait for it. */
export async function waitForRegisteredSites(serviceWorker: Worker, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matches = await registeredSites(serviceWorker);
    if (matches.length > 0) return matches;
    if (Date.now() > deadline) throw new Error('The extension did not register its content script for the development sites in time.');
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

interface ChromeTabs {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** The browser's id for the tab showing `url`, as extension APIs know it. */
export async function tabIdOfUrl(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    return (await tabs.query({})).find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}
