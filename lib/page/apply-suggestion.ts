// Applies a suggestion through the editor's own input path, so React/Vue state and the
// models of rich editors stay true and Ctrl+Z undoes it in one step. The order matters,
// and every step is there because an editor broke without it:
//   1. refuse if the note is not exactly what was analysed (never guess);
//   2. wait until the user's last keystroke is older than the editors' undo-merge windows,
//      so the replacement becomes an undo step of its own instead of joining their typing;
//   3. focus the field and check again, against the element that really has focus;
//   4. rich text: select the range, let the editor see the selection, then offer the edit as
//      a `beforeinput` event (the way a spell checker's replacement arrives), then as a
//      `textInput` event (what React's onBeforeInput is made from). Only if no editor took
//      it (not cancelled, no DOM change) type it with execCommand, which a plain
//      contenteditable and editors that read DOM mutations (ProseMirror, TinyMCE) follow;
//   5. wait for the editor to settle and compare the whole text with the exact expected one.
// Never both writes, and never a second attempt: if the result is off, the user is told.
import type { Finding, Suggestion } from '../analysis/types';
import type { ApplyMethod, ApplyResult } from '../messaging/messages';
import { nextFrame, settledText, sleep, watchMutations } from './editor-settle';
import type { NoteField } from './note-field';
import type { NoteSession } from './note-session';
import { domRange, readEditable, textOffsetOf } from './text-model';

/**
 * Editors fold edits made shortly after typing into the same undo step: Quill within 1 s,
 * Lexical and ProseMirror within 0.3–0.5 s. Applying sooner than this after the last
 * keystroke would let one Ctrl+Z take back the user's last words with our replacement.
 */
export const UNDO_MERGE_WINDOW_MS = 1_050;

/**
 * How long an editor that neither cancels the event nor has changed the DOM yet gets to
 * show that it is handling it, before we conclude nobody listens (a plain contenteditable
 * ignores untrusted input events). Trix renders on the next animation frame; 250 ms is
 * many frames and still short enough not to feel slow.
 */
const UNCLAIMED_EVENT_MS = 250;

/**
 * After the note gets focus back (from the card or the side panel), editors finish their
 * focus handling asynchronously: CKEditor 5 renders its selection 50 ms after focus and
 * until then does not take a new selection into its model, so the replacement would join
 * the user's last typing step. Waiting this long after a real focus change avoids that.
 */
const FOCUS_SETTLE_MS = 120;

/** Extra time after a new selection, beyond two frames, for editors to take it (see applyToRichText). */
const SELECTION_SETTLE_MS = 40;

export interface ApplyOptions {
  /** `performance.now()` of the user's last input in this field, if known. */
  lastInputAt?: number;
}

const inFlight = new WeakSet<HTMLElement>();

function currentText(field: NoteField): string {
  return field.kind === 'textarea' ? (field.element as HTMLTextAreaElement).value : readEditable(field.element).text;
}

export function replacementRange(finding: Finding, suggestion: Suggestion): [number, number] {
  return suggestion.range ?? [finding.start, finding.end];
}

function hasFocus(element: HTMLElement): boolean {
  const active = element.ownerDocument.activeElement;
  return active !== null && (active === element || element.contains(active));
}

function classify(before: string, expected: string, after: string, method: ApplyMethod): ApplyResult {
  if (after === expected) return { status: 'applied', method };
  if (after === before) return { status: 'refused', method };
  return { status: 'unexpected', method };
}

/** The selection covers exactly [start, end] of the note, as text offsets (editors may move it to an equivalent DOM point). */
function selectionCovers(element: HTMLElement, start: number, end: number): boolean {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  const model = readEditable(element);
  const offsetOf = (node: Node, offset: number): number | null => {
    if (node.nodeType === 3) return textOffsetOf(model, node, offset);
    // An element boundary: the text before the child at `offset`.
    const child = node.childNodes[offset];
    const probe = element.ownerDocument.createRange();
    probe.setStart(element, 0);
    if (child) probe.setEndBefore(child);
    else probe.setEnd(node, offset);
    return readEditable(probe.cloneContents() as unknown as HTMLElement).text.length;
  };
  return offsetOf(range.startContainer, range.startOffset) === start && offsetOf(range.endContainer, range.endOffset) === end;
}

function applyToTextarea(textarea: HTMLTextAreaElement, start: number, end: number, text: string): ApplyMethod {
  textarea.setSelectionRange(start, end);
  // The browser's own editing command: the page sees the usual input event and the
  // browser's undo stack gets the step.
  if (textarea.ownerDocument.execCommand('insertText', false, text)) return 'exec-command';
  // No editing command (rare): replace directly and tell the page like typing would.
  textarea.setRangeText(text, start, end, 'end');
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return 'set-range-text';
}

async function applyToRichText(field: NoteField, start: number, end: number, text: string, before: string): Promise<ApplyMethod | 'stale'> {
  const element = field.element;
  const doc = element.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const range = domRange(readEditable(element), start, end);
  const selection = doc.getSelection();
  if (!range || !selection) return 'stale';
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors learn about a selection from `selectionchange`, which the browser dispatches
  // later, and some only in their next frame: two frames and a little more let them move
  // their own model selection there. CKEditor 5 ends its typing batch on it and Trix takes
  // the selection for its undo entry, which makes the replacement its own undo step; on a
  // busy machine one frame was sometimes not enough for Trix.
  await nextFrame(win);
  await nextFrame(win);
  await sleep(win, SELECTION_SETTLE_MS);
  if (currentText(field) !== before || !selectionCovers(element, start, end) || !hasFocus(element)) return 'stale';

  const target = selection.getRangeAt(0);
  const beforeInput = new win.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    cancelable: true,
    bubbles: true,
    composed: true,
    targetRanges: [new win.StaticRange({ startContainer: target.startContainer, startOffset: target.startOffset, endContainer: target.endContainer, endOffset: target.endOffset })],
  });
  // Cancelled: the editor (CKEditor 5, Lexical, Slate, Quill) applies it to its model and
  // renders. Taken without preventDefault (Trix): the DOM changes, so we must not write too.
  if (await offer(element, beforeInput, UNCLAIMED_EVENT_MS)) return 'beforeinput';
  // React-based editors (Draft.js) build their input from React's onBeforeInput, which
  // React makes from the `textInput` event, not from `beforeinput`. React handles it at
  // once, so a frame is plenty to see whether anybody did.
  if (typeof win.TextEvent === 'function') {
    const textInput = doc.createEvent('TextEvent');
    textInput.initTextEvent('textInput', true, true, win, text);
    if (await offer(element, textInput, 0)) return 'text-input';
  }
  // Nobody took the event. Type the words as the browser's own editing command: a plain
  // contenteditable takes it, and editors that follow DOM mutations (ProseMirror, TinyMCE)
  // read it as input. The selection is checked once more: the page had 250 ms.
  if (currentText(field) !== before || !selectionCovers(element, start, end)) return 'stale';
  doc.execCommand('insertText', false, text);
  // What the browser sends after a spell checker's replacement: an input event of type
  // insertReplacementText. Editors with an undo manager of their own (TinyMCE) then close
  // the user's typing step and record the replacement as a step of its own. It carries no
  // data, so an editor that inserts what input events bring (Lexical did) has nothing to
  // insert a second time.
  element.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: null }));
  return 'exec-command';
}

/**
 * Dispatches an input event on the editable and tells whether an editor took it: it
 * cancelled the event, or the DOM changed within `waitMs` (at least one frame).
 */
async function offer(element: HTMLElement, event: Event, waitMs: number): Promise<boolean> {
  const win = element.ownerDocument.defaultView as Window;
  const mutations = watchMutations(element);
  try {
    if (!element.dispatchEvent(event)) return true;
    await nextFrame(win);
    const from = win.performance.now();
    while (!mutations.changed && win.performance.now() - from < waitMs) await sleep(win, 16);
    return mutations.changed;
  } finally {
    mutations.stop();
  }
}

export async function applySuggestion(field: NoteField, analysedText: string, finding: Finding, suggestion: Suggestion, options: ApplyOptions = {}): Promise<ApplyResult> {
  const element = field.element;
  if (inFlight.has(element)) return { status: 'busy' };
  const [start, end] = replacementRange(finding, suggestion);
  if (currentText(field) !== analysedText) return { status: 'stale' };
  const win = element.ownerDocument.defaultView as Window;
  inFlight.add(element);
  try {
    const sinceInput = options.lastInputAt === undefined ? Infinity : win.performance.now() - options.lastInputAt;
    if (sinceInput < UNDO_MERGE_WINDOW_MS) await sleep(win, UNDO_MERGE_WINDOW_MS - sinceInput);
    const hadFocus = hasFocus(element);
    element.focus({ preventScroll: true });
    if (!hadFocus) await sleep(win, FOCUS_SETTLE_MS);
    // Focusing may run the page's own focus handlers, which can change the note or move
    // focus elsewhere: check after it, against the element that really has focus.
    if (!hasFocus(element) || currentText(field) !== analysedText) return { status: 'stale' };
    const expected = analysedText.slice(0, start) + suggestion.text + analysedText.slice(end);
    let method: ApplyMethod | 'stale';
    try {
      method =
        field.kind === 'textarea'
          ? await applyToTextarea(element as HTMLTextAreaElement, start, end, suggestion.text)
          : await applyToRichText(field, start, end, suggestion.text, analysedText);
    } catch {
      // The page changed under us mid-way, or an editor's own handler threw on our selection
      // or event (Jodit did, restoring a selection marker): whatever happened is judged by the
      // text alone, once the editor settles, and never written again.
      method = 'interrupted';
    }
    if (method === 'stale') return { status: 'stale' };
    const after = await settledText(win, () => currentText(field));
    if (method === 'interrupted' && after === analysedText) return { status: 'stale' };
    return classify(analysedText, expected, after, method);
  } finally {
    inFlight.delete(element);
  }
}

/**
 * Apply for a session's finding, as the card and the side panel call it: an error that still
 * escapes (a bug of ours) is reported as an outcome to check, so the card never stays on
 * "Applying…" and the user is told to look at the note.
 */
export function applySafely(session: Pick<NoteSession, 'field' | 'text' | 'lastInputAt'>, finding: Finding, suggestion: Suggestion): Promise<ApplyResult> {
  return applySuggestion(session.field, session.text, finding, suggestion, { lastInputAt: session.lastInputAt }).catch(
    (): ApplyResult => ({ status: 'unexpected', method: 'interrupted' }),
  );
}
