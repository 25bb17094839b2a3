// Faults: the extension is reloaded while a note is open (the old script removes its UI and
// listeners quietly, and the note and the page are untouched), and the browser stops the
// background worker (everything keeps working, and the worker wakes when it is needed).
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

const findingsOn = (page: Page) => page.locator('samenspraak-root').getAttribute('data-findings');

describe('faults', () => {
  it('keeps working when the browser stops the background worker', async () => {
    const page = await harness.openFixture('/demo/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => findingsOn(page), { timeout: 10_000 }).toBe('1');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    const panelFindings = panel.locator('li.finding');
    await expect.poll(() => panelFindings.count(), { timeout: 10_000 }).toBe(1);

    await harness.stopServiceWorker();
    expect(await harness.serviceWorkerIsRunning()).toBe(false);

    // The note script and the panel talk to each other directly: typing goes on and the
    // panel follows, with no worker running.
    await page.bringToFront();
    await page.locator('#verslag').press('End');
    await page.keyboard.type(' Moeder moet de afspraken nakomen.', { delay: 5 });
    await expect.poll(() => findingsOn(page), { timeout: 10_000 }).toBe('2');
    await expect.poll(() => panelFindings.count(), { timeout: 10_000 }).toBe(2);
    await panel.bringToFront();
    await panel.locator('li.finding[data-rule="nl-refusal"]').getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader wil nu geen hulp. Moeder moet de afspraken nakomen.');

    // None of that needed the worker: it is still stopped.
    expect(await harness.serviceWorkerIsRunning()).toBe(false);

    // A note focused in another tab needs the worker (it injects the analysis script): the
    // request wakes it, and findings appear as usual.
    const other = await harness.openFixture('/demo/');
    await other.locator('#notitie').click();
    await other.keyboard.type('Moeder komt altijd te laat.', { delay: 5 });
    await expect.poll(() => findingsOn(other), { timeout: 10_000 }).toBe('1');
    expect(await harness.serviceWorkerIsRunning()).toBe(true);
    // The popup still knows the site is switched on.
    const popup = await harness.openPopupFor(other);
    await popup.getByText(uiText('popupOnFor', '127.0.0.1')).waitFor({ timeout: 10_000 });

    expect(errors).toEqual([]);
    for (const opened of [popup, other, panel, page]) await opened.close();
  });

  it('survives an extension reload with a note open', async () => {
    const page = await harness.openFixture('/demo/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');

    // The worker dies while answering, so this call never settles: fire and forget. Its end
    // is the sign that the extension the note script belonged to is gone.
    const worker = harness.context.serviceWorkers().findLast((candidate) => candidate.url().startsWith(`chrome-extension://${harness.extensionId}/`))!;
    const gone = new Promise((resolve) => worker.once('close', resolve));
    void worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await gone;

    // The note is exactly as typed, and typing goes on normally.
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    await page.locator('#verslag').press('End');
    await page.keyboard.type(' Moeder moet de afspraken nakomen.', { delay: 5 });
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp. Moeder moet de afspraken nakomen.');
    // The orphaned script has removed its UI (the mirror, the root) on the first user event.
    // In this headless setup the reloaded extension's worker does not start again, so the
    // new script's take-over (background: restartInOpenTabs) is not observable here.
    await expect.poll(() => page.locator('samenspraak-root').count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
