import { describe, expect, it } from 'vitest';
import { parseCliOptions } from '../../../scripts/cli/cli-options';

describe('command line options', () => {
  it('reads a note, JSON Lines with a report, and the defaults', () => {
    expect(parseCliOptions(['analyze', 'note.txt'])).toEqual({ lang: 'auto', format: 'text', input: 'note.txt' });
    expect(parseCliOptions(['analyze', '--jsonl', '-', '--report', 'audit.html', '--threads', '2', '--lang', 'nl'])).toEqual({
      lang: 'nl',
      format: 'text',
      input: '-',
      jsonl: '-',
      report: 'audit.html',
      threads: 2,
    });
  });

  it.each([
    [[], 'say what to do: analyze'],
    [['check', 'x'], 'unknown command "check"; the command is analyze'],
    [['analyze', '--lang', 'de'], '--lang must be nl, en or auto, not "de"'],
    [['analyze', '--format', 'xml'], '--format must be text or json, not "xml"'],
    [['analyze', 'a.txt', 'b.txt'], 'give one FILE (or - for standard input)'],
    [['analyze', '--jsonl', 'a.jsonl', 'b.txt'], '--jsonl reads its own file; "b.txt" is one too many'],
    [['analyze', '--threads', '0', '--jsonl', '-'], '--threads must be a whole number of 1 or more, not "0"'],
  ])('refuses %j: %s', (argv, error) => {
    expect(parseCliOptions(argv)).toEqual({ error });
  });

  it('names an unknown option', () => {
    expect(parseCliOptions(['analyze', '--colour'])).toEqual({ error: expect.stringContaining("'--colour'") });
  });
});
