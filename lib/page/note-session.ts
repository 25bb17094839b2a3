// One note field being read: on input (debounced) it reads the text, runs the incremental
// analyser, paints the underlines and reports the count on the root element. Everything
// it starts is tied to the signal, so it stops cleanly with the page or the extension.
import type { Analyzer } from '../analysis/analyzer';
import type { AnalyzeOptions, Finding } from '../analysis/types';
import { createHighlightPainter, supportsHighlights } from './highlight-painter';
import type { NoteField } from './note-field';
import { createTextareaMirror } from './textarea-mirror';
import { readEditable, type TextModel } from './text-model';

/** What the lazily loaded analysis script provides. */
export interface AnalysisPort {
  createAnalyzer(options?: AnalyzeOptions): Analyzer;
}

/** Long enough that a fast typist's keystrokes fold into one analysis, short enough to feel live. */
export const TYPING_PAUSE_MS = 150;

export interface NoteSession {
  readonly field: NoteField;
  readonly findings: readonly Finding[];
  readonly model: TextModel | null;
  /** Re-reads and re-analyses now (after an apply, or when the page changed the text). */
  refresh(): void;
  stop(): void;
}

export function startNoteSession(
  field: NoteField,
  port: AnalysisPort,
  shadow: ShadowRoot,
  onFindings: (session: NoteSession) => void,
  parentSignal: AbortSignal,
): NoteSession {
  const controller = new AbortController();
  const signal = controller.signal;
  parentSignal.addEventListener('abort', () => controller.abort(), { once: true, signal });
  const analyzer = port.createAnalyzer();
  const element = field.element;
  const win = element.ownerDocument.defaultView as Window;
  const textarea = field.kind === 'textarea' ? (element as HTMLTextAreaElement) : null;
  const mirror = textarea ? createTextareaMirror(textarea, shadow, signal) : null;
  const painter = !textarea && supportsHighlights(win) ? createHighlightPainter(win) : null;
  let findings: Finding[] = [];
  let model: TextModel | null = null;
  let timer: number | undefined;

  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (textarea) {
      findings = analyzer.update(textarea.value);
      mirror?.paint(textarea.value, findings);
    } else {
      model = readEditable(element);
      findings = analyzer.update(model.text);
      painter?.paint(model, findings);
    }
    onFindings(session);
  };
  const schedule = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(run, TYPING_PAUSE_MS);
  };
  element.addEventListener('input', schedule, { signal });
  signal.addEventListener('abort', () => {
    if (timer !== undefined) win.clearTimeout(timer);
    mirror?.destroy();
    painter?.clear();
  });

  const session: NoteSession = {
    field,
    get findings() {
      return findings;
    },
    get model() {
      return model;
    },
    refresh: run,
    stop: () => controller.abort(),
  };
  run();
  return session;
}
