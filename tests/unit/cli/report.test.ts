import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { auditNotes, type AuditedNote } from '../../../scripts/cli/audit';
import { escapeHtml, renderReport } from '../../../scripts/cli/report';

const audited = (id: string, text: string): AuditedNote => ({ id, text, findings: analyze(text) });

// Exported notes are pasted text: they may hold markup, on purpose or not.
const HOSTILE = [
  audited('<b>x1</b>', 'Vader weigert <script>alert(1)</script> hulp van het wijkteam.'),
  audited('x2', 'Moeder is <img src=x onerror=alert(2)> ongemotiveerd en komt altijd te laat.'),
  audited('x3', 'Mother must attend all appointments "and" reply to \'letters\' & calls.'),
];

describe('HTML report', () => {
  const html = renderReport(auditNotes(HOSTILE), HOSTILE, new Date('2026-12-02T05:00:00Z'));

  it('never renders note text as markup', () => {
    expect(html).not.toMatch(/<script|<img|<b>x1/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(2)&#62;');
    expect(html).toContain('Note &#60;b&#62;x1&#60;/b&#62;');
    expect(html).toContain('&#38; calls');
  });

  it('is self-contained: no scripts, nothing fetched, a policy that forbids both', () => {
    expect(html).not.toMatch(/https?:\/\/|<link|<script|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/<svg role="img"/);
  });

  it('shows the share of notes per kind, the rules with an example, the findings per note', () => {
    expect(html).toContain('<title id="chart-title">Share of notes with each kind of finding</title>');
    expect(html).toMatch(/<text x="0" y="\d+">Judgmental<\/text>.*?66.7%</);
    expect(html).toContain('<code>nl-refusal</code>');
    expect(html).toContain('<mark>weigert</mark>');
    expect(html).toMatch(/Note x3 <span class="muted">\d finding\(s\)/);
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
