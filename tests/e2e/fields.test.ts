// Which fields Samenspraak reads: notes in textareas, contenteditable (plaintext-only,
// nested) and open shadow roots; never opted-out fields, one-line boxes or short inputs.
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

const FLAGGED = 'Vader weigert hulp.';

async function typeInto(page: Page, selector: string) {
  await page.locator(selector).click();
  await page.keyboard.type(FLAGGED, { delay: 5 });
}

describe('note fields', () => {
  it.each([['#plaintext', 'contenteditable'], ['#nested-p', 'contenteditable'], ['#in-shadow', 'textarea'], ['#quill-default', 'contenteditable']])(
    'reads %s',
    async (selector, kind) => {
      const page = await harness.openFixture('/editors/fields.html');
      await typeInto(page, selector);
      const root = page.locator('body > samenspraak-root, html > samenspraak-root');
      await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
      expect(await root.getAttribute('data-field')).toBe(kind);
      await page.close();
    },
  );

  it.each(['#opted-out', '#grammarly-off', '#quill-opted-out', '#quill-samenspraak-off', '#short', '#one-line', '#name'])('leaves %s alone', async (selector) => {
    const page = await harness.openFixture('/editors/fields.html');
    await typeInto(page, selector);
    // A note field typed into afterwards proves the script was running all along.
    await typeInto(page, '#plaintext');
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-field'), { timeout: 10_000 }).toBe('contenteditable');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    const mirrorSpans = await root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror span').length ?? 0);
    expect(mirrorSpans).toBe(0);
    await page.close();
  });
});

describe('fields leaving the page', () => {
  it('stops the session of a field removed inside a shadow root whose host stays', async () => {
    const page = await harness.openFixture('/editors/fields.html');
    await typeInto(page, '#in-shadow');
    const root = page.locator('body > samenspraak-root, html > samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    const mirrors = () => root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror').length ?? 0);
    expect(await mirrors()).toBe(1);
    await page.evaluate(() => document.getElementById('shadow-host')?.shadowRoot?.getElementById('in-shadow')?.remove());
    // The stopped session takes its underline mirror with it.
    await expect.poll(mirrors, { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});
