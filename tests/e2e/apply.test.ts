// The card and applying a suggestion, in the real extension: the note changes exactly as
// suggested, through the editor's input path (so Ctrl+Z undoes it), never when the text
// changed underneath, and never from a page script.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const card = (page: Page) => page.locator('samenspraak-root .card');

async function typeAndWait(page: Page, selector: string, text: string, findings: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 5 });
  await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe(findings);
}

describe('the card', () => {
  it('opens on hovering an underlined phrase in a textarea; Apply replaces it and Ctrl+Z undoes it', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    const box = await page.locator('samenspraak-root').evaluate((host) => {
      const rect = host.shadowRoot?.querySelector('.mirror span')?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await card(page).waitFor();
    expect(await card(page).textContent()).toContain('Vader wil nu geen hulp.');
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader wil nu geen hulp.');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    await page.close();
  });

  it('opens on hovering an underlined phrase in a contenteditable note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#notitie', 'Huisbezoek. Vader weigert hulp.', '1');
    const box = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const [range] = [...(registry.get('samenspraak-judgmental') ?? [])];
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await card(page).waitFor();
    expect(await card(page).locator('q').first().textContent()).toBe('weigert');
    await page.close();
  });

  it('opens with Alt+Shift+N in a contenteditable note, applies a sentence rewrite, and Ctrl+Z restores the note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#notitie', 'Huisbezoek. Moeder moet de afspraken nakomen.', '1');
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#notitie').innerText()).toBe('Huisbezoek. Moeder en ik hebben afgesproken dat zij de afspraken nakomt.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#notitie').innerText()).toBe('Huisbezoek. Moeder moet de afspraken nakomen.');
    await page.close();
  });

  it('closes on Esc and gives focus back to the note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Moeder komt altijd te laat.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag');
    await page.close();
  });

  it('walks through the findings when Alt+Shift+N is pressed again, and wraps around', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Moeder komt altijd te laat. Vader weigert hulp.', '2');
    await page.keyboard.press('Control+Home');
    const phrase = card(page).locator('q').first();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('altijd');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('weigert');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('altijd');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag');
    await page.close();
  });

  it('refuses to replace when the text changed underneath, and says so', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    // The page rewrites the field without an input event (as some scripts do).
    await page.evaluate(() => {
      (document.getElementById('verslag') as HTMLTextAreaElement).value = 'Vader weigert echt geen hulp.';
    });
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await card(page).getByText(uiText('cardStale')).waitFor();
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert echt geen hulp.');
    await page.close();
  });

  it('ignores clicks a page script makes on its buttons', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await page.evaluate(() => {
      const button = document.querySelector('samenspraak-root')?.shadowRoot?.querySelector<HTMLButtonElement>('button.apply');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    expect(await card(page).count()).toBe(1);
    await page.close();
  });

  it('Ignore this rule hides its findings in the field', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp. Moeder weigert ook.', '2');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: uiText('cardIgnoreRule') }).click();
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings')).toBe('0');
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp. Moeder weigert ook.');
    await page.close();
  });
});
