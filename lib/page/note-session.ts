// One note field being read: on input (debounced) it reads the text, runs the incremental
// analyser, paints the underlines and reports the count on the root element. Everything
// it starts is tied to the signal, so it stops cleanly with the page or the extension.
import { shiftFindings, type Analyzer } from '../analysis/analyzer';
import type { AnalyzeOptions, Finding, Lang } from '../analysis/types';
import type { IgnoreScope } from '../messaging/messages';
import { createHighlightPainter, supportsHighlights } from './highlight-painter';
import type { NoteField } from './note-field';
import { createTextareaMirror } from './textarea-mirror';
import { analysisWindow, type Stretch } from './analysis-window';
import { covers, firstStretch, widened } from './first-findings';
import type { IgnoredPlaces } from './ignored-places';
import { ignoreKey } from '../settings/ignore-key';
import { domRange, readEditable, type TextModel } from './text-model';

/** Analysis options as the note script knows them: custom packs still raw (validated by the analysis script). */
export type PortOptions = Omit<AnalyzeOptions, 'extraPacks'> & { rawPacks?: readonly unknown[] };

/** What the lazily loaded analysis script provides. */
export interface AnalysisPort {
  createAnalyzer(options?: PortOptions): Analyzer;
  /** Compiles and runs a language once, while the page is idle (analysis-warmup.ts). */
  warm(lang: Lang): void;
}

/** Long enough that a fast typist's keystrokes fold into one analysis, short enough to feel live. */
export const TYPING_PAUSE_MS = 150;
/** Between passes that catch up on custom rules: long enough for input and painting to run. */
const CATCH_UP_MS = 30;
/** The longest a slice of a first analysis waits for the page to be idle. */
const IDLE_TIMEOUT_MS = 500;

export interface NoteSession {
  /** True when the note is so long that only the part around the caret was analysed. */
  readonly narrowed: boolean;
  /** True while only the part around the caret is analysed and the rest follows in idle slices (first-findings.ts). */
  readonly partial: boolean;
  /** True when a text box holds a paragraph too long to underline (see textarea-mirror.ts). */
  readonly underlinesPaused: boolean;
  readonly field: NoteField;
  readonly findings: readonly Finding[];
  /** The note's language as the analyser found it in its last update (or as the settings fix it). */
  readonly lang: Lang;
  readonly model: TextModel | null;
  /** The text the findings were computed on (apply checks the note still has it). */
  readonly text: string;
  /** `performance.now()` of the last input event in the field (apply keeps its undo step apart from typing). */
  readonly lastInputAt: number | undefined;
  /** The finding under a viewport point, if any (for hover). */
  findingAt(x: number, y: number): Finding | null;
  /** The caret's offset in the note's text (for "next finding" and the analysis window). */
  caretOffset(): number;
  /** Where a finding is on screen, for placing its card. */
  rectOf(finding: Finding): DOMRect | null;
  /** The caret's line on screen in rich text (the card keeps it visible); null in a textarea or without a caret. */
  caretRect(): DOMRect | null;
  /**
   * Hides a finding in this field at once: at its place only ('here', remembered while the
   * field is on the page), its key wherever it occurs, or every finding of its rule. The
   * last two are persisted by the caller; this only spares the wait for the settings.
   * Returns what shows it again.
   */
  ignore(finding: Finding, scope: IgnoreScope): () => void;
  /** Re-reads and re-analyses now (after an apply, or when the page changed the text). */
  refresh(): void;
  /**
   * Runs an analysis still waiting for the typing pause now: the user asked for the findings
   * (the next-finding key), and the last keystrokes must count, or the card shows a finding
   * of the text as it was a moment ago.
   */
  settle(): void;
  stop(): void;
}

export interface NoteSessionOptions {
  field: NoteField;
  port: AnalysisPort;
  shadow: ShadowRoot;
  analyzeOptions: PortOptions;
  /** Findings the user chose to ignore everywhere (persisted in settings). */
  isIgnored: (finding: Finding, phrase: string) => boolean;
  /** The places ignored in this field; they outlive a session restarted for new settings. */
  places: IgnoredPlaces;
  onFindings: (session: NoteSession) => void;
  signal: AbortSignal;
}

export function startNoteSession({ field, port, shadow, analyzeOptions, isIgnored, places, onFindings, signal: parentSignal }: NoteSessionOptions): NoteSession {
  const controller = new AbortController();
  const signal = controller.signal;
  parentSignal.addEventListener('abort', () => controller.abort(), { once: true, signal });
  const analyzer = port.createAnalyzer(analyzeOptions);
  const element = field.element;
  const win = element.ownerDocument.defaultView as Window;
  const textarea = field.kind === 'textarea' ? (element as HTMLTextAreaElement) : null;
  const mirror = textarea ? createTextareaMirror(textarea, shadow, signal) : null;
  const painter = !textarea && supportsHighlights(win) ? createHighlightPainter(win) : null;
  let findings: Finding[] = [];
  let model: TextModel | null = null;
  let text = '';
  let timer: number | undefined;
  let idle: number | undefined;
  // Ignored everywhere or by rule, until the settings that persist it reach this session.
  const ignoredKeys = new Set<string>();
  const ignoredRules = new Set<string>();
  const everywhereKey = (finding: Finding, source: string) => `${finding.ruleId}\u0000${ignoreKey(source.slice(finding.start, finding.end))}`;
  const visible = (all: Finding[], source: string) =>
    places.visible(all, source).filter(
      (finding) =>
        !ignoredRules.has(finding.ruleId) &&
        !(ignoredKeys.size > 0 && ignoredKeys.has(everywhereKey(finding, source))) &&
        !isIgnored(finding, source.slice(finding.start, finding.end)),
    );

  let narrowed = false;
  const caretOffset = (): number => {
    if (textarea) return textarea.selectionEnd;
    const selection = element.ownerDocument.getSelection();
    const piece = model?.pieces.find((candidate) => candidate.node === selection?.focusNode);
    return piece ? piece.start + (selection?.focusOffset ?? 0) : 0;
  };
  // What the first analysis covered so far, while it grows from the caret; null once whole.
  let growing: Stretch | null = null;
  let partial = true;
  /** Analyses the whole text, or the window around the caret of a very long one; at first, the part of it around the caret. */
  const analyse = (source: string): Finding[] => {
    const caret = caretOffset();
    const window = analysisWindow(source.length, caret, source);
    narrowed = window.narrowed;
    let stretch: Stretch = window;
    if (partial) {
      stretch = growing ? widened(source, growing, window) : firstStretch(source, caret, window);
      partial = !covers(stretch, window);
      growing = partial ? stretch : null;
    }
    if (stretch.start === 0 && stretch.end === source.length) return analyzer.update(source);
    return shiftFindings(analyzer.update(source.slice(stretch.start, stretch.end)), stretch.start);
  };

  const run = () => {
    timer = idle = undefined;
    if (signal.aborted) return;
    if (textarea) {
      text = textarea.value;
      findings = visible(analyse(text), text);
      mirror?.paint(text, findings);
    } else {
      model = readEditable(element);
      text = model.text;
      findings = visible(analyse(text), text);
      painter?.paint(model, findings);
    }
    onFindings(session);
    // The rest of a first analysis when the page is idle; heavy custom packs check a long
    // note over several passes (CUSTOM_TRIES_PER_UPDATE): the next one follows soon. Both
    // leave the page time to respond in between.
    if (partial) whenIdle();
    else if (analyzer.lastUpdate.deferred > 0) schedule(CATCH_UP_MS);
  };
  const cancel = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback(idle);
    timer = idle = undefined;
  };
  const schedule = (delay = TYPING_PAUSE_MS) => {
    cancel();
    timer = win.setTimeout(run, delay);
  };
  const whenIdle = () => {
    cancel();
    // Typing goes first: an idle callback runs when input and painting are done. The
    // timeout keeps a page that is never idle from waiting for the rest for ever.
    if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else timer = win.setTimeout(run, CATCH_UP_MS);
  };
  let lastInputAt: number | undefined;
  element.addEventListener(
    'input',
    () => {
      lastInputAt = win.performance.now();
      schedule();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    cancel();
    mirror?.destroy();
    painter?.clear();
  });

  const rangeOf = (finding: Finding) => (model ? domRange(model, finding.start, finding.end) : null);
  const session: NoteSession = {
    get narrowed() {
      return narrowed;
    },
    get partial() {
      return partial;
    },
    get underlinesPaused() {
      return mirror?.paused ?? false;
    },
    field,
    get findings() {
      return findings;
    },
    get lang() {
      return analyzer.lang;
    },
    get model() {
      return model;
    },
    get text() {
      return text;
    },
    get lastInputAt() {
      return lastInputAt;
    },
    caretOffset,
    findingAt(x, y) {
      if (mirror) return mirror.findingAt(x, y);
      if (painter) return painter.findingAt(x, y);
      return findings.find((finding) => [...(rangeOf(finding)?.getClientRects() ?? [])].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)) ?? null;
    },
    caretRect() {
      if (textarea) return null;
      const selection = element.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0 || !element.contains(selection.focusNode)) return null;
      const range = selection.getRangeAt(0).cloneRange();
      range.collapse(false);
      const rect = range.getClientRects()[0] ?? null;
      // A caret is a line, not a point: as wide as the note, so the card stays off the whole line.
      if (!rect) return null;
      const note = element.getBoundingClientRect();
      return new DOMRect(note.left, rect.top, note.width, rect.height);
    },
    rectOf(finding) {
      return mirror ? mirror.rectOf(finding) : (rangeOf(finding)?.getBoundingClientRect() ?? null);
    },
    ignore(finding, scope) {
      const source = text;
      if (scope === 'here') {
        // The places re-read the field themselves (see createIgnoredPlaces).
        const place = places.add(finding, source);
        return () => places.remove(place);
      }
      let show: () => void;
      if (scope === 'rule') {
        ignoredRules.add(finding.ruleId);
        show = () => ignoredRules.delete(finding.ruleId);
      } else {
        const key = everywhereKey(finding, source);
        ignoredKeys.add(key);
        show = () => ignoredKeys.delete(key);
      }
      run();
      return () => {
        show();
        run();
      };
    },
    refresh: run,
    settle: () => {
      if (timer !== undefined) run();
    },
    stop: () => controller.abort(),
  };
  run();
  return session;
}
