// The command line's words, checked before any text is read: an unknown option or a bad
// value is refused with what would be right.
import { parseArgs } from 'node:util';
import type { LangOption } from '../../lib/analysis/types';

export const USAGE = [
  'usage: samenspraak analyze [--lang nl|en|auto] [--format text|json] [--report FILE.html] [FILE|-]',
  '       samenspraak analyze --jsonl FILE|- [--lang nl|en|auto] [--report FILE.html] [--threads N]',
].join('\n');

export interface CliOptions {
  lang: LangOption;
  format: 'text' | 'json';
  /** A file of JSON Lines ({"id","text","lang"?}), or - for standard input. */
  jsonl?: string;
  /** One note's file, or - for standard input. */
  input: string;
  report?: string;
  /** Lanes for --jsonl; unset: one for small inputs, one per core for large ones. */
  threads?: number;
}

export function parseCliOptions(argv: readonly string[]): CliOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'text' },
        jsonl: { type: 'string' },
        report: { type: 'string' },
        threads: { type: 'string' },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (command !== 'analyze') return { error: command === undefined ? 'say what to do: analyze' : `unknown command "${command}"; the command is analyze` };
  if (!['nl', 'en', 'auto'].includes(values.lang)) return { error: `--lang must be nl, en or auto, not "${values.lang}"` };
  if (values.format !== 'text' && values.format !== 'json') return { error: `--format must be text or json, not "${values.format}"` };
  if (inputs.length > 1) return { error: 'give one FILE (or - for standard input)' };
  if (values.jsonl !== undefined && inputs.length > 0) return { error: `--jsonl reads its own file; "${inputs[0]}" is one too many` };
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) return { error: `--threads must be a whole number of 1 or more, not "${values.threads}"` };
  return {
    lang: values.lang as LangOption,
    format: values.format,
    input: inputs[0] ?? '-',
    ...(values.jsonl !== undefined ? { jsonl: values.jsonl } : {}),
    ...(values.report !== undefined ? { report: values.report } : {}),
    ...(threads !== undefined ? { threads } : {}),
  };
}

/** The argument a --jsonl lane's child process gets instead of a command: serve batches over IPC (worker-lane.ts). */
export const LANE_ARGUMENT = '--serve-analysis-lane';
