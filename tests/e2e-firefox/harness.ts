// The Firefox e2e harness: the development build of the real extension in the system's
// Firefox ESR, the same demo server and fixtures as the Chromium harness, and every request
// the browser makes recorded. One browser per test file: a launch costs seconds.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PROJECT_DIR } from '../../scripts/build-extension';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchFirefoxWithExtension } from '../../scripts/firefox';
import { FirefoxDriver } from './driver';
import { startRequestRecorder, type RequestRecorder } from './request-recorder';

/** Where tests/e2e-firefox/global-setup.ts builds the Firefox development build (apart from the release build). */
export const FIREFOX_DEV_OUT_DIR = resolve(PROJECT_DIR, '.output/e2e-firefox');
export const FIREFOX_DEV_BUILD_DIR = resolve(FIREFOX_DEV_OUT_DIR, 'firefox-mv3');

export interface FirefoxHarness {
  demo: DemoServer;
  driver: FirefoxDriver;
  recorder: RequestRecorder;
  /** Opens a page of the demo server on 127.0.0.1 (switched on in the development build), in front. */
  openFixture(path: string): Promise<Page>;
  /** The same page under http://localhost, a site that is never switched on. */
  openOnOtherSite(path: string): Promise<Page>;
  stop(): Promise<void>;
}

let pageCounter = 0;

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  const demo = await startDemoServer();
  // The other site is the same server under another name, which is never switched on.
  const otherOrigin = demo.origin.replace('127.0.0.1', 'localhost');
  const recorder = await startRequestRecorder([demo.origin, otherOrigin], Number(new URL(demo.origin).port));
  const launched = await launchFirefoxWithExtension({ extensionDir: FIREFOX_DEV_BUILD_DIR, headless: true, lang: 'en-US', proxyPort: recorder.port });
  const driver = new FirefoxDriver(launched);
  // A unique query string gives every page an address of its own, so its tab can be found.
  const open = async (url: string) => {
    const page = await (await driver.browser()).newPage();
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}page=${++pageCounter}`);
    // The onboarding tab opened at install takes the front, and headless Firefox sends no
    // focus events to a background tab: without this the note script never sees a focus.
    await page.bringToFront();
    return page;
  };
  return {
    demo,
    driver,
    recorder,
    openFixture: (path) => open(`${demo.origin}${path}`),
    openOnOtherSite: (path) => open(`${otherOrigin}${path}`),
    async stop() {
      await driver.close();
      await recorder.close();
      await demo.close();
    },
  };
}
