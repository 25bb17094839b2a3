// Builds the extension once per e2e run: a release build (to check what a store user
// would get) and the development build for 127.0.0.1 that the tests drive.
import { resolve } from 'node:path';
import { buildExtension, LOCAL_DEV_SITES, PROJECT_DIR } from '../../scripts/build-extension';

export const RELEASE_OUT_DIR = resolve(PROJECT_DIR, '.output/release');

export default function setup(): void {
  buildExtension({ outDir: RELEASE_OUT_DIR, quiet: true });
  buildExtension({ devSites: LOCAL_DEV_SITES, quiet: true });
}
