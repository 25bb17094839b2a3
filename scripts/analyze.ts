// `npm run -s analyze -- [--lang nl|en|auto] [--format text|json] [FILE|-]`
// `npm run -s analyze -- --jsonl FILE|-`   one {"id","text","lang"?} per line in, one {"id","findings"} per line out
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeJsonLines, analyzeNote, type CliResult } from '../lib/analysis/cli';
import type { LangOption } from '../lib/analysis/types';

const USAGE = 'usage: analyze [--lang nl|en|auto] [--format text|json] [FILE|-]\n       analyze --jsonl FILE|-';

function exit(result: CliResult): never {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exit(result.exitCode);
}

function fail(message: string): never {
  exit({ stdout: '', stderr: `analyze: ${message}\n${USAGE}\n`, exitCode: 2 });
}

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return fail(`cannot read ${path}: ${reason}`);
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'auto' }, format: { type: 'string', default: 'text' }, jsonl: { type: 'string' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (!['nl', 'en', 'auto'].includes(values.lang)) fail(`--lang must be nl, en or auto, not "${values.lang}"`);
if (values.format !== 'text' && values.format !== 'json') fail(`--format must be text or json, not "${values.format}"`);
if (positionals.length > 1) fail('give one FILE (or - for standard input)');
const lang = values.lang as LangOption;

if (values.jsonl !== undefined) exit(analyzeJsonLines(await readInput(values.jsonl), lang));
exit(analyzeNote(await readInput(positionals[0] ?? '-'), lang, values.format));
