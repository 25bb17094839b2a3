// What the side panel and popup know about the note in a tab: its findings with their
// phrases, and the overview. Sent between extension parts in memory only, never stored.
import type { Finding, Lang } from '../analysis/types';
import type { NoteOverview } from '../analysis/voice';

/** The kind of field the note is in, as the panel names it; lib/page/note-field.ts tells them apart. */
export type NoteFieldKind = 'textarea' | 'contenteditable' | 'iframe';

export interface PanelFinding extends Finding {
  /** Stable within one analysis: rule and position. */
  key: string;
  phrase: string;
  /** Whether "Ignore everywhere" is offered (the phrase has a key short enough to keep). */
  everywhere: boolean;
}

export interface NoteSnapshot {
  field: NoteFieldKind;
  lang: Lang;
  findings: PanelFinding[];
  overview: NoteOverview;
  /** Only the part of a very long note around the caret was analysed. */
  narrowed: boolean;
  /** The note has a paragraph too long to underline; findings are listed here only. */
  underlinesPaused?: boolean;
}

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}@${finding.start}-${finding.end}`;
}
