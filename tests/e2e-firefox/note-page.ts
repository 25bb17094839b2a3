// What Firefox tests do in a note page through puppeteer: wait for the extension's
// findings (the <samenspraak-root> attributes), reach its card in the shadow root, and press
// key chords, which puppeteer's keyboard takes one key at a time.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { uiText } from '../e2e/harness';

type Scope = Page | Frame;

/** Resolves once the root in `scope` reports `count` findings. */
export async function waitForFindings(scope: Scope, count: number): Promise<void> {
  await scope.waitForFunction((wanted) => document.querySelector('samenspraak-root')?.getAttribute('data-findings') === wanted, { timeout: 15_000 }, String(count));
}

export const rootAttribute = (scope: Scope, name: string) =>
  scope.evaluate((attribute) => document.querySelector('samenspraak-root')?.getAttribute(attribute) ?? null, name);

/** The frame of `page` whose address contains `part`, once it has loaded. */
export const frameOf = (page: Page, part: string) => page.waitForFrame((frame) => frame.url().includes(part));

/** The iframe element matching `selector` and the frame it shows, once both are there. */
export async function frameInside(page: Page, selector: string): Promise<{ element: ElementHandle; frame: Frame }> {
  const element = await page.waitForSelector(selector, { timeout: 15_000 });
  const frame = await element?.contentFrame();
  if (!element || !frame) throw new Error(`${selector} is no frame`);
  return { element, frame };
}

/** Presses `key` with `modifiers` held, e.g. chord(page, 'z', 'Control'). */
export async function chord(page: Page, key: string, ...modifiers: Array<'Alt' | 'Shift' | 'Control'>): Promise<void> {
  for (const modifier of modifiers) await page.keyboard.down(modifier);
  await page.keyboard.press(key as never);
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
}

/** The open card's text, once it is open in `scope`. */
export async function cardText(scope: Scope): Promise<string> {
  const card = await scope.waitForSelector('samenspraak-root >>> .card', { timeout: 10_000 });
  return card!.evaluate((element) => element.textContent ?? '');
}

/** The card's first button named `name` (English UI). */
async function cardButton(scope: Scope, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  await scope.waitForSelector('samenspraak-root >>> .card', { timeout: 10_000 });
  const buttons = await scope.$$('samenspraak-root >>> .card button');
  for (const button of buttons) {
    if ((await button.evaluate((element) => element.textContent?.trim())) === name) return button as ElementHandle<HTMLButtonElement>;
  }
  throw new Error(`The card has no button "${name}"`);
}

/**
 * A real click (the browser's own pointer) on an element in a page or one of its frames.
 * Firefox 140's BiDi cannot locate a frame's element from inside the frame, which puppeteer
 * asks for to click there, so the frame's place in the page is added here.
 */
export async function realClick(scope: Scope, element: ElementHandle): Promise<void> {
  const inFrame = await element.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  const page = 'page' in scope ? scope.page() : scope;
  let offset = { x: 0, y: 0 };
  if (scope !== page.mainFrame() && scope !== page) {
    for (const frameElement of await page.$$('iframe')) {
      if ((await frameElement.contentFrame()) !== scope) continue;
      offset = await frameElement.evaluate((node) => {
        const rect = node.getBoundingClientRect();
        return { x: rect.left + node.clientLeft, y: rect.top + node.clientTop };
      });
    }
  }
  await page.mouse.click(offset.x + inFrame.x, offset.y + inFrame.y);
}

/** Clicks the card's first Apply and resolves once the card closed (the replacement went in) or shows a notice. */
export async function applyFromCard(scope: Scope): Promise<string> {
  await realClick(scope, await cardButton(scope, uiText('cardApply')));
  await scope.waitForFunction(() => {
    const card = document.querySelector('samenspraak-root')?.shadowRoot?.querySelector('.card');
    return !card || card.querySelector('.notice') !== null;
  });
  return scope.evaluate(() => document.querySelector('samenspraak-root')?.shadowRoot?.querySelector('.card .notice')?.textContent ?? 'applied');
}

/** The middle of the first underlined phrase: the textarea mirror's span, or a rich-text highlight. */
export function firstUnderline(scope: Scope): Promise<{ x: number; y: number } | null> {
  return scope.evaluate(() => {
    const span = document.querySelector('samenspraak-root')?.shadowRoot?.querySelector('.mirror span');
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const range = [...registry.values()].flatMap((highlight) => [...highlight])[0];
    const rect = (span ?? range)?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
}

/** The phrases underlined in a rich-text field, per highlight name (`samenspraak-judgmental`, ...). */
export const highlighted = (scope: Scope, name: string) =>
  scope.evaluate((highlight) => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    return [...(registry.get(highlight) ?? [])].map((range) => range.toString());
  }, name);
