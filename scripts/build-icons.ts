// Renders scripts/icon.svg to the PNG sizes browsers want (public/icon/N.png), with the
// system Chromium, so the icons need no image tool. Run after changing the SVG.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_DIR } from './build-extension';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

const SIZES = [16, 32, 48, 96, 128];
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
const svg = await readFile(resolve(PROJECT_DIR, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: resolve(PROJECT_DIR, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Icons written: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
