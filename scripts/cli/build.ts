// `npm run build:cli`: bundles the command line into one file (dist/cli/samenspraak.cjs)
// and builds a V8 start-up snapshot of it (samenspraak.blob) with both languages loaded
// and compiled: loading them takes ~0.5 s of one core, deserialising the snapshot a tenth
// of that. The snapshot only works with the node binary that built it, so build-info.json
// records that binary (bin/samenspraak checks it) and the bundle's inputs (for staleness).
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_DIR } from '../build-extension';

export const CLI_DIR = resolve(PROJECT_DIR, 'dist/cli');
export const CLI_BUNDLE = resolve(CLI_DIR, 'samenspraak.cjs');
export const CLI_SNAPSHOT = resolve(CLI_DIR, 'samenspraak.blob');
export const CLI_LAUNCHER = resolve(PROJECT_DIR, 'bin/samenspraak');

export interface CliBuildInfo {
  /** Files the bundle was made from, relative to the project: newer ones make it stale. */
  inputs: string[];
  /** The node binary that built the snapshot (real path) and its version. */
  node: string;
  nodeVersion: string;
}

export async function buildCli(): Promise<void> {
  await rm(CLI_DIR, { recursive: true, force: true });
  await mkdir(CLI_DIR, { recursive: true });
  // CommonJS: Node 20 builds a snapshot from a script, not from an ES module.
  const result = await build({
    entryPoints: [resolve(PROJECT_DIR, 'scripts/cli/main.ts')],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: CLI_BUNDLE,
    metafile: true,
    logLevel: 'error',
  });
  execFileSync(process.execPath, ['--snapshot-blob', CLI_SNAPSHOT, '--build-snapshot', CLI_BUNDLE], { cwd: PROJECT_DIR, stdio: 'inherit' });
  const info: CliBuildInfo = {
    inputs: Object.keys(result.metafile.inputs).map((input) => relative(PROJECT_DIR, resolve(PROJECT_DIR, input))),
    node: process.execPath,
    nodeVersion: process.version,
  };
  await writeFile(resolve(CLI_DIR, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
  // The launcher compares this line with the node it finds, without starting node.
  await writeFile(resolve(CLI_DIR, 'snapshot-node'), `${process.execPath}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_DIR, 'scripts/cli/build.ts')) {
  await buildCli();
  console.log(`built ${relative(PROJECT_DIR, CLI_BUNDLE)} and its start-up snapshot`);
}
