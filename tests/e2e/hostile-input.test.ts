// Page text is never rendered as HTML: a note with markup, script, javascript: links and bidi
// controls appears as text in the card and the side panel, and nothing in it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { someFindings, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const HOSTILE = 'Vader weigert <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [link](javascript:window.__pwned=3) \u202Ehulp\u202C.';

describe('hostile input', () => {
  it('shows markup from the note as text in the card and the side panel', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type(HOSTILE, { delay: 1 });
    await someFindings(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator('samenspraak-root .card');
    await card.waitFor();
    const inCard = await page.locator('samenspraak-root').evaluate((host) => ({
      elements: host.shadowRoot?.querySelectorAll('.card img, .card script, .card a').length,
      mirror: host.shadowRoot?.querySelector('.mirror')?.textContent ?? '',
    }));
    expect(inCard.elements).toBe(0);
    expect(inCard.mirror).toContain('<img src=x onerror="window.__pwned=1">');

    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    await panel.locator('li.finding').first().waitFor({ timeout: 10_000 });
    expect(await panel.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await page.close();
  });
});
