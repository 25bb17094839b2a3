// Builds the extension with WXT, optionally as a development build whose sites are
// granted and switched on from the first start (SAMENSPRAAK_DEV_SITES), and for the
// e2e tests with an open shadow root (SAMENSPRAAK_OPEN_SHADOW_ROOT), which Playwright needs.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CHROME_BUILD_DIR = resolve(PROJECT_DIR, '.output/chrome-mv3');
export const LOCAL_DEV_SITES = 'http://127.0.0.1/*';

export function buildExtension(
  options: { devSites?: string; browser?: 'chrome' | 'firefox'; quiet?: boolean; outDir?: string; openShadowRoot?: boolean } = {},
): void {
  const args = ['wxt', 'build', ...(options.browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, {
    cwd: PROJECT_DIR,
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, SAMENSPRAAK_DEV_SITES: options.devSites ?? '', SAMENSPRAAK_OUT_DIR: options.outDir ?? '', SAMENSPRAAK_OPEN_SHADOW_ROOT: options.openShadowRoot ? '1' : '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the extension failed (wxt build exited ${result.status}).\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}
