// Opt-in per site, proven with the real extension: nothing runs where the user did not
// switch Samenspraak on, and the popup's switch starts and stops it in every frame.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_OUT_DIR } from './global-setup';
import { startHarness, uiText, type Harness } from './harness';

const ROOT = 'samenspraak-root';
const DEMO = '/demo/';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('a release build', () => {
  it('asks for no host access at install and has no content script in its manifest', async () => {
    const manifest = JSON.parse(await readFile(join(RELEASE_OUT_DIR, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
});

describe('the development build', () => {
  it('opens the onboarding page on install', async () => {
    const onboarding = `chrome-extension://${harness.extensionId}/onboarding.html`;
    await expect.poll(() => harness.context.pages().map((page) => page.url())).toContain(onboarding);
  });

  it('switches its development site on through the site list', async () => {
    expect(await harness.registeredSites()).toEqual(['http://127.0.0.1/*']);
  });
});

describe('a site that is not switched on', () => {
  it('gets no content script in any frame', async () => {
    const other = await harness.openOnOtherSite(DEMO);
    await other.frameLocator('#afspraken').locator('body').waitFor();
    // The same page on a switched-on site, opened after it, shows the script has had its chance.
    const on = await harness.openFixture(DEMO);
    await on.locator(ROOT).waitFor({ state: 'attached' });
    await on.frameLocator('#afspraken').locator(ROOT).waitFor({ state: 'attached' });
    expect(await other.locator(ROOT).count()).toBe(0);
    expect(await other.frameLocator('#afspraken').locator(ROOT).count()).toBe(0);
    await other.close();
    await on.close();
  });
});

describe('the popup switch', () => {
  it('pauses and resumes the site in the top frame and the iframe without a reload', async () => {
    const page = await harness.openFixture(DEMO);
    const frame = page.frameLocator('#afspraken');
    await page.locator(ROOT).waitFor({ state: 'attached' });
    await frame.locator(ROOT).waitFor({ state: 'attached' });

    const popup = await harness.openPopupFor(page);
    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor();
    await popup.getByRole('button', { name: uiText('popupPause') }).click();
    await popup.getByText(uiText('popupPausedFor', '127.0.0.1')).waitFor();

    // Paused: the running script removes itself, and a reload brings nothing back.
    await page.locator(ROOT).waitFor({ state: 'detached' });
    await frame.locator(ROOT).waitFor({ state: 'detached' });
    expect(await harness.registeredSites()).toEqual([]);
    await page.reload();
    await frame.locator('body').waitFor();
    expect(await page.locator(ROOT).count()).toBe(0);

    // Resumed: it starts in the open tab at once, in every frame, and on the next load.
    await popup.getByRole('button', { name: uiText('popupResume') }).click();
    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor();
    await page.locator(ROOT).waitFor({ state: 'attached' });
    await frame.locator(ROOT).waitFor({ state: 'attached' });
    expect(await harness.registeredSites()).toEqual(['http://127.0.0.1/*']);
    await page.reload();
    await page.locator(ROOT).waitFor({ state: 'attached' });
    await frame.locator(ROOT).waitFor({ state: 'attached' });
    await popup.close();
    await page.close();
  });
});

describe('on the demo care system', () => {
  it('recognises each kind of note field when it gets focus', async () => {
    const page = await harness.openFixture(DEMO);
    const root = page.locator(ROOT);
    await root.waitFor({ state: 'attached' });

    await page.locator('textarea#verslag').click();
    await expect.poll(() => root.getAttribute('data-field')).toBe('textarea');
    // No count before the user types: the page must not read the settings off it (issue 13, item 9).
    expect(await root.getAttribute('data-findings')).toBeNull();

    await page.locator('#notitie').click();
    await expect.poll(() => root.getAttribute('data-field')).toBe('contenteditable');

    const frame = page.frameLocator('#afspraken');
    await frame.locator('body').click();
    await expect.poll(() => frame.locator(ROOT).getAttribute('data-field')).toBe('iframe');

    // Inputs for names and dates are not notes.
    await page.locator('input[name="aanwezig"]').click();
    await page.keyboard.type('moeder');
    expect(await root.getAttribute('data-field')).toBe('contenteditable');
    await page.close();
  });
});

describe('a site list with an entry the browser rejects', () => {
  // Issue 13, item 5: an older version stored policy patterns such as "HTTPS://…" as given;
  // the browser's permissions API throws on them, and that stopped Pause for every site.
  it('still pauses and resumes the other sites, in open tabs too', async () => {
    const page = await harness.openFixture(DEMO);
    await page.locator(ROOT).waitFor({ state: 'attached' });
    const popup = await harness.openPopupFor(page);
    type LocalStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } } };
    const sites = () => popup.evaluate(async () => (await (globalThis as unknown as LocalStorage).chrome.storage.local.get('sites')).sites as unknown[]);
    const before = await sites();
    await popup.evaluate(async (list) => {
      const bad = [
        { pattern: 'HTTPS://zorg.example.nl/*', paused: false, source: 'organisation' },
        { pattern: 'http://[:::]/*', paused: false, source: 'organisation' },
      ];
      await (globalThis as unknown as LocalStorage).chrome.storage.local.set({ sites: [...bad, ...list] });
    }, before);

    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor();
    await popup.getByRole('button', { name: uiText('popupPause') }).click();
    await popup.getByText(uiText('popupPausedFor', '127.0.0.1')).waitFor();
    await page.locator(ROOT).waitFor({ state: 'detached' });
    await expect.poll(() => harness.registeredSites()).toEqual([]);

    await popup.getByRole('button', { name: uiText('popupResume') }).click();
    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor();
    await page.locator(ROOT).waitFor({ state: 'attached' });
    await expect.poll(() => harness.registeredSites()).toEqual(['http://127.0.0.1/*']);
    await popup.evaluate(async (list) => (globalThis as unknown as LocalStorage).chrome.storage.local.set({ sites: list }), before);
    await popup.close();
    await page.close();
  });
});
