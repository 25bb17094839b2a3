// Real editor libraries from npm: type a Dutch note key by key, wait for the findings,
// apply a suggestion from the card, read the editor's own model, then Ctrl+Z and check
// the original is back. The model, not the screen, is what the care system saves.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFromCard, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const NOTE = 'Vader weigert hulp.';
const APPLIED = 'Vader wil nu geen hulp.';

/**
 * `typingClosed` says when the editor will start a new undo step: a writer reads before
 * applying, and an editor that merges quick edits (Quill: within a second) would otherwise
 * take back the typing with the replacement on one Ctrl+Z.
 */
async function applyFirstSuggestion(scope: Page | FrameLocator, page: Page, typingClosed?: () => Promise<boolean>) {
  await expect.poll(() => scope.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 15_000 }).toBe('1');
  if (typingClosed) await expect.poll(typingClosed).toBe(true);
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+N');
  await scope.locator('samenspraak-root .card').waitFor();
  expect(await applyFromCard(scope)).toBe('applied');
  // How the words went in (see README, Editors): printed, not asserted, as it may change with an editor's version.
  console.log(`${page.url().split('/').pop()}: ${await scope.locator('samenspraak-root').getAttribute('data-last-apply')}`);
}


const TYPED_ON = ' Sanne speelde buiten.';

/** The editable's text as a reader sees it (no-break spaces as spaces, editors' zero-width fillers dropped). */
const screenOf = (editable: Locator) => async () =>
  (await editable.innerText()).replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\n+/g, '\n').trim();

/** After the undo: typing on at the end reaches the model, and the screen shows the model. */
async function typesOnAfterUndo(page: Page, model: () => Promise<string>, screen: () => Promise<string>) {
  const before = await model();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(TYPED_ON, { delay: 5 });
  await expect.poll(model).toBe(`${before}${TYPED_ON}`);
  await expect.poll(screen).toBe(await model());
}

describe('real editors', () => {
  it('React-controlled textarea: state follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/textarea-react.html');
    await page.locator('#note').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    await expect.poll(() => page.locator('#state').textContent()).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#state').textContent()).toBe(NOTE);
    await typesOnAfterUndo(page, async () => (await page.locator('#state').textContent()) ?? '', () => page.locator('#note').inputValue());
    await page.close();
  });

  it('Quill: getText() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/quill.html');
    await page.locator('#editor .ql-editor').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    // Quill's own clock for merging: the last recorded change plus its delay.
    const typingClosed = () =>
      page.evaluate(() => {
        const { history } = (window as unknown as { quill: { history: { lastRecorded: number; options: { delay: number } } } }).quill;
        return Date.now() > history.lastRecorded + history.options.delay;
      });
    await applyFirstSuggestion(page, page, typingClosed);
    const text = () => page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText().trimEnd());
    await expect.poll(text).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(NOTE);
    await typesOnAfterUndo(page, text, screenOf(page.locator('#editor .ql-editor')));
    await page.close();
  });

  it('ProseMirror: state.doc.textContent follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/prosemirror.html');
    await page.locator('#editor .ProseMirror').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    const text = () => page.evaluate(() => (window as unknown as { view: { state: { doc: { textContent: string } } } }).view.state.doc.textContent);
    await expect.poll(text).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(NOTE);
    await typesOnAfterUndo(page, text, screenOf(page.locator('#editor .ProseMirror')));
    await page.close();
  });

  it('TinyMCE (iframe mode): getContent() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/tinymce.html');
    const frameElement = page.locator('iframe.tox-edit-area__iframe');
    await frameElement.waitFor({ timeout: 15_000 });
    const frame = page.frameLocator('iframe.tox-edit-area__iframe');
    await frame.locator('body').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(frame, page);
    const text = () => page.evaluate(() => (window as unknown as { tinymce: { activeEditor: { getContent(options: object): string } } }).tinymce.activeEditor.getContent({ format: 'text' }).trim());
    await expect.poll(text).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(NOTE);
    await typesOnAfterUndo(page, text, screenOf(frame.locator('body')));
    await page.close();
  });

  // CKEditor 4 (4.22.1, the last open-source release) is what many older care systems embed:
  // classic mode edits the body of an iframe, inline mode a div on the page. getData() is
  // what they save.
  const ckeditorText = (page: Page) => page.evaluate(() => (window as unknown as { modelText(): string }).modelText());

  it('CKEditor 4 (classic, iframe): getData() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/ckeditor4.html');
    await page.waitForFunction(() => (window as unknown as { ckeditorReady?: boolean }).ckeditorReady === true, undefined, { timeout: 15_000 });
    const frame = page.frameLocator('iframe.cke_wysiwyg_frame');
    await frame.locator('body').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(frame, page);
    await expect.poll(() => ckeditorText(page)).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(() => ckeditorText(page)).toBe(NOTE);
    await typesOnAfterUndo(page, () => ckeditorText(page), screenOf(frame.locator('body')));
    await page.close();
  });

  it('CKEditor 4 (inline): getData() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/ckeditor4.html?mode=inline');
    await page.waitForFunction(() => (window as unknown as { ckeditorReady?: boolean }).ckeditorReady === true, undefined, { timeout: 15_000 });
    await page.locator('#inline').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    await expect.poll(() => ckeditorText(page)).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(() => ckeditorText(page)).toBe(NOTE);
    await typesOnAfterUndo(page, () => ckeditorText(page), screenOf(page.locator('#inline')));
    await page.close();
  });

  it('Quill 1 (1.3.7, still in many systems): getText() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/quill1.html');
    await page.locator('#editor .ql-editor').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    const typingClosed = () =>
      page.evaluate(() => {
        const { history } = (window as unknown as { quill: { history: { lastRecorded: number; options: { delay: number } } } }).quill;
        return Date.now() > history.lastRecorded + history.options.delay;
      });
    await applyFirstSuggestion(page, page, typingClosed);
    const text = () => page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText().trimEnd());
    await expect.poll(text).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(NOTE);
    await typesOnAfterUndo(page, text, screenOf(page.locator('#editor .ql-editor')));
    await page.close();
  });

  it('Jodit (4): its value follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/jodit.html');
    await page.locator('.jodit-wysiwyg').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    const text = () =>
      page.evaluate(() => {
        const box = document.createElement('div');
        box.innerHTML = (window as unknown as { jodit: { value: string } }).jodit.value;
        return (box.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      });
    await expect.poll(text).toBe(APPLIED);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(NOTE);
    await typesOnAfterUndo(page, text, screenOf(page.locator('.jodit-wysiwyg')));
    await page.close();
  });

  /** An editor's saved HTML as the plain text a reader sees. */
  const plainOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ').replace(/\u200b|\ufeff/g, '').trim();

  it('Summernote (lite, jQuery): its code follows the applied suggestion; undo and redo give back the typed and the applied note', async () => {
    const page = await harness.openFixture('/editors/summernote.html');
    await page.locator('.note-editable').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    const html = () => page.evaluate(() => (window as unknown as { $: (selector: string) => { summernote(command: string): string } }).$('#editor').summernote('code'));
    await expect.poll(async () => plainOf(await html())).toBe(APPLIED);
    // Summernote's history has snapshots only of its own commands and clicks, not of typing:
    // Ctrl+Z goes back to its last one (the replacement gone, and the words typed after that
    // snapshot with it), and Ctrl+Y brings back exactly the applied note. Nothing is lost.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => NOTE.startsWith(plainOf(await html())) && plainOf(await html()) !== APPLIED).toBe(true);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => plainOf(await html())).toBe(APPLIED);
    await typesOnAfterUndo(page, async () => plainOf(await html()), screenOf(page.locator('.note-editable')));
    await page.close();
  });

  it('Squire (2): getHTML() follows the applied suggestion; undo and redo give back the typed and the applied note', async () => {
    const page = await harness.openFixture('/editors/squire.html');
    await page.waitForFunction(() => (window as unknown as { squire?: unknown }).squire !== undefined);
    await page.locator('#editor').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await applyFirstSuggestion(page, page);
    const html = () => page.evaluate(() => (window as unknown as { squire: { getHTML(): string } }).squire.getHTML());
    await expect.poll(async () => plainOf(await html())).toBe(APPLIED);
    // Squire records an undo state when a word ends (its space key handler), like Summernote:
    // Ctrl+Z goes back to that state, Ctrl+Y brings back exactly the applied note.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => NOTE.startsWith(plainOf(await html())) && plainOf(await html()) !== APPLIED).toBe(true);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => plainOf(await html())).toBe(APPLIED);
    await typesOnAfterUndo(page, async () => plainOf(await html()), screenOf(page.locator('#editor')));
    await page.close();
  });

  it('an editor in an about:srcdoc frame gets the note script and its findings', async () => {
    const page = await harness.openFixture('/editors/srcdoc-frame.html');
    const frame = page.frameLocator('#editor');
    await frame.locator('body').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    await expect.poll(() => frame.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
  });
});
