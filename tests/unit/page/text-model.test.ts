// @vitest-environment happy-dom
// The bridge between the note's text and the editor's DOM: what an editor hides inside the
// text is no part of it, and a model the editor has since changed gives no range, never an error.
import { describe, expect, it } from 'vitest';
import { domRange, readEditable } from '../../../lib/page/text-model';

function editable(html: string): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('the text model', () => {
  it('leaves out the markers editors hide in the text (Jodit, CKEditor 4)', () => {
    const jodit = editable('<p><span data-jodit-temp="true" style="line-height: 0; display: none;">\ufeff</span>Vader weigert hulp.</p>');
    expect(readEditable(jodit).text).toBe('Vader weigert hulp.\n');
    const ckeditor = editable('<p>Vader <span data-cke-bookmark="1" style="display:none">&nbsp;</span>weigert hulp.</p><p hidden>verborgen</p>');
    expect(readEditable(ckeditor).text).toBe('Vader weigert hulp.\n');
    const range = domRange(readEditable(ckeditor), 6, 13);
    expect(range?.toString()).toBe('weigert');
  });

  it('keeps text that is only styled, not hidden', () => {
    expect(readEditable(editable('<p>Vader <span style="color: red">weigert</span> hulp.</p>')).text).toBe('Vader weigert hulp.\n');
  });

  it('gives no range once the editor has split or emptied the text it was read from', () => {
    const element = editable('<p>Vader weigert hulp.</p>');
    const model = readEditable(element);
    const text = element.querySelector('p')?.firstChild as Text;
    // What Jodit does on blur: the text moves to a new node behind a marker; the old one is left empty.
    const moved = document.createTextNode(text.data);
    text.after(moved);
    text.data = '';
    expect(() => domRange(model, 6, 13)).not.toThrow();
    expect(domRange(model, 6, 13)).toBeNull();
    expect(domRange(readEditable(element), 6, 13)?.toString()).toBe('weigert');
    // A node taken out of the note altogether.
    const again = readEditable(element);
    moved.remove();
    expect(domRange(again, 6, 13)).toBeNull();
  });
});
