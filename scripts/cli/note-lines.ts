// Reads JSON Lines of notes ({"id","text","lang"?} per line). A bad line is named by its
// number and skipped, so one broken export row never costs the audit of the others.
import type { LangOption } from '../../lib/analysis/types';

export interface NoteInput {
  /** The note's id as given, or null when the line had none. */
  id: unknown;
  text: string;
  lang: LangOption;
  /** 1-based line number in the input, for messages. */
  line: number;
}

export interface NoteLines {
  notes: NoteInput[];
  problems: string[];
}

export function readNoteLines(input: string, defaultLang: LangOption): NoteLines {
  const notes: NoteInput[] = [];
  const problems: string[] = [];
  input.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      problems.push(`line ${line}: not valid JSON (${(error as Error).message}); skipped`);
      return;
    }
    const fields = record as { id?: unknown; text?: unknown; lang?: unknown };
    if (typeof record !== 'object' || record === null || typeof fields.text !== 'string') {
      problems.push(`line ${line}: needs an object with a "text" string, like {"id": "1", "text": "..."}; skipped`);
      return;
    }
    if (fields.lang !== undefined && fields.lang !== 'nl' && fields.lang !== 'en') {
      problems.push(`line ${line}: "lang" must be "nl" or "en"; skipped`);
      return;
    }
    notes.push({ id: fields.id ?? null, text: fields.text, lang: (fields.lang as LangOption | undefined) ?? defaultLang, line });
  });
  return { notes, problems };
}
