// --jsonl from input text to output lines, an audit and the problems, with the lanes
// (threads) and the writer passed in, so it is tested in one thread without a process.
import type { LangOption } from '../../lib/analysis/types';
import { analyseInOrder, type AnalysisLane } from './analysis-lanes';
import type { AuditedNote } from './audit';
import { readNoteLines } from './note-lines';

export interface NoteLinesResult {
  notes: AuditedNote[];
  /** One message per skipped line, naming its number. */
  problems: string[];
  exitCode: 0 | 2;
}

export interface NoteLinesIo {
  /** The lanes to analyse on, chosen once the amount of text is known. */
  lanes(totalChars: number): AnalysisLane[] | Promise<AnalysisLane[]>;
  /** Output lines, in input order, as they are ready. */
  write(lines: string): void;
  progress?(done: number, total: number): void;
}

/** Lines are handed to `write` in chunks of about this many characters. */
const WRITE_CHUNK = 64 * 1024;

export async function analyzeNoteLines(input: string, lang: LangOption, io: NoteLinesIo): Promise<NoteLinesResult> {
  const { notes, problems } = readNoteLines(input, lang);
  const audited: AuditedNote[] = notes.map((note) => ({ id: note.id, text: note.text, findings: [] }));
  const lanes = await io.lanes(notes.reduce((sum, note) => sum + note.text.length, 0));
  let pending = '';
  try {
    await analyseInOrder(
      notes,
      lanes,
      (index, findings) => {
        const note = audited[index] as AuditedNote;
        note.findings = findings;
        pending += `${JSON.stringify({ id: note.id, findings })}\n`;
        if (pending.length >= WRITE_CHUNK) {
          io.write(pending);
          pending = '';
        }
      },
      (done) => io.progress?.(done, notes.length),
    );
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  if (pending) io.write(pending);
  return { notes: audited, problems, exitCode: problems.length > 0 ? 2 : 0 };
}
