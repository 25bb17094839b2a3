import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { auditNotes, contextOf, formatSummary, type AuditedNote } from '../../../scripts/cli/audit';

const audited = (id: string, text: string): AuditedNote => ({ id, text, findings: analyze(text, { lang: 'nl' }) });

const NOTES = [
  audited('1', 'Huisbezoek bij het gezin. Vader weigert hulp. Moeder moet de afspraken nakomen.'),
  audited('2', 'Vader weigert opnieuw het gesprek.'),
  audited('3', 'Sanne liet trots haar rapport zien.'),
];

describe('audit of a set of notes', () => {
  it('counts notes and findings per kind, and ranks rules with their first example', () => {
    const audit = auditNotes(NOTES);
    expect(audit).toMatchObject({ notes: 3, notesWithFindings: 2 });
    expect(audit.byCategory.judgmental.notes).toBe(2);
    expect(audit.byCategory.directive).toEqual({ findings: 1, notes: 1 });
    expect(audit.rules[0]).toMatchObject({
      ruleId: 'nl-refusal',
      findings: 2,
      notes: 2,
      example: { noteId: '1', words: 'weigert', context: 'Vader weigert hulp.' },
    });
  });

  it('takes the sentence around a finding as its context', () => {
    const note = NOTES[0] as AuditedNote;
    const obligation = note.findings.find((finding) => finding.ruleId === 'nl-obligation-parent');
    expect(obligation && contextOf(note.text, obligation)).toBe('Moeder moet de afspraken nakomen.');
  });

  it('cuts a long sentence around the finding and says so', () => {
    const note = audited('4', 'Tijdens het lange gesprek over de school en de buurt en de verhuizing en de nieuwe baan en de oppas van de kinderen en de opa van de kinderen was vader boos en weigert hij verdere hulp van het wijkteam en van de gemeente en van iedereen die hij niet eerder heeft ontmoet of gesproken.');
    const refusal = note.findings.find((finding) => finding.ruleId === 'nl-refusal');
    const context = refusal ? contextOf(note.text, refusal) : '';
    expect(context).toMatch(/^….*boos en weigert hij.*…$/);
    expect(context.length).toBeLessThan(note.text.length);
  });

  it('sums up on a few lines, with skipped lines', () => {
    const summary = formatSummary(auditNotes(NOTES), 1);
    expect(summary).toContain('3 note(s), 1 line(s) skipped, ');
    expect(summary).toContain('2 note(s) with findings (67%)');
    expect(summary).toMatch(/judgmental +\d+ finding\(s\) in 2 note\(s\) \(67%\)/);
    expect(summary).toMatch(/nl-refusal +2\n/);
  });
});
