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

/** Puts the caret at a text offset: in a textarea directly, in rich text by walking its text nodes. */
async function placeCaret(page: Page, selector: string, at: number) {
  await page.locator(selector).evaluate((element, position) => {
    if (element instanceof HTMLTextAreaElement) return element.setSelectionRange(position, position);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let left = position;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (left <= length) {
        getSelection()?.collapse(node, left);
        return;
      }
      left -= length;
    }
    getSelection()?.selectAllChildren(element);
    getSelection()?.collapseToEnd();
  }, at);
}

async function fuzz(page: Page, selector: string, read: () => Promise<string>, seed: number) {
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
      // Never inside a surrogate pair: a caret cannot stand there.
      let at = Math.floor(next() * (current.length + 1));
      if (/[\uDC00-\uDFFF]/.test(current.charAt(at))) at--;
      await placeCaret(page, selector, at);
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
  await page.keyboard.type(' Einde. Moeder moet de afspraken nakomen.', { delay: 1 });
  expected = await read();
  await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).not.toBe('0');
  if (await applyFirst()) applies++;
  expect(await read()).toBe(expected);
  return applies;

  /**
   * Waits for the analysis, then walks the findings with Alt+Shift+N (as a keyboard user
   * would) until one offers a rewrite, applies it and checks the invariant. Some findings
   * ("weigert") deliberately offer no rewrite, only advice.
   */
  async function applyFirst(): Promise<boolean> {
    await page.waitForTimeout(400);
    const card = page.locator('samenspraak-root .card');
    const apply = card.getByRole('button', { name: uiText('cardApply') });
    const findings = Number((await page.locator('samenspraak-root').getAttribute('data-findings')) ?? '0');
    for (let tries = 0; tries < findings; tries++) {
      await page.keyboard.press('Alt+Shift+N');
      await card.waitFor({ timeout: 2_000 });
      if ((await apply.count()) > 0) break;
    }
    if ((await card.count()) === 0) return false;
    const texts = await card.locator('.suggestions .text').allTextContents();
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
    const applies = await fuzz(page, '#verslag', () => page.locator('#verslag').inputValue(), 20261124);
    expect(applies).toBeGreaterThan(0);
    await page.close();
  });

  // Seeds 6 and 7 once ended on findings that offer advice only, which the walk now passes over.
  for (const seed of [20261124, 6, 7]) {
    it(`contenteditable (seed ${seed}): typing, deleting, pasting and applying never touch text outside the applied span`, async () => {
      const page = await harness.openFixture('/demo/');
      // Browsers type spaces in rich text as no-break spaces; the user sees spaces.
      const read = async () => (await page.locator('#notitie').evaluate((element) => element.textContent ?? '')).replaceAll('\u00a0', ' ');
      const applies = await fuzz(page, '#notitie', read, seed);
      expect(applies).toBeGreaterThan(0);
      await page.close();
    });
  }
});
