// Finds the system's Chromium and launches it with a built extension loaded, through
// playwright-core (which never downloads a browser of its own). Shared by `npm start`
// and the e2e tests so both run the extension the same way.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findExecutable } from './find-executable';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH wins; otherwise the usual install locations. Null when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return findExecutable(env.CHROME_PATH, CANDIDATES);
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium or Chrome was found. Install one (Debian/Ubuntu: apt-get install chromium) ' +
  'or set CHROME_PATH to the browser executable, e.g. CHROME_PATH=/usr/bin/google-chrome npm start.';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  extensionDir: string;
  headless: boolean;
  executablePath?: string;
  lang?: string;
}): Promise<ExtensionBrowser> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const extensionDir = resolve(options.extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'samenspraak-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // headless is chosen below with --headless=new, which loads extensions
    viewport: { width: 1280, height: 900 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close: () => context.close() };
}
