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

  it('registers only the underlines on screen in a note with many findings, and follows scrolling', async () => {
    const page = await harness.openFixture('/demo/');
    const sentences = ['Vader weigert hulp van het wijkteam.', 'Moeder komt altijd te laat.', 'Sanne speelde rustig met haar lego.'];
    const note = Array.from({ length: 600 }, (_, index) => (sentences[index % 3] ?? '').replace('.', ` (dag ${index + 1}).`)).join(' ');
    await page.locator('#notitie').evaluate((element, text) => {
      element.textContent = text;
    }, note);
    await page.locator('#notitie').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Einde.', { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 15_000 }).toBe('400');
    // What is registered, and where it is: its text offsets and whether it is on screen.
    const registered = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
        const ranges = [...registry.values()].flatMap((highlight) => [...highlight]);
        return {
          count: ranges.length,
          firstOffset: Math.min(...ranges.map((range) => range.startOffset)),
          onScreen: ranges.filter((range) => {
            const rect = range.getBoundingClientRect();
            return rect.bottom > 0 && rect.top < innerHeight;
          }).length,
        };
      });
    const atEnd = await registered();
    expect(atEnd.count).toBeGreaterThan(0);
    expect(atEnd.count).toBeLessThan(400);
    expect(atEnd.onScreen).toBeGreaterThan(0);
    expect(atEnd.firstOffset).toBeGreaterThan(3_000);

    // Back to the top of the page: the underlines there are registered now.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await registered()).firstOffset, { timeout: 5_000 }).toBeLessThan(100);
    const atTop = await registered();
    expect(atTop.count).toBeLessThan(400);
    expect(atTop.onScreen).toBeGreaterThan(0);
    await page.close();
  });
});
