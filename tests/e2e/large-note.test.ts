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
    // The mirror takes a megabyte in over several frames; once whole, the underline lies on
    // the typed word, inside the field, where the textarea has scrolled to.
    const underline = () =>
      root.evaluate((host) => {
        const mirror = host.shadowRoot?.querySelector<HTMLElement>('.mirror');
        const span = mirror?.querySelector('span');
        const field = document.getElementById('verslag')!.getBoundingClientRect();
        const rect = span?.getBoundingClientRect();
        const inside = !!rect && rect.top >= field.top && rect.bottom <= field.bottom && rect.left >= field.left && rect.right <= field.right;
        return { text: span?.textContent, visible: mirror?.style.visibility !== 'hidden', inside, length: mirror?.textContent?.length };
      });
    await expect.poll(underline, { timeout: 10_000 }).toEqual({ text: 'weigert', visible: true, inside: true, length: big.length + 21 });

    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.getByText(uiText('panelNarrowed')).waitFor({ timeout: 10_000 });
    await panel.close();
    await page.close();
  });
});
