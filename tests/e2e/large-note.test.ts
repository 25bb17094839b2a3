// A 1 MB paste: the page keeps responding, the note is intact, and analysis narrows to the
// part around the caret, which the root element and the side panel say. (Timings are printed
// by npm run bench:page, not asserted here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('a very long note', () => {
  it('narrows analysis to the part around the caret after a 1 MB paste', async () => {
    const page = await harness.openFixture('/demo/');
    const paragraph = 'Huisbezoek bij het gezin, de kinderen speelden buiten en moeder vertelde over school. ';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    await page.locator('#verslag').click();
    await page.locator('#verslag').fill(big);
    await page.locator('#verslag').press('Control+End');
    await page.keyboard.type(' Vader weigert hulp.', { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 20_000 }).toBe('1');
    expect(await root.getAttribute('data-narrowed')).toBe('true');
    expect(await page.evaluate(() => (document.getElementById('verslag') as HTMLTextAreaElement).value.length)).toBe(big.length + 20);
    // One paragraph of a megabyte is too long to copy for underlines without slowing the
    // page: they pause, the card still opens from the keyboard, and the panel says why.
    expect(await root.getAttribute('data-underlines-paused')).toBe('true');
    expect(await root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror span').length)).toBe(0);
    await page.keyboard.press('Alt+Shift+N');
    await root.locator('.card').getByText('weigert').first().waitFor();
    await page.keyboard.press('Escape');

    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.getByText(uiText('panelNarrowed')).waitFor({ timeout: 10_000 });
    await panel.getByText(uiText('panelUnderlinesPaused', 'Alt+Shift+N')).waitFor();
    await panel.close();
    await page.close();
  });

  it('underlines a megabyte of paragraphs, taken in over several frames, on the right word', async () => {
    const page = await harness.openFixture('/demo/');
    const paragraph = `${'Huisbezoek bij het gezin, de kinderen speelden buiten en moeder vertelde over school. '.repeat(6)}\n\n`;
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    await page.locator('#verslag').click();
    // As a page script would paste it: the browser's own insertText with line breaks takes minutes here.
    await page.locator('#verslag').evaluate((element, text) => {
      (element as HTMLTextAreaElement).value = text;
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, big);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 20_000 }).toBe('1');
    expect(await root.getAttribute('data-underlines-paused')).toBeNull();
    // Once whole, the mirror holds the note, and the underline lies on the typed word, inside
    // the field, where the textarea has scrolled to.
    const underline = () =>
      root.evaluate((host) => {
        const mirror = host.shadowRoot?.querySelector<HTMLElement>('.mirror');
        const span = mirror?.querySelector('span');
        const field = document.getElementById('verslag')!.getBoundingClientRect();
        const rect = span?.getBoundingClientRect();
        const inside = !!rect && rect.top >= field.top && rect.bottom <= field.bottom && rect.left >= field.left && rect.right <= field.right;
        return { text: span?.textContent, visible: mirror?.style.visibility !== 'hidden', inside, length: mirror?.textContent?.length };
      });
    await expect.poll(underline, { timeout: 10_000 }).toEqual({ text: 'weigert', visible: true, inside: true, length: big.length + 20 });
    await page.close();
  });
});
