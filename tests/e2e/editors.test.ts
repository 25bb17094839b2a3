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

/** An editor under test: where to type, where our card shows, and how to read its own model and its screen. */
interface EditorUnderTest {
  field: Locator;
  scope: Page | FrameLocator;
  model: () => Promise<string>;
  screen: () => Promise<string>;
  typingClosed?: () => Promise<boolean>;
}

/** Types the note and applies the first suggestion: the editor's model is then exactly the applied note. */
async function typeAndApply(page: Page, editor: EditorUnderTest) {
  await editor.field.click();
  await page.keyboard.type(NOTE, { delay: 5 });
  await applyFirstSuggestion(editor.scope, page, editor.typingClosed);
  await expect.poll(editor.model).toBe(APPLIED);
}

/** Apply, one Ctrl+Z gives back the note as typed, and typing on after it reaches model and screen. */
async function appliesAndUndoes(page: Page, editor: EditorUnderTest) {
  await typeAndApply(page, editor);
  await page.keyboard.press('Control+z');
  await expect.poll(editor.model).toBe(NOTE);
  await typesOnAfterUndo(page, editor.model, editor.screen);
  await page.close();
}

/**
 * For editors whose history keeps snapshots only at word ends and at their own commands
 * (Summernote, Squire): Ctrl+Z goes back to their last snapshot (the replacement gone, and
 * the words typed after that snapshot with it), and Ctrl+Y brings back exactly the applied
 * note. Nothing is lost.
 */
async function appliesAndSnapshotUndoes(page: Page, editor: EditorUnderTest) {
  await typeAndApply(page, editor);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => NOTE.startsWith(await editor.model()) && (await editor.model()) !== APPLIED).toBe(true);
  await page.keyboard.press('Control+y');
  await expect.poll(editor.model).toBe(APPLIED);
  await typesOnAfterUndo(page, editor.model, editor.screen);
  await page.close();
}

/** Quill's own clock for merging: the last recorded change plus its delay (Quill 1 and 2). */
const quillTypingClosed = (page: Page) => () =>
  page.evaluate(() => {
    const { history } = (window as unknown as { quill: { history: { lastRecorded: number; options: { delay: number } } } }).quill;
    return Date.now() > history.lastRecorded + history.options.delay;
  });
const quillText = (page: Page) => () => page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText().trimEnd());

/** An editor's saved HTML as the plain text a reader sees. */
const plainOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ').replace(/\u200b|\ufeff/g, '').trim();

describe('real editors', () => {
  it('React-controlled textarea: state follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/textarea-react.html');
    await appliesAndUndoes(page, {
      field: page.locator('#note'),
      scope: page,
      model: async () => (await page.locator('#state').textContent()) ?? '',
      screen: () => page.locator('#note').inputValue(),
    });
  });

  it('Quill: getText() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/quill.html');
    const editable = page.locator('#editor .ql-editor');
    await appliesAndUndoes(page, { field: editable, scope: page, model: quillText(page), screen: screenOf(editable), typingClosed: quillTypingClosed(page) });
  });

  it('ProseMirror: state.doc.textContent follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/prosemirror.html');
    const editable = page.locator('#editor .ProseMirror');
    const model = () => page.evaluate(() => (window as unknown as { view: { state: { doc: { textContent: string } } } }).view.state.doc.textContent);
    await appliesAndUndoes(page, { field: editable, scope: page, model, screen: screenOf(editable) });
  });

  it('TinyMCE (iframe mode): getContent() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/tinymce.html');
    await page.locator('iframe.tox-edit-area__iframe').waitFor({ timeout: 15_000 });
    const frame = page.frameLocator('iframe.tox-edit-area__iframe');
    const model = () => page.evaluate(() => (window as unknown as { tinymce: { activeEditor: { getContent(options: object): string } } }).tinymce.activeEditor.getContent({ format: 'text' }).trim());
    await appliesAndUndoes(page, { field: frame.locator('body'), scope: frame, model, screen: screenOf(frame.locator('body')) });
  });

  // CKEditor 4 (4.22.1, the last open-source release) is what many older care systems embed:
  // classic mode edits the body of an iframe, inline mode a div on the page. getData() is
  // what they save.
  const ckeditorText = (page: Page) => () => page.evaluate(() => (window as unknown as { modelText(): string }).modelText());
  const ckeditorReady = (page: Page) =>
    page.waitForFunction(() => (window as unknown as { ckeditorReady?: boolean }).ckeditorReady === true, undefined, { timeout: 15_000 });

  it('CKEditor 4 (classic, iframe): getData() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/ckeditor4.html');
    await ckeditorReady(page);
    const frame = page.frameLocator('iframe.cke_wysiwyg_frame');
    await appliesAndUndoes(page, { field: frame.locator('body'), scope: frame, model: ckeditorText(page), screen: screenOf(frame.locator('body')) });
  });

  it('CKEditor 4 (inline): getData() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/ckeditor4.html?mode=inline');
    await ckeditorReady(page);
    const editable = page.locator('#inline');
    await appliesAndUndoes(page, { field: editable, scope: page, model: ckeditorText(page), screen: screenOf(editable) });
  });

  it('Quill 1 (1.3.7, still in many systems): getText() follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/quill1.html');
    const editable = page.locator('#editor .ql-editor');
    await appliesAndUndoes(page, { field: editable, scope: page, model: quillText(page), screen: screenOf(editable), typingClosed: quillTypingClosed(page) });
  });

  it('Jodit (4): its value follows the applied suggestion and the undo', async () => {
    const page = await harness.openFixture('/editors/jodit.html');
    const editable = page.locator('.jodit-wysiwyg');
    const model = () =>
      page.evaluate(() => {
        const box = document.createElement('div');
        box.innerHTML = (window as unknown as { jodit: { value: string } }).jodit.value;
        return (box.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      });
    await appliesAndUndoes(page, { field: editable, scope: page, model, screen: screenOf(editable) });
  });

  it('Summernote (lite, jQuery): its code follows the applied suggestion; undo and redo give back the typed and the applied note', async () => {
    const page = await harness.openFixture('/editors/summernote.html');
    const editable = page.locator('.note-editable');
    const model = async () => plainOf(await page.evaluate(() => (window as unknown as { $: (selector: string) => { summernote(command: string): string } }).$('#editor').summernote('code')));
    await appliesAndSnapshotUndoes(page, { field: editable, scope: page, model, screen: screenOf(editable) });
  });

  it('Squire (2): getHTML() follows the applied suggestion; undo and redo give back the typed and the applied note', async () => {
    const page = await harness.openFixture('/editors/squire.html');
    await page.waitForFunction(() => (window as unknown as { squire?: unknown }).squire !== undefined);
    const editable = page.locator('#editor');
    const model = async () => plainOf(await page.evaluate(() => (window as unknown as { squire: { getHTML(): string } }).squire.getHTML()));
    await appliesAndSnapshotUndoes(page, { field: editable, scope: page, model, screen: screenOf(editable) });
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
