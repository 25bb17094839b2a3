// What an audit of a set of notes adds up to: how many notes have each kind of finding,
// which rules fire most (with one example each). The summary on stderr and the HTML
// report both read it, so they never disagree.
import { CATEGORIES, type Category, type Finding } from '../../lib/analysis/types';

export interface AuditedNote {
  id: unknown;
  text: string;
  findings: Finding[];
}

export interface RuleTally {
  ruleId: string;
  category: Category;
  findings: number;
  notes: number;
  /** The first place it fired: the note, the underlined words and their sentence. */
  example: { noteId: unknown; words: string; context: string };
}

export interface Audit {
  notes: number;
  findings: number;
  notesWithFindings: number;
  byCategory: Record<Category, { findings: number; notes: number }>;
  /** Most findings first; ties by rule id, so the order is stable. */
  rules: RuleTally[];
}

export { CATEGORIES };

/** The sentence around a finding, cut to about 160 characters, for an example. */
export function contextOf(text: string, finding: Finding): string {
  const before = text.slice(0, finding.start);
  const start = Math.max(before.lastIndexOf('\n') + 1, ...['. ', '? ', '! '].map((stop) => before.lastIndexOf(stop) + 2), finding.start - 80, 0);
  const ends = ['. ', '? ', '! ', '\n'].map((stop) => text.indexOf(stop, finding.end)).filter((at) => at >= 0);
  const end = Math.min(ends.length > 0 ? Math.min(...ends) + 1 : text.length, finding.end + 80);
  // Cut mid-sentence: say so, so an example never reads as the writer's whole sentence.
  return `${start === finding.start - 80 ? '…' : ''}${text.slice(start, end).trim()}${end === finding.end + 80 ? '…' : ''}`;
}

export function auditNotes(notes: Iterable<AuditedNote>): Audit {
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, { findings: 0, notes: 0 }])) as Audit['byCategory'];
  const rules = new Map<string, RuleTally>();
  let count = 0;
  let findings = 0;
  let notesWithFindings = 0;
  for (const note of notes) {
    count++;
    findings += note.findings.length;
    if (note.findings.length > 0) notesWithFindings++;
    for (const category of new Set(note.findings.map((finding) => finding.category))) byCategory[category].notes++;
    const rulesHere = new Set<string>();
    for (const finding of note.findings) {
      byCategory[finding.category].findings++;
      let tally = rules.get(finding.ruleId);
      if (!tally) {
        tally = {
          ruleId: finding.ruleId,
          category: finding.category,
          findings: 0,
          notes: 0,
          example: { noteId: note.id, words: note.text.slice(finding.start, finding.end), context: contextOf(note.text, finding) },
        };
        rules.set(finding.ruleId, tally);
      }
      tally.findings++;
      if (!rulesHere.has(finding.ruleId)) tally.notes++;
      rulesHere.add(finding.ruleId);
    }
  }
  const ranked = [...rules.values()].sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
  return { notes: count, findings, notesWithFindings, byCategory, rules: ranked };
}

/** The few lines --jsonl ends with on stderr. */
export function formatSummary(audit: Audit, skipped: number): string {
  const share = (notes: number) => (audit.notes === 0 ? '0%' : `${Math.round((notes / audit.notes) * 100)}%`);
  const lines = [
    `${audit.notes} note(s)${skipped > 0 ? `, ${skipped} line(s) skipped` : ''}, ${audit.findings} finding(s), ${audit.notesWithFindings} note(s) with findings (${share(audit.notesWithFindings)})`,
    ...CATEGORIES.map((category) => {
      const tally = audit.byCategory[category];
      return `  ${category.padEnd(15)} ${String(tally.findings).padStart(6)} finding(s) in ${tally.notes} note(s) (${share(tally.notes)})`;
    }),
  ];
  if (audit.rules.length > 0) lines.push('per rule:', ...audit.rules.map((rule) => `  ${rule.ruleId.padEnd(32)} ${String(rule.findings).padStart(6)}`));
  return `${lines.join('\n')}\n`;
}
