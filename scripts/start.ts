// `npm start`: builds the extension as a development build for 127.0.0.1, serves the demo
// care system and opens it in Chromium with the extension loaded and the site switched on.
//   npm start                                  a browser window to try it in
//   npm start -- --headless --screenshot FILE  types a sample note and saves a screenshot
//   npm start -- --english                     opens the English demo page
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, CHROME_BUILD_DIR, LOCAL_DEV_SITES } from './build-extension';
import { findChromium, launchWithExtension, NO_CHROMIUM_MESSAGE } from './chromium';
import { startDemoServer } from './demo-server';
import { waitForRegisteredSites } from './extension-state';

const SAMPLE_NOTE_NL =
  'Huisbezoek bij moeder en vader. Moeder vertelt dat Sanne slecht slaapt sinds de verhuizing. ' +
  'Vader beweert dat het thuis rustig is. Moeder moet de afspraken met school nakomen.';
const SAMPLE_RICH_NL = 'Vader is ongemotiveerd en komt altijd te laat. Wij hebben besloten dat de omgang begeleid plaatsvindt.';
const SAMPLE_NOTE_EN =
  'Home visit with both parents. Mother explained that Emma has been sleeping badly since the move. ' +
  'Father claims things are calm at home. Mother must attend all appointments with the school.';
const SAMPLE_RICH_EN = 'Father is uncooperative and is always late. We have decided that contact will be supervised.';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    english: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '4317' },
  },
});

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const executablePath = findChromium() ?? fail(NO_CHROMIUM_MESSAGE);
const headless = values.headless || values.screenshot !== undefined;
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display found, so no browser window can open here.\n' +
      '  With a virtual display:  xvfb-run npm start\n' +
      '  Without a display:       npm start -- --headless --screenshot out.png',
  );
}

console.log('Building the extension (development build for http://127.0.0.1) ...');
buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true });

const demo = await startDemoServer({ port: Number(values.port) }).catch(() => startDemoServer({ port: 0 }));
const pageUrl = `${demo.origin}/demo/${values.english ? 'en.html' : ''}`;
// The extension's UI follows the browser's language: Dutch for the Dutch demo page.
const browser = await launchWithExtension({
  extensionDir: CHROME_BUILD_DIR,
  headless,
  executablePath,
  lang: values.english ? 'en' : 'nl',
});
await waitForRegisteredSites(browser.serviceWorker);
const page = await browser.context.newPage();
await page.goto(pageUrl);
await page.bringToFront();

if (values.screenshot) {
  const root = page.locator('samenspraak-root');
  await page.locator('textarea').click();
  await page.keyboard.type(values.english ? SAMPLE_NOTE_EN : SAMPLE_NOTE_NL, { delay: 5 });
  await page.locator('samenspraak-root[data-field="textarea"][data-findings]:not([data-findings="0"])').waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator('.rich').click();
  await page.keyboard.type(values.english ? SAMPLE_RICH_EN : SAMPLE_RICH_NL, { delay: 5 });
  await page.locator('samenspraak-root[data-field="contenteditable"][data-findings]:not([data-findings="0"])').waitFor({ state: 'attached', timeout: 10_000 });
  console.log(`Findings in the rich note: ${await root.getAttribute('data-findings')}`);
  const file = resolve(values.screenshot);
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`Screenshot of the demo care system with Samenspraak active: ${file}`);
  await browser.close();
  await demo.close();
} else {
  console.log(`Samenspraak is running on the demo care system: ${pageUrl}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await demo.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
