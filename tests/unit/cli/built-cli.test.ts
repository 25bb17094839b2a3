// The command line as a quality officer runs it: the bundled CLI started by bin/samenspraak
// from its start-up snapshot, in a process of its own. --jsonl over two lanes (this process
// and a child started from the same snapshot) gives the same lines in the same order as one.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_LAUNCHER } from '../../../scripts/cli/build';

const dir = mkdtempSync(join(tmpdir(), 'samenspraak-cli-'));
const run = (args: string[], input = '') => spawnSync(CLI_LAUNCHER, args, { input, encoding: 'utf8' });

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('bin/samenspraak', () => {
  it('analyses a note from standard input, with the rule id of each finding', () => {
    const result = run(['analyze', '--lang', 'nl', '-'], 'Vader weigert hulp.');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1:7 judgmental/refusal "weigert" [nl-refusal]');
  });

  it('gives the same lines in the same order over two lanes as over one, and skips a bad line with exit code 2', () => {
    const lines = Array.from({ length: 60 }, (_, index) =>
      JSON.stringify({ id: `n${index}`, text: `Gesprek ${index}. Vader weigert hulp. Moeder moet de afspraken nakomen. ${'Sanne speelde rustig. '.repeat(index % 7)}`, lang: 'nl' }),
    );
    lines.splice(30, 0, '{"id": "broken", "text": ');
    const file = join(dir, 'notes.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = run(['analyze', '--jsonl', file, '--threads', '1']);
    const two = run(['analyze', '--jsonl', file, '--threads', '2']);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(one.stderr).toContain('line 31');
    expect(two.stdout).toBe(one.stdout);
    const ids = one.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: 60 }, (_, index) => `n${index}`));
  }, 60_000);

  it('analyses English notes too', () => {
    const output = execFileSync(CLI_LAUNCHER, ['analyze', '--lang', 'en', '-'], { input: 'Mother must attend.', encoding: 'utf8' });
    expect(output).toContain('directive/obligation');
  });
});
