// A long session leaves nothing behind: moving between notes, typing, opening the card and
// emptying the notes again, round after round, grows DOM nodes and event listeners no more
// than the same session on a page where Samenspraak is off. (The browser's own undo history
// keeps a few nodes per round; that is the baseline.) Heap figures over thousands of keys
// are printed by npm run bench:page; they are too noisy to assert.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Growth of DOM nodes and listeners from round 2 to round 8 (after garbage collection). */
async function growthOverRounds(page: Page, withUs: boolean) {
  const cdp = await harness.context.newCDPSession(page);
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  const root = page.locator('samenspraak-root');
  // Each round ends where it began (the notes emptied again).
  const round = async () => {
    for (const field of ['#verslag', '#notitie']) {
      await page.locator(field).click();
      await page.keyboard.type('Vader weigert hulp. Moeder komt altijd te laat.', { delay: 2 });
      if (withUs) {
        await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
        // The card renders into our shadow root each time it opens.
        await page.keyboard.press('Alt+Shift+N');
        await root.locator('.card').waitFor();
        await page.keyboard.press('Escape');
      } else {
        // The page has taken the typing (a textarea or a contenteditable note) before it is cleared.
        const typed = () => page.locator(field).evaluate((note) => (note instanceof HTMLTextAreaElement ? note.value : note.textContent));
        await expect.poll(typed).toBe('Vader weigert hulp. Moeder komt altijd te laat.');
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      if (withUs) await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('0');
    }
  };
  for (let index = 0; index < 2; index++) await round();
  const early = await counters();
  for (let index = 0; index < 6; index++) await round();
  const late = await counters();
  return { nodes: late.nodes - early.nodes, listeners: late.jsEventListeners - early.jsEventListeners };
}

describe('a long session', () => {
  it('grows DOM nodes and event listeners no more than the page does without Samenspraak', async () => {
    const plain = await harness.openOnOtherSite('/demo/');
    const baseline = await growthOverRounds(plain, false);
    await plain.close();
    const page = await harness.openFixture('/demo/');
    const ours = await growthOverRounds(page, true);
    await page.close();
    expect(ours).toEqual(baseline);
    expect(ours.listeners).toBe(0);
  });
});
