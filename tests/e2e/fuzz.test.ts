// Property test in the real browser: random typing, deleting, pasting and applying
// suggestions never change text outside the applied span and never lose text. The random
// sequence is seeded, so a failure can be replayed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/measure';
import { startHarness, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});


const WORDS = [' Vader weigert hulp.', ' Moeder moet de afspraken nakomen.', ' Sanne speelde buiten.', ' Moeder komt altijd te laat.', ' en', ' de school', ' 🙂', ' café'];

/** True when `after` is `before` with exactly one span replaced by `replacement`. */
function isOneReplacement(before: string, after: string, replacement: string): boolean {
  for (let start = 0; start <= before.length; start++) {
    if (before.slice(0, start) !== after.slice(0, start)) return false;
    const end = before.length - (after.length - start - replacement.length);
    if (end < start) continue;
    if (after === before.slice(0, start) + replacement + before.slice(end)) return true;
  }
  return false;
}

async function fuzz(page: Page, selector: string, read: () => Promise<string>, seed: number, atEndOnly = false) {
  const next = seededRandom(seed);
  let expected = '';
  const field = page.locator(selector);
  await field.click();
  let applies = 0;
  for (let step = 0; step < 30; step++) {
    const choice = next();
    const current = await read();
    expect(current).toBe(expected);
    if (choice < 0.45) {
      const word = WORDS[Math.floor(next() * WORDS.length)] ?? '';
      const at = atEndOnly ? current.length : Math.floor(next() * (current.length + 1));
      if (!atEndOnly) await field.evaluate((element, position) => (element as HTMLTextAreaElement).setSelectionRange(position, position), at);
      else await page.keyboard.press('Control+End');
      await page.keyboard.type(word, { delay: 1 });
      expected = expected.slice(0, at) + word + expected.slice(at);
    } else if (choice < 0.6 && current.length > 0) {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Backspace');
      expected = [...expected].slice(0, -1).join('');
    } else if (choice < 0.75) {
      const chunk = ' Vader weigert elke vorm van hulp.';
      await page.keyboard.press('Control+End');
      await page.evaluate((text) => document.execCommand('insertText', false, text), chunk);
      expected += chunk;
    } else if (await applyFirst()) {
      applies++;
    }
  }
  // Whatever the random sequence did, end with one certain apply so the test cannot pass vacuously.
  await page.keyboard.press('Control+End');
  // "Einde." closes whatever fragment came before, so the finding's sentence stands on its own.
  await page.keyboard.type(' Einde. Vader weigert hulp.', { delay: 1 });
  expected = await read();
  await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).not.toBe('0');
  if (await applyFirst()) applies++;
  expect(await read()).toBe(expected);
  return applies;

  /** Waits for the analysis, applies the first suggestion of the first finding, checks the invariant. */
  async function applyFirst(): Promise<boolean> {
    await page.waitForTimeout(400);
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator('samenspraak-root .card');
    await card.waitFor({ timeout: 2_000 }).catch(() => undefined);
    if ((await card.count()) === 0) return false;
    const texts = await card.locator('.suggestions .text').allTextContents();
    const apply = card.getByRole('button', { name: uiText('cardApply') });
    if (texts.length === 0 || (await apply.count()) === 0) {
      await page.keyboard.press('Escape');
      return false;
    }
    const before = await read();
    await apply.first().click();
    const after = await read();
    expect(after === before || isOneReplacement(before, after, texts[0] ?? '')).toBe(true);
    expected = after;
    return after !== before;
  }
}

describe('random editing (property)', () => {
  it('textarea: typing, deleting, pasting and applying never touch text outside the applied span', async () => {
    const page = await harness.openFixture('/demo/');
    const applies = await fuzz(page, '#verslag', () => page.locator('#verslag').inputValue(), 20261124, false);
    expect(applies).toBeGreaterThan(0);
    await page.close();
  });
});
