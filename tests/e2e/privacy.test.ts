// Privacy, tested: during a full session (switch on, type, card, apply, side panel, settings)
// no part of the extension makes a network request, and afterwards no sentence of the note is
// in any storage the extension has (local, sync, session, IndexedDB, Cache Storage).
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, uiText, type Harness } from './harness';

let harness: Harness;
const requests: Array<{ url: string; from: string }> = [];

beforeAll(async () => {
  harness = await startHarness();
  harness.context.on('request', (request) => {
    requests.push({ url: request.url(), from: sourceOf(request) });
  });
});
afterAll(async () => {
  await harness?.stop();
});

/** Who made a request. A navigation that opens a new tab has no frame yet: its URL is still checked below. */
function sourceOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '(a frame still being created)';
  }
}

// Words no rule, label or tip contains, so finding them in storage can only mean the note was stored.
const NOTE = 'Huisbezoek aan de Zebrastraat. Vader weigert hulp. Moeder moet de afspraken met Kwakkelbeek nakomen.';
const MARKERS = ['Zebrastraat', 'Kwakkelbeek', 'Huisbezoek aan de'];

type Api = {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<unknown> }>;
};

describe('privacy', () => {
  it('makes no network request and stores no note text during a full session', async () => {
    const page = await harness.openFixture('/demo/');
    const popup = await harness.openPopupFor(page);
    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor();
    await popup.close();

    await page.bringToFront();
    await page.locator('#verslag').click();
    await page.keyboard.type(NOTE, { delay: 2 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator('samenspraak-root .card').getByRole('button', { name: uiText('cardApply') }).first().click();
    await page.locator('#notitie').click();
    await page.keyboard.type('Vader is ongemotiveerd bij de Zebrastraat.', { delay: 2 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator('samenspraak-root .card').getByRole('button', { name: uiText('cardIgnoreEverywhere') }).click();

    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.locator('.tips details').first().waitFor();
    const settings = await harness.openExtensionPage('options.html');
    await settings.getByRole('radio', { name: new RegExp(uiText('sensitivityStrict')) }).check();
    // The change is stored (and so reaches the note script) before the requests are read.
    await expect
      .poll(() =>
        harness.serviceWorker.evaluate(async () => {
          const { storage } = (globalThis as unknown as { chrome: Api }).chrome;
          return ((await storage.local.get(null)) as { settings?: { sensitivity?: string } }).settings?.sensitivity;
        }),
      )
      .toBe('strict');

    // The recorder works: the demo page's own requests are in it.
    expect(requests.some((request) => request.url.startsWith(harness.demo.origin))).toBe(true);
    const foreign = requests.filter(
      (request) => !request.url.startsWith(harness.demo.origin) && !/^(chrome-extension|data|blob):/.test(request.url),
    );
    expect(foreign).toEqual([]);
    const fromExtension = requests.filter((request) => request.from.startsWith('chrome-extension://') && !request.url.startsWith('chrome-extension://'));
    expect(fromExtension).toEqual([]);

    const dump = await harness.serviceWorker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: Api }).chrome;
      const databases = (await indexedDB.databases()).map((database) => database.name);
      const cacheNames = await caches.keys();
      return JSON.stringify({
        local: await storage.local.get(null),
        sync: await storage.sync.get(null),
        session: await storage.session.get(null),
        databases,
        cacheNames,
      });
    });
    const pageStores = await settings.evaluate(async () =>
      JSON.stringify({ databases: (await indexedDB.databases()).map((database) => database.name), caches: await caches.keys(), local: { ...localStorage } }),
    );
    for (const marker of MARKERS) {
      expect(dump).not.toContain(marker);
      expect(pageStores).not.toContain(marker);
    }
    // What is stored: settings (with the ignored word only), the site list.
    expect(dump).toContain('"ongemotiveerd"');
    expect(dump).toContain('127.0.0.1');
    await settings.close();
    await panel.close();
    await page.close();
  });
});
