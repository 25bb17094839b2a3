// Builds the Firefox development build for 127.0.0.1 once per run, into a folder of its
// own (the Firefox lint builds the release package into .output/firefox-mv3), and the
// fixture editors the Chromium run bundles too.
import { buildExtension, LOCAL_DEV_SITES } from '../../scripts/build-extension';
import { buildFixtureEditors } from '../e2e/global-setup';
import { FIREFOX_DEV_OUT_DIR } from './harness';

export default async function setup(): Promise<void> {
  // With an open shadow root, as the Chromium e2e build: the driver reaches into the card.
  buildExtension({ browser: 'firefox', devSites: LOCAL_DEV_SITES, outDir: FIREFOX_DEV_OUT_DIR, quiet: true, openShadowRoot: true });
  await buildFixtureEditors();
}
