// A long note's first focus paints the findings around the caret first and analyses the
// rest afterwards: the first frame with underlines has the one near the caret and not the
// one at the other end of the note, and the root says `data-partial` until the rest is in.
// (How fast is printed by npm run bench:page, not asserted here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** About 5,000 words: a flagged sentence first and last, quiet ones in between, none alike. */
function longNote(): string {
  const quiet = Array.from({ length: 560 }, (_, index) => `Daan speelde rustig met zijn lego terwijl wij praatten (dag ${index + 1}).`);
  return ['Vader weigert hulp van het wijkteam.', ...quiet, 'Moeder moet de afspraken met school nakomen.'].join(' ');
}

type Frame = { underlined: string[]; partial: boolean };

describe('first findings of a long note', () => {
  it.each(['#verslag', '#notitie'])('paints the finding near the caret before the rest of the note is analysed (%s)', async (selector) => {
    const page = await harness.openFixture('/demo/');
    await page.locator(selector).evaluate((element, text) => {
      if (element instanceof HTMLTextAreaElement) element.value = text;
      else element.textContent = text;
    }, longNote());
    // Every frame's underlines and the root's partial flag, from the first frame that has any
    // underline until the root says the whole note is analysed.
    await page.evaluate(() => {
      const frames: Frame[] = [];
      (window as unknown as { frames_: Frame[] }).frames_ = frames;
      const record = () => {
        const host = document.querySelector('samenspraak-root') as HTMLElement | null;
        const mirror = [...(host?.shadowRoot?.querySelectorAll('.mirror span') ?? [])].map((span) => span.textContent ?? '');
        const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
        const highlighted = [...registry.values()].flatMap((ranges) => [...ranges].map((range) => range.toString()));
        const underlined = [...mirror, ...highlighted];
        const partial = host?.dataset.partial === 'true';
        if (underlined.length > 0) frames.push({ underlined, partial });
        if (underlined.length === 0 || partial) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    // The caret goes where the user clicks: at the start of the note.
    await page.locator(selector).click({ position: { x: 4, y: 4 } });
    await expect.poll(() => page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_.at(-1)?.partial), { timeout: 20_000 }).toBe(false);
    const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
    const first = frames[0]!;
    expect(first.underlined).toContain('weigert');
    expect(first.underlined).not.toContain('moet');
    expect(first.partial).toBe(true);
    expect(frames.at(-1)!.underlined).toEqual(expect.arrayContaining(['weigert', 'moet']));
    expect(await page.locator('samenspraak-root').getAttribute('data-partial')).toBeNull();
    await page.close();
  });
});
