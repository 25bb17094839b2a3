// Builds the extension once per e2e run: a release build (to check what a store user
// would get) and the development build for 127.0.0.1 that the tests drive.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { buildExtension, LOCAL_DEV_SITES, PROJECT_DIR } from '../../scripts/build-extension';

export const RELEASE_OUT_DIR = resolve(PROJECT_DIR, '.output/release');

const EDITORS = resolve(PROJECT_DIR, 'tests/fixtures/editors');

export default async function setup(): Promise<void> {
  buildExtension({ outDir: RELEASE_OUT_DIR, quiet: true });
  buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true });
  // Fixture editors written as modules (React, ProseMirror) are bundled for the browser.
  await build({
    entryPoints: [resolve(EDITORS, 'src/react-textarea.tsx'), resolve(EDITORS, 'src/prosemirror.ts')],
    bundle: true,
    format: 'iife',
    outdir: resolve(EDITORS, 'dist'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}
