// Decides whether an element the user is typing in is a note field Samenspraak should read,
// and what kind it is. Works on tag names rather than instanceof so it also holds for
// elements from same-origin iframes (each frame has its own constructors).

import type { NoteFieldKind } from '../messaging/note-snapshot';

export type { NoteFieldKind };

export interface NoteField {
  element: HTMLElement;
  kind: NoteFieldKind;
}

/**
 * Opt-outs a page can set on a field or any ancestor: ours, and the ones sites already
 * use to keep writing assistants away from an editor they need to protect.
 */
const OPT_OUTS = ['[data-samenspraak="off"]', '[data-gramm="false"]', '[data-gramm_editor="false"]', '[data-enable-grammarly="false"]'];
export const OPT_OUT_SELECTOR = OPT_OUTS.join(', ');
const OPT_OUT_BUT_GRAMM = OPT_OUTS.filter((selector) => selector !== '[data-gramm="false"]').join(', ');

/**
 * Quill 1 puts data-gramm="false" on every editor it makes (Grammarly rewrote its DOM and broke
 * it), whatever the site wants: on a Quill editor root that attribute is Quill's default, not
 * the site's choice. Samenspraak never changes the editor's DOM, and Apply goes through input
 * Quill reads (tested on Quill 1.3.7). Every other opt-out, and a site's own on an ancestor, holds.
 */
const QUILL_DEFAULT = '.ql-editor[data-gramm="false"]';

function optedOut(element: HTMLElement): boolean {
  for (let at = element.closest(OPT_OUT_SELECTOR); at; at = at.parentElement?.closest(OPT_OUT_SELECTOR) ?? null) {
    const onlyQuillsDefault = at.matches(QUILL_DEFAULT) && !at.matches(OPT_OUT_BUT_GRAMM);
    if (!onlyQuillsDefault) return true;
  }
  return false;
}

function isElement(value: unknown): value is HTMLElement {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

/** The outermost editable ancestor: the element the editor library owns. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/**
 * A box meant for one line (a name, a subject) is not a note. Only boxes that cannot grow
 * count: many editors start one line tall and grow with the text, and an iframe editor's
 * body is only as tall as its content.
 */
function isTooShort(element: HTMLElement): boolean {
  if (element.localName === 'textarea') {
    const textarea = element as HTMLTextAreaElement;
    if (textarea.maxLength > 0 && textarea.maxLength < 100) return true;
    if (textarea.getAttribute('rows') !== '1') return false;
  } else {
    if (element.getAttribute('aria-multiline') === 'false') return true;
    if (element === element.ownerDocument.body) return false;
  }
  const win = element.ownerDocument.defaultView;
  if (!win) return false;
  const style = win.getComputedStyle(element);
  if (element.localName !== 'textarea' && style.overflowY !== 'hidden') return false;
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.2;
  const height = element.clientHeight;
  // Not laid out (hidden, or measured before layout): do not judge by size.
  return height > 0 && height < lineHeight * 1.8;
}

export function noteFieldFor(target: EventTarget | null): NoteField | null {
  if (!isElement(target)) return null;
  let field: NoteField | null = null;
  if (target.localName === 'textarea') {
    const textarea = target as HTMLTextAreaElement;
    if (textarea.readOnly || textarea.disabled) return null;
    field = { element: textarea, kind: 'textarea' };
  } else if (target.isContentEditable) {
    const host = editingHost(target);
    const doc = host.ownerDocument;
    const inFrame = doc.defaultView !== null && doc.defaultView !== doc.defaultView.top;
    field = { element: host, kind: inFrame && host === doc.body ? 'iframe' : 'contenteditable' };
  }
  if (!field || optedOut(field.element) || isTooShort(field.element)) return null;
  return field;
}
