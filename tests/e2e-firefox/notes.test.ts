// The note side in real Firefox ESR, on the same fixtures as the Chromium suite: opt-in per
// site in every frame, underlines, the card, Apply and one Ctrl+Z in a textarea, a
// contenteditable note, ProseMirror and TinyMCE (its note in an about:srcdoc frame).
// One browser for the file, few page loads: CI has two cores and a time budget.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DEV_BUILD_DIR, startFirefoxHarness, type FirefoxHarness } from './harness';
import { applyFromCard, cardText, chord, firstUnderline, frameInside, frameOf, highlighted, rootAttribute, waitForFindings } from './note-page';

let harness: FirefoxHarness;
beforeAll(async () => {
  harness = await startFirefoxHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const NOTE = 'Vader weigert hulp.';
const APPLIED = 'Vader wil nu geen hulp.';

const hasRoot = (page: Page) => page.evaluate(() => document.querySelector('samenspraak-root') !== null);

describe('the Firefox build', () => {
  it('carries only what Firefox understands, and keeps the sidebar closed at install', async () => {
    const manifest = JSON.parse(await readFile(join(FIREFOX_DEV_BUILD_DIR, 'manifest.json'), 'utf8'));
    // Firefox reads managed storage from policies.json and warns about a schema.
    expect(manifest.storage).toBeUndefined();
    expect(manifest.sidebar_action.open_at_install).toBe(false);
  });
});

describe('opt-in per site', () => {
  it('runs nowhere on a site not switched on, and in the top frame and the iframe where it is', async () => {
    const other = await harness.openOnOtherSite('/demo/');
    await (await frameOf(other, 'editor-frame')).waitForSelector('body');
    // The same page on the switched-on site, opened after it, shows the script had its chance.
    const on = await harness.openFixture('/demo/');
    await on.waitForSelector('samenspraak-root');
    await (await frameOf(on, 'editor-frame')).waitForSelector('samenspraak-root');
    expect(await hasRoot(other)).toBe(false);
    expect(await (await frameOf(other, 'editor-frame')).evaluate(() => document.querySelector('samenspraak-root') !== null)).toBe(false);
    await other.close();
    await on.close();
  });
});

describe('on the demo care system', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openFixture('/demo/');
    await page.waitForSelector('samenspraak-root');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('underlines in a textarea; the card opens on hover, Apply replaces the phrase and Ctrl+Z undoes it', async () => {
    await page.click('#verslag');
    await page.keyboard.type(NOTE, { delay: 5 });
    await waitForFindings(page, 1);
    expect(await rootAttribute(page, 'data-field')).toBe('textarea');
    const underlined = await page.evaluate(() => [...(document.querySelector('samenspraak-root')?.shadowRoot?.querySelectorAll('.mirror span') ?? [])].map((span) => span.textContent));
    expect(underlined).toEqual(['weigert']);

    const box = await firstUnderline(page);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    expect(await cardText(page)).toContain(APPLIED);
    expect(await applyFromCard(page)).toBe('applied');
    const value = () => page.$eval('#verslag', (field) => (field as HTMLTextAreaElement).value);
    expect(await value()).toBe(APPLIED);
    await chord(page, 'z', 'Control');
    await page.waitForFunction((note) => (document.querySelector('#verslag') as HTMLTextAreaElement).value === note, {}, NOTE);
  });

  it('underlines a contenteditable note through the Highlight API without touching its DOM; Apply and Ctrl+Z', async () => {
    await page.click('#notitie');
    await page.keyboard.type('Vader is ongemotiveerd.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Moeder komt altijd te laat.', { delay: 5 });
    await waitForFindings(page, 2);
    expect(await rootAttribute(page, 'data-field')).toBe('contenteditable');
    expect(await highlighted(page, 'samenspraak-judgmental')).toEqual(['ongemotiveerd', 'altijd']);
    expect(await page.$eval('#notitie', (note) => note.querySelectorAll('samenspraak-root, mark, [data-samenspraak]').length)).toBe(0);

    await chord(page, 'a', 'Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(NOTE, { delay: 5 });
    await waitForFindings(page, 1);
    await chord(page, 'N', 'Alt', 'Shift');
    expect(await applyFromCard(page)).toBe('applied');
    const text = () => page.$eval('#notitie', (note) => (note as HTMLElement).innerText.replaceAll('\u00a0', ' ').trim());
    expect(await text()).toBe(APPLIED);
    await chord(page, 'z', 'Control');
    await page.waitForFunction((note) => (document.querySelector('#notitie') as HTMLElement).innerText.replaceAll('\u00a0', ' ').trim() === note, {}, NOTE);
  });

  it('underlines in the iframe editor, in that frame', async () => {
    const frame = await frameOf(page, 'editor-frame');
    // Into the frame through its element: Firefox 140's BiDi cannot locate a frame's element from inside it.
    await page.click('#afspraken');
    await page.keyboard.type('Wij hebben besloten dat de omgang begeleid plaatsvindt.', { delay: 5 });
    await waitForFindings(frame, 1);
    expect(await rootAttribute(frame, 'data-field')).toBe('iframe');
  });
});

describe('rich editors', () => {
  /** Types the note, applies the card's suggestion, and checks the editor's own model after Apply and after Ctrl+Z. */
  async function applyAndUndo(page: Page, scope: Page | Frame, model: () => Promise<string>) {
    await page.keyboard.type(NOTE, { delay: 5 });
    await waitForFindings(scope, 1);
    // The writer reads before applying. Editors merge edits made close together into one undo
    // step (ProseMirror within 0.5 s); without the pause Ctrl+Z would also take back the typing.
    await new Promise((pause) => setTimeout(pause, 1_100));
    await page.keyboard.press('Home');
    await chord(page, 'N', 'Alt', 'Shift');
    expect(await applyFromCard(scope)).toBe('applied');
    await expect.poll(model).toBe(APPLIED);
    await chord(page, 'z', 'Control');
    await expect.poll(model).toBe(NOTE);
  }

  /** Opens an editor page whose note is in the frame `selector`, and puts the caret there once the note script runs in it. */
  async function openFrameEditor(path: string, selector: string): Promise<{ page: Page; frame: Frame }> {
    const page = await harness.openFixture(path);
    const { element, frame } = await frameInside(page, selector);
    await frame.waitForSelector('samenspraak-root', { timeout: 10_000 });
    await element.click();
    return { page, frame };
  }

  it('ProseMirror: state.doc.textContent follows Apply and the undo', async () => {
    const page = await harness.openFixture('/editors/prosemirror.html');
    await page.click('#editor .ProseMirror');
    await applyAndUndo(page, page, () => page.evaluate(() => (window as unknown as { view: { state: { doc: { textContent: string } } } }).view.state.doc.textContent));
    await page.close();
  });

  it('an editor in an about:srcdoc frame gets the note script and its findings', async () => {
    const { page, frame } = await openFrameEditor('/editors/srcdoc-frame.html', '#editor');
    await page.keyboard.type(NOTE, { delay: 5 });
    await waitForFindings(frame, 1);
    expect(await rootAttribute(frame, 'data-field')).toBe('iframe');
    await page.close();
  });

  // In Firefox TinyMCE writes its frame with document.write (its TINY-8916), so the frame has the page's address.
  it('TinyMCE (iframe mode): getContent() follows Apply and the undo', async () => {
    const { page, frame } = await openFrameEditor('/editors/tinymce.html', 'iframe.tox-edit-area__iframe');
    await applyAndUndo(page, frame, () =>
      page.evaluate(() => (window as unknown as { tinymce: { activeEditor: { getContent(options: object): string } } }).tinymce.activeEditor.getContent({ format: 'text' }).trim()),
    );
    await page.close();
  });
});
