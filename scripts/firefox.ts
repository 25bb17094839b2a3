// Finds the system's Firefox (ESR) and launches it with a built extension installed as a
// temporary add-on, through puppeteer-core over WebDriver BiDi (no geckodriver, no browser
// download). Marionette is switched on beside BiDi for the extension's own pages, which BiDi
// cannot reach; see tests/e2e-firefox/driver.ts for how the two take turns.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findExecutable } from './find-executable';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** FIREFOX_PATH wins; otherwise the usual install locations. Null when none exists. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  return findExecutable(env.FIREFOX_PATH, CANDIDATES);
}

export const NO_FIREFOX_MESSAGE =
  'No Firefox was found. Install Firefox ESR (Debian/Ubuntu: apt-get install firefox-esr) ' +
  'or set FIREFOX_PATH to the browser executable.';

/**
 * The moz-extension:// host Firefox gives the add-on. Firefox picks a random one per profile;
 * fixing it through a pref lets tests name extension pages before the add-on is installed.
 */
export const EXTENSION_UUID = '5a3e7c1d-2b64-4f0e-9d8a-6c1f0b2e4a97';

/**
 * Firefox's own traffic that puppeteer's profile leaves on: remote settings and the captive
 * portal check. Off, so whatever still asks for the network is the pages or the extension.
 * A release build honours another remote-settings server only with MOZ_REMOTE_SETTINGS_DEVTOOLS
 * set, and skips remote settings under automation only for this dummy one.
 */
const QUIET_BROWSER = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> (no trailing slash). */
  extensionOrigin: string;
  /** The BiDi endpoint, to connect again after Marionette had its turn. */
  endpoint: string;
  /** The Marionette port Firefox chose (it writes it into the profile once listening). */
  marionettePort(): Promise<number>;
}

export async function launchFirefoxWithExtension(options: {
  extensionDir: string;
  headless: boolean;
  executablePath?: string;
  lang?: string;
  /** Every request the browser makes goes through this HTTP proxy (127.0.0.1:port), localhost included. */
  proxyPort?: number;
}): Promise<FirefoxWithExtension> {
  const executablePath = options.executablePath ?? findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX_MESSAGE);
  const extensionDir = resolve(options.extensionDir);
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id; is it a Firefox build?`);
  const profile = await mkdtemp(join(tmpdir(), 'samenspraak-firefox-'));
  const proxy = options.proxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': options.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--marionette'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Firefox's own spell checker would underline Dutch words in every note field.
      'layout.spellcheckDefault': 0,
      // 0: Marionette picks a free port and writes it to <profile>/MarionetteActivePort.
      'marionette.port': 0,
      ...QUIET_BROWSER,
      ...(options.lang ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang } : {}),
      ...proxy,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    endpoint: browser.wsEndpoint(),
    marionettePort: async () => Number((await readFile(join(profile, 'MarionetteActivePort'), 'utf8')).trim()),
  };
}
