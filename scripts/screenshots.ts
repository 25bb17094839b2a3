// `npm run screenshots`: pictures of the card, the side panel and the onboarding page in
// Dutch, taken from the real development build in the system's Chromium the way the e2e
// harness drives it. The card and panel go to public/ (the onboarding page shows them) and,
// with the onboarding page, to docs/screenshots/ (the README shows them).
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, CHROME_BUILD_DIR, LOCAL_DEV_SITES, PROJECT_DIR } from './build-extension';
import { launchWithExtension } from './chromium';
import { startDemoServer } from './demo-server';
import { tabIdOfUrl, waitForRegisteredSites } from './extension-state';

const NOTE =
  'Huisbezoek bij moeder en vader. Vader weigert hulp bij de opvoeding. ' +
  'Moeder moet de afspraken met school nakomen. Vader is ongemotiveerd.';
const PUBLIC_DIR = resolve(PROJECT_DIR, 'public');
const DOCS_DIR = resolve(PROJECT_DIR, 'docs/screenshots');

console.log('Building the extension (development build for http://127.0.0.1) ...');
buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true, openShadowRoot: true });
const demo = await startDemoServer({ port: 0 });
const browser = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, headless: true, lang: 'nl' });
try {
  await waitForRegisteredSites(browser.serviceWorker);
  await mkdir(DOCS_DIR, { recursive: true });
  const { context, extensionId } = browser;

  const page = await context.newPage();
  await page.goto(`${demo.origin}/demo/`);
  await page.locator('#verslag').click();
  await page.keyboard.type(NOTE, { delay: 5 });
  await page.locator('samenspraak-root[data-findings]:not([data-findings="0"])').waitFor({ state: 'attached', timeout: 10_000 });
  // From the end of the note the shortcut wraps to the first finding, 'weigert'.
  await page.keyboard.press('Alt+Shift+N');
  const card = page.locator('samenspraak-root .card');
  await card.waitFor();
  // A first-time reader sees only the card, not where focus went.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await shoot(page, await around(page, '#verslag', card), 'card');

  const panel = await context.newPage();
  // A side panel's width, and one screen of it: the overview and the first findings.
  await panel.setViewportSize({ width: 380, height: 760 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${await tabIdOfUrl(browser.serviceWorker, page.url())}`);
  await panel.locator('li.finding').first().waitFor({ timeout: 10_000 });
  await shoot(panel, null, 'panel');

  // The unpacked extension reads its files from disk, so the new pictures show at once.
  for (const name of ['card', 'panel']) await copyFile(resolve(PUBLIC_DIR, `onboarding-${name}.png`), resolve(CHROME_BUILD_DIR, `onboarding-${name}.png`));
  const onboarding = await context.newPage();
  await onboarding.setViewportSize({ width: 900, height: 900 });
  await onboarding.goto(`chrome-extension://${extensionId}/onboarding.html`);
  await onboarding.locator('img.shot').first().waitFor();
  await onboarding.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  await onboarding.screenshot({ path: resolve(DOCS_DIR, 'onboarding.png'), fullPage: true });
  console.log(`Saved ${resolve(DOCS_DIR, 'onboarding.png')}`);
} finally {
  await browser.close();
  await demo.close();
}

/** The note field and the card together, with a margin: the card explained beside its phrase. */
async function around(page: Page, field: string, card: ReturnType<Page['locator']>) {
  const boxes = [await page.locator(field).boundingBox(), await card.boundingBox()].filter((box) => box !== null);
  const left = Math.max(0, Math.min(...boxes.map((box) => box.x)) - 16);
  const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - 16);
  const right = Math.max(...boxes.map((box) => box.x + box.width)) + 16;
  const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + 16;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

async function shoot(page: Page, clip: { x: number; y: number; width: number; height: number } | null, name: string) {
  const file = resolve(PUBLIC_DIR, `onboarding-${name}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  await copyFile(file, resolve(DOCS_DIR, `${name}.png`));
  console.log(`Saved ${file} and docs/screenshots/${name}.png`);
}
