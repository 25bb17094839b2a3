// The reusable e2e harness: the development build of the real extension in the system's
// Chromium, the demo server, and helpers to reach extension pages and tabs. Later test
// files build on this; keep it small and general.
import { join } from 'node:path';
import type { FrameLocator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { CHROME_BUILD_DIR } from '../../scripts/build-extension';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { registeredSites, tabIdOfUrl, waitForRegisteredSites } from '../../scripts/extension-state';
import english from '../../public/_locales/en/messages.json';
import { CLOSED_OUT_DIR } from './global-setup';

export interface Harness extends ExtensionBrowser {
  demo: DemoServer;
  /** Opens a page of the demo server on 127.0.0.1 (switched on in the development build). */
  openFixture(path: string): Promise<Page>;
  /** The same page under http://localhost, a site that is never switched on. */
  openOnOtherSite(path: string): Promise<Page>;
  /** Opens an extension page (popup.html, sidepanel.html, ...) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id for a page, as extension APIs know it. */
  tabIdOf(page: Page): Promise<number>;
  /** The popup as it would open for `page`, in a tab of its own. */
  openPopupFor(page: Page): Promise<Page>;
  /** Match patterns the note script is registered for right now. */
  registeredSites(): Promise<string[]>;
  /** Stops the extension's service worker, as the browser does when it is idle; resolves once stopped. */
  stopServiceWorker(): Promise<void>;
  /** Whether the extension's service worker runs right now, as the browser's targets tell. */
  serviceWorkerIsRunning(): Promise<boolean>;
  stop(): Promise<void>;
}

/** English UI text by message key, so tests find buttons the way a user reads them. */
export function uiText(key: keyof typeof english, ...substitutions: string[]): string {
  let text = english[key].message;
  substitutions.forEach((value, index) => {
    const placeholders = (english[key] as { placeholders?: Record<string, { content: string }> }).placeholders ?? {};
    for (const [name, placeholder] of Object.entries(placeholders)) {
      if (placeholder.content === `$${index + 1}`) text = text.replaceAll(`$${name.toUpperCase()}$`, value);
    }
  });
  return text;
}

/** The open card, in a page or a frame. */
export const cardOf = (scope: Page | FrameLocator) => scope.locator('samenspraak-root .card');

/** How many findings the note in focus has, as the root publishes it. */
export const findingCount = (page: Page) => page.locator('samenspraak-root').getAttribute('data-findings');

/**
 * Waits until the note shows at least one finding. Not "the count is not '0'": the count is
 * absent until the user has typed and the analysis has reported (issue 13, item 9), and an
 * absent count is not '0' either, so such a wait passed before anything was analysed.
 */
export async function someFindings(page: Page, timeout = 10_000): Promise<void> {
  await expect.poll(async () => Number((await findingCount(page)) ?? 0), { timeout }).toBeGreaterThan(0);
}

/**
 * Clicks the open card's first Apply and waits for its outcome, which arrives after the
 * editor settled: the card closes when the replacement went in, or stays with a notice
 * that says what happened instead. Returns 'applied' or the notice's text.
 */
export async function applyFromCard(scope: Page | FrameLocator): Promise<string> {
  const card = cardOf(scope);
  await card.getByRole('button', { name: uiText('cardApply') }).first().click();
  await expect.poll(async () => (await card.count()) === 0 || (await card.locator('.notice').count()) > 0).toBe(true);
  return (await card.count()) === 0 ? 'applied' : await card.locator('.notice').innerText();
}

/** Clicks a note field, types into it, and waits until the extension reports `findings` there. */
export async function typeAndWait(page: Page, selector: string, text: string, findings: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 5 });
  await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe(findings);
}

let pageCounter = 0;

/**
 * `lang` is the browser's UI language, which the extension's pages and card speak (English
 * unless asked). `closedShadowRoot` loads the build whose root is closed, as in a release:
 * there locators cannot reach the card, only the page's view of it.
 */
export async function startHarness(options: { lang?: 'en' | 'nl'; closedShadowRoot?: boolean } = {}): Promise<Harness> {
  const demo = await startDemoServer();
  const extensionDir = options.closedShadowRoot ? join(CLOSED_OUT_DIR, 'chrome-mv3') : CHROME_BUILD_DIR;
  const browser = await launchWithExtension({ extensionDir, headless: true, lang: options.lang ?? 'en' });
  await waitForRegisteredSites(browser.serviceWorker);
  const { context, extensionId } = browser;
  const workerUrl = `chrome-extension://${extensionId}/`;
  // The browser may stop and restart the worker; always talk to the one that runs now.
  const liveWorker = async (): Promise<Worker> =>
    context.serviceWorkers().findLast((worker) => worker.url().startsWith(workerUrl)) ??
    (await context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(workerUrl), timeout: 10_000 }));

  // A unique query string gives every page an address of its own, so its tab can be found.
  const open = async (url: string) => {
    const page = await context.newPage();
    const unique = `${url}${url.includes('?') ? '&' : '?'}page=${++pageCounter}`;
    await page.goto(unique);
    return page;
  };

  const harness: Harness = {
    ...browser,
    demo,
    openFixture: (path) => open(`${demo.origin}${path}`),
    openOnOtherSite: (path) => open(`${demo.origin.replace('127.0.0.1', 'localhost')}${path}`),
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path}`),
    tabIdOf: async (page) => tabIdOfUrl(await liveWorker(), page.url()),
    async openPopupFor(page) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await harness.tabIdOf(page)}`);
      return popup;
    },
    registeredSites: async () => registeredSites(await liveWorker()),
    async stopServiceWorker() {
      // DevTools' "Stop" for service workers: the same stop the browser makes after 30 s idle.
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((version) => version.scriptURL.startsWith(workerUrl));
          if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async serviceWorkerIsRunning() {
      const browserSession = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = await browserSession.send('Target.getTargets');
      await browserSession.detach();
      return targetInfos.some((target) => target.type === 'service_worker' && target.url.startsWith(workerUrl));
    },
    async stop() {
      await browser.close();
      await demo.close();
    },
  };
  return harness;
}
