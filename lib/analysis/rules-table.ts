// Renders the built-in rules as a Markdown table (docs/rules.md), so the documentation is
// generated from the same data the engine runs and cannot drift from it.
import type { RulePack } from './rule-pack';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesTable(packs: readonly RulePack[]): string {
  const lines = [
    '# Rules',
    '',
    'Generated from `rules/` by `npm run rules:docs`; do not edit by hand.',
    '',
  ];
  for (const lang of ['nl', 'en'] as const) {
    lines.push(`## ${lang === 'nl' ? 'Nederlands' : 'English'}`, '', '| id | category / type | message | flags | stays quiet on | source |', '|---|---|---|---|---|---|');
    for (const pack of packs.filter((candidate) => candidate.lang === lang)) {
      for (const rule of pack.rules) {
        lines.push(
          `| \`${rule.id}\` | ${pack.category} / ${rule.type} | ${cell(rule.message)} | ${cell(rule.examples.fire[0] ?? '')} | ${cell(rule.examples.quiet[0] ?? '')} | ${cell(rule.source ?? '')} |`,
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
