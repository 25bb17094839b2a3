// Builds the Firefox release package and runs Mozilla's add-on linter on it. Fails on
// any error; warnings are listed one per line so they stay readable in CI logs.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildExtension, PROJECT_DIR } from './build-extension';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

buildExtension({ browser: 'firefox', quiet: true });
const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', resolve(PROJECT_DIR, '.output/firefox-mv3'), '--no-config-discovery', '--output', 'json'],
  { cwd: PROJECT_DIR, encoding: 'utf8' },
);
let report: LintReport;
try {
  report = JSON.parse(result.stdout) as LintReport;
} catch {
  console.error(`web-ext lint did not produce a report:\n${result.stdout}${result.stderr}`);
  process.exit(1);
}
for (const [kind, messages] of [['error', report.errors], ['warning', report.warnings]] as const) {
  for (const item of messages) console.log(`firefox lint ${kind}: ${item.code} ${item.file ?? ''} — ${item.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`Firefox lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
