// --report: one self-contained HTML page for an audit of a set of notes (inline CSS, an
// inline SVG chart, no scripts, nothing fetched). Everything that comes from a note, and
// every message, goes through escapeHtml: a note is text, never markup.
import type { Category, Finding } from '../../lib/analysis/types';
import { CATEGORY_COLOURS } from '../../components/category-style';
import { CATEGORIES, contextOf, type Audit, type AuditedNote } from './audit';

/** The underline colours of the extension (Okabe-Ito, readable with colour-vision deficiencies). */
const COLOUR = CATEGORY_COLOURS;
const LABEL: Record<Category, string> = { directive: 'Directive', judgmental: 'Judgmental', interpretation: 'Interpretation as fact' };
/** A page for thousands of notes stays readable and small; the JSON Lines output has them all. */
export const MAX_NOTES_LISTED = 500;
const TOP_RULES = 15;

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function shareChart(audit: Audit): string {
  const rows: Array<{ label: string; notes: number; colour: string }> = [
    { label: 'Any finding', notes: audit.notesWithFindings, colour: '#555555' },
    ...CATEGORIES.map((category) => ({ label: LABEL[category], notes: audit.byCategory[category].notes, colour: COLOUR[category] })),
  ];
  const width = 640;
  const labelWidth = 190;
  const bar = width - labelWidth - 70;
  const rowHeight = 34;
  const bars = rows
    .map((row, index) => {
      const share = percent(row.notes, audit.notes);
      const y = index * rowHeight + 6;
      return (
        `<text x="0" y="${y + 17}">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${bar}" height="22" fill="#eeeeee"/>` +
        `<rect x="${labelWidth}" y="${y}" width="${((bar * share) / 100).toFixed(1)}" height="22" fill="${row.colour}"/>` +
        `<text x="${labelWidth + bar + 8}" y="${y + 17}">${share}%</text>`
      );
    })
    .join('');
  return (
    `<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${rows.length * rowHeight + 8}" width="${width}">` +
    `<title id="chart-title">Share of notes with each kind of finding</title>${bars}</svg>`
  );
}

/** The sentence around the words, the words marked, all escaped. */
function marked(context: string, words: string): string {
  const at = context.indexOf(words);
  if (at < 0 || words === '') return escapeHtml(context);
  return `${escapeHtml(context.slice(0, at))}<mark>${escapeHtml(words)}</mark>${escapeHtml(context.slice(at + words.length))}`;
}

function rulesTable(audit: Audit): string {
  if (audit.rules.length === 0) return '<p>No rule fired.</p>';
  const rows = audit.rules
    .slice(0, TOP_RULES)
    .map(
      (rule) =>
        `<tr><td class="rule"><code>${escapeHtml(rule.ruleId)}</code></td><td><span class="dot" style="background:${COLOUR[rule.category]}"></span>${escapeHtml(LABEL[rule.category])}</td>` +
        `<td class="n">${rule.findings}</td><td class="n">${rule.notes}</td>` +
        `<td>${marked(rule.example.context, rule.example.words)} <span class="muted">(note ${escapeHtml(rule.example.noteId)})</span></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>Rule</th><th>Kind</th><th class="n">Findings</th><th class="n">Notes</th><th>Example</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingItem(note: AuditedNote, finding: Finding): string {
  const suggestion = finding.suggestions[0];
  return (
    `<li><span class="dot" style="background:${COLOUR[finding.category]}"></span>` +
    `<q>${escapeHtml(note.text.slice(finding.start, finding.end))}</q> <code>${escapeHtml(finding.ruleId)}</code>: ${escapeHtml(finding.message)}` +
    `<div class="muted">${marked(contextOf(note.text, finding), note.text.slice(finding.start, finding.end))}</div>` +
    (suggestion ? `<div>→ ${escapeHtml(suggestion.text)}</div>` : '') +
    '</li>'
  );
}

function notesSection(notes: readonly AuditedNote[]): string {
  const flagged = notes.filter((note) => note.findings.length > 0);
  const quiet = notes.length - flagged.length;
  const listed = flagged.slice(0, MAX_NOTES_LISTED);
  const items = listed
    .map(
      (note) =>
        `<section class="note"><h3>Note ${escapeHtml(note.id)} <span class="muted">${note.findings.length} finding(s)</span></h3>` +
        `<ul>${note.findings.map((finding) => findingItem(note, finding)).join('')}</ul></section>`,
    )
    .join('');
  const more = flagged.length > listed.length ? `<p>${flagged.length - listed.length} more note(s) with findings are in the JSON Lines output.</p>` : '';
  return `${items}${more}<p class="muted">${quiet} note(s) without findings.</p>`;
}

export function renderReport(audit: Audit, notes: readonly AuditedNote[], generated: Date): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Samenspraak audit: ${audit.notes} notes</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;max-width:70rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem;margin:.2rem 0}
svg text{font:14px system-ui,sans-serif;fill:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e5e5e5;vertical-align:top}
.rule{white-space:nowrap}.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#595959}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.35rem}
mark{background:#fff1b8;padding:0 .1rem}.note{border-top:1px solid #eee;padding:.5rem 0}.note ul{margin:.3rem 0;padding-left:1.2rem}
.figures{display:flex;gap:2rem;flex-wrap:wrap}.figures div{font-size:1.6rem;font-weight:600}.figures span{display:block;font-size:.85rem;font-weight:400;color:#595959}
</style></head><body>
<h1>Samenspraak audit</h1>
<p class="muted">Generated ${escapeHtml(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC. Findings point at wording to look at again; whether it is right depends on the note.</p>
<div class="figures"><div>${audit.notes}<span>notes</span></div><div>${audit.findings}<span>findings</span></div><div>${percent(audit.notesWithFindings, audit.notes)}%<span>notes with a finding</span></div></div>
<h2>Share of notes with each kind of finding</h2>
${shareChart(audit)}
<h2>Most frequent rules</h2>
${rulesTable(audit)}
<h2>Findings per note</h2>
${notesSection(notes)}
</body></html>
`;
}
