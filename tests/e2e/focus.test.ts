// Focus and language, with the keyboard only. Side panel: after Apply or Ignore, focus lands
// on the finding that took its place and the live region says what happened; Undo brings the
// finding back; one main landmark. Card: Tab and Shift+Tab stay in it, Esc returns to the
// note. Both carry the language each part speaks in.
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

/** The rule and the control of the panel's focused element. */
const focused = (panel: Page) =>
  panel.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { rule: active?.closest('li.finding')?.getAttribute('data-rule') ?? null, control: active?.className ?? active?.tagName ?? null };
  });

describe('the side panel with the keyboard', () => {
  it('moves focus to the next finding after Ignore and Apply, announces each, and undoes an ignore', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Moeder moet de afspraken nakomen. Vader weigert hulp. Moeder komt altijd te laat.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('3');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    const finding = panel.locator('li.finding');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(3);
    const status = panel.locator('.result [role="status"]');

    expect(await panel.locator('main, [role="main"]').count()).toBe(1);
    // The UI speaks English, the rule's texts the note's Dutch.
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await finding.first().locator('.message').getAttribute('lang')).toBe('nl');
    expect(await finding.first().locator('.suggestion .text').first().getAttribute('lang')).toBe('nl');

    // Ignore "weigert" here: focus goes to "altijd", which took its place.
    await panel.locator('li.finding[data-rule="nl-refusal"]').getByRole('button', { name: uiText('cardIgnoreHere') }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => finding.count()).toBe(2);
    await expect.poll(() => status.textContent()).toBe(uiText('ignoredHere', 'weigert'));
    await expect.poll(() => focused(panel)).toEqual({ rule: 'nl-absolute', control: 'phrase' });

    // Undo, from the keyboard: the finding is back, with focus on it.
    await panel.locator('.result').getByRole('button', { name: uiText('cardUndo') }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => finding.count()).toBe(3);
    await expect.poll(() => status.textContent()).toBe(uiText('shownAgain', 'weigert'));
    await expect.poll(() => focused(panel)).toEqual({ rule: 'nl-refusal', control: 'phrase' });

    // Apply on the first finding, by a button that names the wording it puts in.
    const wording = 'Moeder en ik hebben afgesproken dat zij de afspraken nakomt.';
    await panel.getByRole('button', { name: uiText('cardApplyNamed', wording) }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.locator('#verslag').inputValue()).toContain(wording);
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => status.textContent()).toBe(uiText('panelApplied', wording));
    await expect.poll(() => focused(panel)).toEqual({ rule: 'nl-refusal', control: 'phrase' });

    // The last two: focus ends on the message that nothing is left, not on the page's body.
    for (const rule of ['nl-refusal', 'nl-absolute']) {
      await panel.locator(`li.finding[data-rule="${rule}"]`).getByRole('button', { name: uiText('cardIgnoreHere') }).focus();
      await panel.keyboard.press('Enter');
      await expect.poll(() => panel.locator(`li.finding[data-rule="${rule}"]`).count()).toBe(0);
    }
    await expect.poll(() => focused(panel)).toEqual({ rule: null, control: 'empty' });
    await panel.close();
    await page.close();
  });

  it('keeps focus in the card while it is open, and Esc returns it to the note', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator('samenspraak-root .card').waitFor();
    const inCard = () => page.evaluate(() => Boolean(document.querySelector('samenspraak-root')?.shadowRoot?.activeElement?.closest('.card')));
    await expect.poll(inCard).toBe(true);
    // More presses than the card has controls, both ways round: focus never leaves it.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let press = 0; press < 9; press++) {
        await page.keyboard.press(key);
        expect(await inCard(), `${key} ${press}`).toBe(true);
      }
    }
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag');
    await page.close();
  });

  it('marks the card: buttons in the UI language, the rule texts in the note language', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator('samenspraak-root .card');
    await card.waitFor();
    expect(await card.getAttribute('lang')).toBe('en');
    for (const part of ['.message', '.explanation', '.suggestions .text', '.suggestions .label', '.category q']) {
      expect(await card.locator(part).first().getAttribute('lang'), part).toBe('nl');
    }
    // Which rule, and why on request, with the keyboard: Why, then How it was found, opened with Enter.
    for (const summary of ['.why > summary', '.reasons > summary']) {
      await card.locator(summary).focus();
      await page.keyboard.press('Enter');
    }
    expect(await card.locator('.rule-origin p').textContent()).toBe('Rule: nl-refusal');
    const reasons = await card.locator('.reasons code').allTextContents();
    expect(reasons[0]).toBe('pattern-1');
    expect(reasons).toContain('subject-opens-clause');
    await page.close();
  });
});
