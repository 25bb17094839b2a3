// `npm run screenshots:report`: an audit report of the Dutch sample notes
// (tests/corpus/more/notes-nl.jsonl, paragraphs flattened into the CLI's {"id","text"}
// lines), made by the built CLI, opened in the system's Chromium with every request but
// the page itself refused and counted, and saved as docs/report.png for the README.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { flattenNote, type CorpusNote } from './eval/corpus';
import { PROJECT_DIR } from './build-extension';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';
import { CLI_LAUNCHER } from './cli/build';

const OUT = resolve(PROJECT_DIR, '.output/report');
const NOTES = resolve(OUT, 'notes-nl.jsonl');
const REPORT = resolve(OUT, 'report.html');
const SHOT = resolve(PROJECT_DIR, 'docs/report.png');

await mkdir(OUT, { recursive: true });
const corpus = (await readFile(resolve(PROJECT_DIR, 'tests/corpus/more/notes-nl.jsonl'), 'utf8')).trim().split('\n');
const lines = corpus.map((line) => {
  const note = JSON.parse(line) as CorpusNote;
  return JSON.stringify({ id: note.id, text: flattenNote(note).text });
});
await writeFile(NOTES, `${lines.join('\n')}\n`);

spawnSync(process.execPath, [resolve(PROJECT_DIR, 'scripts/cli/ensure-built.mjs')], { stdio: 'inherit' });
const run = spawnSync(CLI_LAUNCHER, ['analyze', '--jsonl', NOTES, '--report', REPORT], { stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0) throw new Error(`samenspraak analyze exited ${run.status}`);

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1600 }, javaScriptEnabled: false });
  const pageUrl = pathToFileURL(REPORT).href;
  const refused: string[] = [];
  await page.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : (refused.push(route.request().url()), route.abort())));
  await page.goto(pageUrl);
  if (refused.length > 0) throw new Error(`the report asked for ${refused.join(', ')}: it must be self-contained`);
  await page.screenshot({ path: SHOT });
  console.log(`Saved ${SHOT} (the report itself: ${REPORT}; it fetched nothing)`);
} finally {
  await browser.close();
}
