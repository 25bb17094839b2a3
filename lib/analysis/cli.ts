// The analyse command's logic, apart from process I/O so it can be tested with real
// text: one note (text or JSON output), or JSON Lines in, one result line out per input.
import { analyze } from './index';
import type { Finding, LangOption } from './types';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 2;
}

function formatText(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  const lines = findings.map((finding) => {
    const before = text.slice(0, finding.start);
    const line = before.split('\n').length;
    const column = finding.start - before.lastIndexOf('\n');
    const suggestions = finding.suggestions.map((suggestion) => `\n    → ${suggestion.text}  (${suggestion.label})`).join('');
    return `${line}:${column} ${finding.category}/${finding.type} "${text.slice(finding.start, finding.end)}" [${finding.ruleId}]\n    ${finding.message}${suggestions}`;
  });
  return `${lines.join('\n')}\n`;
}

export function analyzeNote(text: string, lang: LangOption, format: 'text' | 'json'): CliResult {
  const findings = analyze(text, { lang });
  return {
    stdout: format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatText(text, findings),
    stderr: '',
    exitCode: 0,
  };
}

/** Bad lines are reported by number on stderr and skipped; the others still get their result. */
export function analyzeJsonLines(input: string, defaultLang: LangOption): CliResult {
  const out: string[] = [];
  const problems: string[] = [];
  input.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const number = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      problems.push(`line ${number}: not valid JSON (${(error as Error).message}); skipped`);
      return;
    }
    const fields = record as { id?: unknown; text?: unknown; lang?: unknown };
    if (typeof record !== 'object' || record === null || typeof fields.text !== 'string') {
      problems.push(`line ${number}: needs an object with a "text" string, like {"id": "1", "text": "..."}; skipped`);
      return;
    }
    if (fields.lang !== undefined && fields.lang !== 'nl' && fields.lang !== 'en') {
      problems.push(`line ${number}: "lang" must be "nl" or "en"; skipped`);
      return;
    }
    const lang = (fields.lang as LangOption | undefined) ?? defaultLang;
    out.push(JSON.stringify({ id: fields.id ?? null, findings: analyze(fields.text, { lang }) }));
  });
  return {
    stdout: out.map((line) => `${line}\n`).join(''),
    stderr: problems.map((problem) => `analyze: ${problem}\n`).join(''),
    exitCode: problems.length > 0 ? 2 : 0,
  };
}
