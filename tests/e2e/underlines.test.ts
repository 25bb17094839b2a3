// Findings appear in every kind of note field while typing, key by key, in the real
// extension: the root element reports them, and the note's own text is never changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const NOTE = 'Huisbezoek. Moeder moet de afspraken nakomen. Vader weigert hulp.';

describe('underlines while typing', () => {
  it('counts findings in a textarea and leaves its value as typed', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type(NOTE, { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
    expect(await root.getAttribute('data-field')).toBe('textarea');
    expect(await page.locator('#verslag').inputValue()).toBe(NOTE);
    // The mirror overlay underlines exactly the two phrases.
    const underlined = await root.evaluate((host) =>
      [...(host.shadowRoot?.querySelectorAll('.mirror span') ?? [])].map((span) => span.textContent),
    );
    expect(underlined).toEqual(['moet', 'weigert']);
    await page.close();
  });

  it('counts findings in a contenteditable note through the Highlight API, without touching its DOM', async () => {
    const page = await harness.openFixture('/demo/');
    const note = page.locator('#notitie');
    await note.click();
    await page.keyboard.type('Vader is ongemotiveerd.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Moeder komt altijd te laat.', { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
    expect(await root.getAttribute('data-field')).toBe('contenteditable');
    const highlighted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      return [...registry.get('samenspraak-judgmental') ?? []].map((range) => range.toString());
    });
    expect(highlighted).toEqual(['ongemotiveerd', 'altijd']);
    expect(await note.evaluate((element) => element.querySelectorAll('samenspraak-root, mark, [data-samenspraak]').length)).toBe(0);
    await page.close();
  });

  it('counts findings in an iframe editor, in that frame', async () => {
    const page = await harness.openFixture('/demo/');
    const frame = page.frameLocator('#afspraken');
    await frame.locator('body').click();
    await page.keyboard.type('Wij hebben besloten dat de omgang begeleid plaatsvindt.', { delay: 5 });
    await expect.poll(() => frame.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    expect(await frame.locator('samenspraak-root').getAttribute('data-field')).toBe('iframe');
    await page.close();
  });

  it('picks up a note field added after load', async () => {
    const page = await harness.openFixture('/demo/');
    await page.evaluate(() => {
      const late = document.createElement('textarea');
      late.id = 'late';
      late.rows = 4;
      document.querySelector('main')?.prepend(late);
    });
    await page.locator('#late').click();
    await page.keyboard.type('Mother must attend all appointments.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
  });
});
