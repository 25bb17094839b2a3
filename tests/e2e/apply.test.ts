// The card and applying a suggestion, in the real extension: the note changes exactly as
// suggested, through the editor's input path (so Ctrl+Z undoes it), never when the text
// changed underneath, and never from a page script.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOVER_GRACE_MS } from '../../lib/page/card-controller';
import { applyFromCard, cardOf, startHarness, typeAndWait, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const card = cardOf;

/** The middle of every underlined phrase on screen: the textarea mirror's spans, or the rich-text highlights. */
async function underlineBoxes(page: Page): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate(() => {
    const host = document.querySelector('samenspraak-root');
    const spans = [...(host?.shadowRoot?.querySelectorAll('.mirror span') ?? [])];
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const ranges = [...registry.values()].flatMap((highlight) => [...highlight]);
    return [...spans, ...ranges]
      .map((item) => item.getBoundingClientRect())
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((rect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
  });
}

describe('the card', () => {
  it('opens on hovering an underlined phrase in a textarea; Apply replaces it and Ctrl+Z undoes it', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    const box = await page.locator('samenspraak-root').evaluate((host) => {
      const rect = host.shadowRoot?.querySelector('.mirror span')?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await card(page).waitFor();
    expect(await card(page).textContent()).toContain('Vader wil nu geen hulp.');
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader wil nu geen hulp.');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    await page.close();
  });

  // Hovering only shows the card. Once, hovering moved focus to Apply and the next space
  // pressed it: a rewrite the user never chose, and their words in the middle of the note.
  // The pointer here is the browser's own (trusted), as a page that moves it would be too.
  for (const field of ['#verslag', '#notitie']) {
    it(`hovering an underline in ${field} never takes focus: typing on changes nothing but the typed characters`, async () => {
      const page = await harness.openFixture('/demo/');
      await typeAndWait(page, field, 'Vader weigert hulp. Moeder moet de afspraken nakomen.', '2');
      const read = () => (field === '#verslag' ? page.locator(field).inputValue() : page.locator(field).evaluate((element) => (element as HTMLElement).innerText.replaceAll('\u00a0', ' ')));
      for (const box of await underlineBoxes(page)) {
        await page.mouse.move(box.x, box.y);
        await card(page).waitFor();
        expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), field)).toBe(true);
        // Typing on, with the space bar and Enter that would press a focused button.
        await page.keyboard.type(' ok', { delay: 5 });
        await page.keyboard.press('Enter');
        await page.keyboard.press('Backspace');
        await expect.poll(() => card(page).count()).toBe(0);
      }
      expect(await read()).toBe('Vader weigert hulp. Moeder moet de afspraken nakomen. ok ok');
      await page.close();
    });
  }

  it('a card opened by hovering closes when the pointer leaves the phrase and the card, and stays while it is on the card', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    const [box] = await underlineBoxes(page);
    await page.mouse.move(box!.x, box!.y);
    await card(page).waitFor();
    const cardBox = (await card(page).boundingBox())!;
    // Along the way to the card and onto it: the card stays.
    await page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + 10, { steps: 5 });
    // A grace period is a time, so only time shows it was cancelled: longer than the product's
    // own period on the card, then the card is still there (and below, off it, it goes).
    await page.waitForTimeout(HOVER_GRACE_MS * 1.5);
    expect(await card(page).count()).toBe(1);
    // Off both, into the page's heading: it goes after the grace period.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  // 1280×800 at 100 %, and the same window at 200 % zoom (half the CSS pixels).
  for (const viewport of [{ width: 1280, height: 800 }, { width: 640, height: 400 }]) {
    it(`the card covers neither the phrase nor the caret's line near the top and the bottom of a ${viewport.width}×${viewport.height} window`, async () => {
      const page = await harness.openFixture('/demo/');
      await page.setViewportSize(viewport);
      await typeAndWait(page, '#notitie', 'Moeder moet de afspraken nakomen.', '1');
      const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (const where of ['top', 'bottom'] as const) {
        // Scroll the note to the top or the bottom edge of the window.
        await page.locator('#notitie').evaluate((element, edge) => element.scrollIntoView({ block: edge === 'top' ? 'start' : 'end' }), where);
        await page.keyboard.press('End');
        await page.keyboard.press('Alt+Shift+N');
        await card(page).waitFor();
        const phrase = await page.evaluate(() => {
          const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
          const rect = [...registry.values()].flatMap((highlight) => [...highlight])[0]!.getBoundingClientRect();
          return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
        });
        const box = (await card(page).boundingBox())!;
        expect(overlap(box, phrase)).toBe(false);
        // The caret's line is the phrase's line here; the card is also inside the window.
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        // Its buttons are reachable without scrolling inside it.
        const apply = (await card(page).getByRole('button', { name: uiText('cardApply') }).first().boundingBox())!;
        expect(apply.y + apply.height).toBeLessThanOrEqual(box.y + box.height);
        await page.keyboard.press('Escape');
      }
      await page.close();
    });
  }

  it('opens on hovering an underlined phrase in a contenteditable note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#notitie', 'Huisbezoek. Vader weigert hulp.', '1');
    const box = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const [range] = [...(registry.get('samenspraak-judgmental') ?? [])];
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await card(page).waitFor();
    expect(await card(page).locator('q').first().textContent()).toBe('weigert');
    await page.close();
  });

  it('opens with Alt+Shift+N in a contenteditable note, applies a sentence rewrite, and Ctrl+Z restores the note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#notitie', 'Huisbezoek. Moeder moet de afspraken nakomen.', '1');
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await expect.poll(() => page.locator('#notitie').innerText()).toBe('Huisbezoek. Ik vind het belangrijk dat moeder de afspraken nakomt.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#notitie').innerText()).toBe('Huisbezoek. Moeder moet de afspraken nakomen.');
    await page.close();
  });

  it('closes on Esc and gives focus back to the note', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Moeder komt altijd te laat.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag');
    await page.close();
  });

  it('walks through the findings when Alt+Shift+N is pressed again, and wraps around', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Moeder komt altijd te laat. Vader weigert hulp.', '2');
    await page.keyboard.press('Control+Home');
    const phrase = card(page).locator('q').first();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('altijd');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('weigert');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => phrase.textContent()).toContain('altijd');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag');
    await page.close();
  });

  it('refuses to replace when the text changed underneath, and says so', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    // The page rewrites the field without an input event (as some scripts do).
    await page.evaluate(() => {
      (document.getElementById('verslag') as HTMLTextAreaElement).value = 'Vader weigert echt geen hulp.';
    });
    await card(page).getByRole('button', { name: uiText('cardApply') }).first().click();
    await card(page).getByText(uiText('applyStale')).waitFor();
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert echt geen hulp.');
    await page.close();
  });

  it('ignores clicks a page script makes on its buttons', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await page.evaluate(() => {
      const button = document.querySelector('samenspraak-root')?.shadowRoot?.querySelector<HTMLButtonElement>('button.apply');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    expect(await card(page).count()).toBe(1);
    await page.close();
  });

  it('Ignore this rule hides its findings in the field', async () => {
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp. Moeder weigert ook.', '2');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: uiText('cardIgnoreRule') }).click();
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings')).toBe('0');
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp. Moeder weigert ook.');
    await page.close();
  });
});

// Issue 13, item 12: the note's own handlers run while Apply focuses it and offers the edit.
// Whatever they do to the note or to focus, Apply writes nothing (not into the note, not
// into another field) and says the note changed.
describe('Apply against the note page\'s own handlers', () => {
  const attacks: Array<[string, string]> = [
    ['its focus handler changes the note', `note.addEventListener('focus', () => { note.append(' Extra.'); }, { once: true });`],
    ['its focus handler moves focus to another field', `note.addEventListener('focus', () => other.focus(), { once: true });`],
    ['its focus handler moves focus a moment later', `note.addEventListener('focus', () => setTimeout(() => other.focus(), 30), { once: true });`],
    ['its beforeinput handler moves focus to another field', `note.addEventListener('beforeinput', () => other.focus(), { once: true });`],
  ];
  for (const [name, script] of attacks) {
    it(`refuses when ${name}`, async () => {
      const page = await harness.openFixture('/demo/');
      // Not nl-refusal: a test above switches that rule off with "Ignore this rule".
      await typeAndWait(page, '#notitie', 'Huisbezoek. Moeder moet de afspraken nakomen.', '1');
      const before = await page.locator('#notitie').innerText();
      await page.keyboard.press('Alt+Shift+N');
      await card(page).waitFor();
      // Installed after the card took focus, as a page would at any moment.
      await page.evaluate((code) => {
        const note = document.querySelector('#notitie') as HTMLElement;
        const other = document.querySelector('#verslag') as HTMLTextAreaElement;
        new Function('note', 'other', code)(note, other);
      }, script);
      expect(await applyFromCard(page)).toBe(uiText('applyStale'));
      expect(await page.locator('#verslag').inputValue()).toBe('');
      expect((await page.locator('#notitie').innerText()).replace(' Extra.', '')).toBe(before);
      await page.close();
    });
  }
});
