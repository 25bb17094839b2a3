// The side panel, opened as a tab bound to a test tab: findings of the note appear live,
// Apply in the panel changes the note through the page's safe path, and the overview
// and tips are there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, startHarness, typeAndWait, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('the side panel', () => {
  it('shows the findings of the focused note live, and Apply in the panel changes the note', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');

    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    const finding = panel.locator('li.finding');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await finding.first().getAttribute('data-rule')).toBe('nl-refusal');
    expect(await panel.locator('[data-count="judgmental"]').textContent()).toBe('1');

    // Typing more in the page updates the panel without asking.
    await page.bringToFront();
    await page.locator('#verslag').press('End');
    await page.keyboard.type(' Moeder moet de afspraken nakomen.', { delay: 5 });
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);

    await panel.bringToFront();
    await panel.locator('li.finding[data-rule="nl-refusal"]').getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader wil nu geen hulp. Moeder moet de afspraken nakomen.');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
    await page.close();
  });

  it('shows how to start and the tips when no note has focus, and links a finding to its tip', async () => {
    const page = await harness.openFixture('/demo/');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.getByText(uiText('panelNoNote')).waitFor();
    expect(await panel.locator('.tips details').count()).toBe(5);
    // Body text follows the browser's font size (16 px by default): 15 px, not Chrome's 75 % for extension pages.
    expect(await panel.evaluate(() => getComputedStyle(document.querySelector('.tips') ?? document.body).fontSize)).toBe('15px');
    await panel.close();
    await page.close();
  });

  it('follows a note focused after it opened, and again after the page reloads', async () => {
    const page = await harness.openFixture('/demo/');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.getByText(uiText('panelNoNote')).waitFor();
    const finding = panel.locator('li.finding');

    await page.bringToFront();
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);

    // A reload replaces the note script: the panel's live link goes with it and is made again.
    await page.reload();
    await page.locator('#notitie').click();
    await page.keyboard.type('Moeder komt altijd te laat. Moeder moet de afspraken nakomen.', { delay: 5 });
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    await panel.close();
    await page.close();
  });

  it('follows the editor frame after that frame alone reloads', async () => {
    const page = await harness.openFixture('/demo/');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.getByText(uiText('panelNoNote')).waitFor();
    const finding = panel.locator('li.finding');
    await page.bringToFront();
    const editor = page.frameLocator('#afspraken').locator('body');
    await editor.click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);

    // The top frame's script keeps the panel's link open; the reloaded frame must join it.
    const frame = page.frames().find((candidate) => candidate.url().includes('editor-frame'));
    await Promise.all([frame!.waitForNavigation(), frame!.evaluate(() => setTimeout(() => location.reload(), 0))]);
    await editor.click();
    await page.keyboard.type('Moeder komt altijd te laat. Moeder moet de afspraken nakomen.', { delay: 5 });
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    await panel.close();
    await page.close();
  });

  it("opens from the card's Open side panel, with no notice in the card", async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await cardOf(page).getByRole('button', { name: uiText('popupOpenPanel') }).click();
    // The side panel is a target of its own, which Playwright does not list among the pages.
    const panelUrl = `chrome-extension://${harness.extensionId}/sidepanel.html`;
    const browserSession = await harness.context.browser()!.newBrowserCDPSession();
    const panelIsOpen = async () => (await browserSession.send('Target.getTargets')).targetInfos.some((target) => target.url.startsWith(panelUrl));
    await expect.poll(panelIsOpen).toBe(true);
    await browserSession.detach();
    expect(await cardOf(page).locator('.notice').count()).toBe(0);
    await page.close();
  });
});
