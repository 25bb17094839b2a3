// The rich-editor fixture pages (tests/fixtures/editors/README.md) as tests use them: open
// one, read the editor's own model, and read the screen the way a reader sees it.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export const RICH_EDITORS = ['ckeditor5', 'lexical', 'slate', 'trix', 'draftjs'] as const;

type FixtureWindow = { fixtureEditor: { editable: HTMLElement; modelText(): string } };

/** Where each fixture's editable is (some editors own every attribute of it, so we cannot mark it). */
export const EDITABLE_SELECTOR: Record<(typeof RICH_EDITORS)[number], string> = {
  ckeditor5: '.ck-editor__editable',
  lexical: '#editor',
  slate: '#slate-editable',
  trix: 'trix-editor',
  draftjs: '#app [contenteditable="true"]',
};

export async function openRichEditor(harness: Harness, name: (typeof RICH_EDITORS)[number]): Promise<Page> {
  const page = await harness.openFixture(`/editors/${name}.html`);
  await page.waitForFunction(() => (window as unknown as Partial<FixtureWindow>).fixtureEditor !== undefined);
  const same = await page.evaluate((selector) => document.querySelector(selector) === (window as unknown as FixtureWindow).fixtureEditor.editable, EDITABLE_SELECTOR[name]);
  if (!same) throw new Error(`${EDITABLE_SELECTOR[name]} is not the editable of ${name}`);
  return page;
}

export const modelText = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).fixtureEditor.modelText());

/**
 * The editable's text as a reader sees it: blocks and <br> are line breaks, no-break spaces
 * are spaces, and the zero-width characters editors keep in empty nodes are dropped.
 */
export const screenText = (page: Page) =>
  page.evaluate(() => {
    const editable = (window as unknown as FixtureWindow).fixtureEditor.editable;
    let text = '';
    const newline = () => {
      if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    };
    const visit = (node: Node) => {
      if (node.nodeType === 3) text += (node as Text).data;
      if (node.nodeType !== 1) return;
      const name = (node as Element).localName;
      if (name === 'br') return void (text += '\n');
      const block = /^(p|div|li|h[1-6]|blockquote|pre|ul|ol)$/.test(name);
      if (block) newline();
      node.childNodes.forEach(visit);
      if (block) newline();
    };
    editable.childNodes.forEach(visit);
    return text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\n+/g, '\n').replace(/\n$/, '');
  });
