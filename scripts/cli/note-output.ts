// One note in, its findings out: as text with line:column and suggestions, or as JSON.
// Apart from process I/O so it is tested with real text.
import { analyze } from '../../lib/analysis';
import type { Finding, LangOption } from '../../lib/analysis/types';

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

export function formatNote(text: string, findings: Finding[], format: 'text' | 'json'): string {
  return format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatText(text, findings);
}

export function analyzeNote(text: string, lang: LangOption, format: 'text' | 'json'): CliResult {
  return { stdout: formatNote(text, analyze(text, { lang }), format), stderr: '', exitCode: 0 };
}
