// `npm run analyze` runs this first: it rebuilds the CLI (scripts/cli/build.ts) when the
// bundle is missing, older than a file it was made from, or was built by another node.
// Plain JavaScript, because it must run before anything is built and start without tsx.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = resolve(project, 'dist/cli/samenspraak.cjs');

function staleness() {
  let info;
  let builtAt;
  try {
    info = JSON.parse(readFileSync(resolve(project, 'dist/cli/build-info.json'), 'utf8'));
    builtAt = statSync(bundle).mtimeMs;
  } catch {
    return 'not built yet';
  }
  if (info.nodeVersion !== process.version || info.node !== process.execPath) return `built by another node (${info.nodeVersion})`;
  for (const input of info.inputs) {
    let changed;
    try {
      changed = statSync(resolve(project, input)).mtimeMs;
    } catch {
      return `${input} is gone`;
    }
    if (changed > builtAt) return `${input} changed`;
  }
  return null;
}

const reason = staleness();
if (reason) {
  process.stderr.write(`samenspraak: building the CLI (${reason}) ...\n`);
  execFileSync(process.execPath, [resolve(project, 'node_modules/tsx/dist/cli.mjs'), resolve(project, 'scripts/cli/build.ts')], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
}
