// Builds the extension once per e2e run: a release build (to check what a store user
// would get), the development build for 127.0.0.1 that the tests drive (with an open
// shadow root, which Playwright needs to reach the card), and the same with the closed
// root every other build has, for the tests of what a page can reach.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { buildExtension, LOCAL_DEV_SITES, PROJECT_DIR } from '../../scripts/build-extension';

export const RELEASE_OUT_DIR = resolve(PROJECT_DIR, '.output/release');
export const CLOSED_OUT_DIR = resolve(PROJECT_DIR, '.output/closed');

const EDITORS = resolve(PROJECT_DIR, 'tests/fixtures/editors');

export default async function setup(): Promise<void> {
  buildExtension({ outDir: RELEASE_OUT_DIR, quiet: true });
  buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true, openShadowRoot: true });
  buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true, outDir: CLOSED_OUT_DIR });
  await buildFixtureEditors();
}

/** Fixture editors written as modules (React, ProseMirror, CKEditor 5, Lexical, Slate, Draft.js) are bundled for the browser. */
export async function buildFixtureEditors(): Promise<void> {
  await build({
    entryPoints: ['react-textarea.tsx', 'prosemirror.ts', 'ckeditor5.ts', 'lexical.ts', 'slate.tsx', 'draftjs.tsx'].map(
      (file) => resolve(EDITORS, 'src', file),
    ),
    bundle: true,
    format: 'iife',
    outdir: resolve(EDITORS, 'dist'),
    jsx: 'automatic',
    // Draft.js uses Node's `global` (e.g. global.execCommand).
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
  });
}
