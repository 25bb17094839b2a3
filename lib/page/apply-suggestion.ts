// Applies a suggestion through the editor's own input path: select the range, then
// insertText, so controlled fields (React, Vue) and rich editors (ProseMirror, Quill,
// TinyMCE) see a normal edit and Ctrl+Z undoes it in one step. It first checks that the
// text under the range is still what was analysed; if not, it refuses rather than guesses.
import type { Finding, Suggestion } from '../analysis/types';
import type { NoteField } from './note-field';
import { domRange, readEditable } from './text-model';

export type ApplyResult =
  /** Replaced, and the text outside the range is unchanged. */
  | { status: 'applied' }
  /** The note changed since it was analysed: nothing was replaced. */
  | { status: 'stale' }
  /** The editor did something other than the replacement; the user should check (Ctrl+Z undoes it). */
  | { status: 'unexpected' };

function currentText(field: NoteField): string {
  return field.kind === 'textarea' ? (field.element as HTMLTextAreaElement).value : readEditable(field.element).text;
}

export function replacementRange(finding: Finding, suggestion: Suggestion): [number, number] {
  return suggestion.range ?? [finding.start, finding.end];
}

export function applySuggestion(field: NoteField, analysedText: string, finding: Finding, suggestion: Suggestion): ApplyResult {
  const [start, end] = replacementRange(finding, suggestion);
  const before = currentText(field);
  if (before.slice(start, end) !== analysedText.slice(start, end) || before.length !== analysedText.length) {
    return { status: 'stale' };
  }
  const element = field.element;
  const doc = element.ownerDocument;
  element.focus();
  if (field.kind === 'textarea') {
    const textarea = element as HTMLTextAreaElement;
    textarea.setSelectionRange(start, end);
    if (!doc.execCommand('insertText', false, suggestion.text)) {
      // No editing command (rare): replace directly and tell the page like typing would.
      textarea.setRangeText(suggestion.text, start, end, 'end');
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: suggestion.text }));
    }
  } else {
    const range = domRange(readEditable(element), start, end);
    const selection = doc.getSelection();
    if (!range || !selection) return { status: 'stale' };
    selection.removeAllRanges();
    selection.addRange(range);
    doc.execCommand('insertText', false, suggestion.text);
    // Announce it as a replacement, the way a spell checker's is: editors with their own undo
    // manager (TinyMCE) then record it as one undo step instead of merging it with typing.
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: suggestion.text }));
  }
  const after = currentText(field);
  const expected = before.slice(0, start) + suggestion.text + before.slice(end);
  return after === expected ? { status: 'applied' } : { status: 'unexpected' };
}
