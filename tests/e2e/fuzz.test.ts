// Property test in the real browser: random typing, deleting, pasting and applying
// suggestions never change text outside the applied span and never lose text. The random
// sequence is seeded, so a failure can be replayed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/measure';
import { applyFromCard, someFindings, startHarness, uiText, type Harness } from './harness';
import { EDITABLE_SELECTOR, modelText, openRichEditor, screenText } from './rich-editor-page';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});


const WORDS = [' Vader weigert hulp.', ' Moeder moet de afspraken nakomen.', ' Sanne speelde buiten.', ' Moeder komt altijd te laat.', ' en', ' de school', ' 🙂', ' café'];

/** True when `after` is `before` with exactly one span replaced by `replacement`. */
function isOneReplacement(before: string, after: string, replacement: string): boolean {
  for (let start = 0; start <= before.length; start++) {
    if (before.slice(0, start) !== after.slice(0, start)) return false;
    const end = before.length - (after.length - start - replacement.length);
    if (end < start) continue;
    if (after === before.slice(0, start) + replacement + before.slice(end)) return true;
  }
  return false;
}

/**
 * Puts the caret at a text offset: in a textarea directly, in rich text by walking its text
 * nodes. Resolves once the page has handled the move: editors with a model of their own
 * (CKEditor, Lexical, Slate …) copy the browser's selection into their model on
 * `selectionchange`, a task later, and a key pressed before that lands where the caret was.
 * Our listener is added after the editor's, so when it runs (and a frame has passed) the
 * editor has caught up. A move to where the caret already is fires no event: resolve at once.
 */
async function placeCaret(page: Page, selector: string, at: number) {
  await page.locator(selector).evaluate(async (element, position) => {
    if (element instanceof HTMLTextAreaElement) return element.setSelectionRange(position, position);
    const selection = getSelection();
    if (!selection) return;
    const caretAt = () => (selection.rangeCount > 0 && selection.isCollapsed ? [selection.anchorNode, selection.anchorOffset] : [null, -1]);
    const [nodeBefore, offsetBefore] = caretAt();
    const handled = new Promise<void>((resolve) => {
      document.addEventListener('selectionchange', () => requestAnimationFrame(() => setTimeout(resolve)), { once: true });
    });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let left = position;
    let placed = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (left <= length) {
        selection.collapse(node, left);
        placed = true;
        break;
      }
      left -= length;
    }
    if (!placed) {
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    }
    const [nodeAfter, offsetAfter] = caretAt();
    if (nodeAfter !== nodeBefore || offsetAfter !== offsetBefore) await handled;
  }, at);
}

/**
 * Waits until an editor that keeps its own caret (the fixture says so with modelCaret) has it
 * where the browser's is: Trix follows the selection on its own schedule, later than one
 * selectionchange on a loaded machine. Bounded, for editors whose caret cannot be read.
 */
async function modelCaretAt(page: Page, at: number | 'end'): Promise<boolean> {
  return page
    .waitForFunction(
      (where) => {
        const fixture = (window as unknown as { fixtureEditor?: { modelText(): string; modelCaret?(): number | null } }).fixtureEditor;
        if (!fixture?.modelCaret) return true;
        return fixture.modelCaret() === (where === 'end' ? fixture.modelText().length : where);
      },
      at,
      { timeout: 3_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/**
 * Where the browser's selection did not reach the editor's own caret (Trix maps DOM offsets
 * to its model on its own terms), the test puts it there with the editor's API, so the next
 * keys land where the test expects them; the typing itself stays the browser's own.
 */
async function ensureModelCaret(page: Page, at: number) {
  if (await modelCaretAt(page, at)) return;
  await page.evaluate((where) => (window as unknown as { fixtureEditor?: { placeModelCaret?(at: number): void } }).fixtureEditor?.placeModelCaret?.(where), at);
  await modelCaretAt(page, at);
}

interface FuzzField {
  selector: string;
  /** The note as the care system would save it: the field's value, or the editor's own model. */
  read: () => Promise<string>;
  /** Called after every step: for editors with a model, the screen must show exactly the model. */
  check?: () => Promise<void>;
  /** How a paste arrives: the browser's editing command (plain fields) or trusted input (editors). */
  paste: 'exec-command' | 'insert-text';
  /** Milliseconds between keys (editors that render from a model get a human pace). */
  typingDelay?: number;
  /**
   * After moving the caret, type at once (plain fields) or after a frame, as a person would
   * (editors keep a selection of their own and catch up with the browser's a task later).
   */
  caret?: 'at-once' | 'after-a-frame';
}

/**
 * Ctrl+End, and wait until the page has handled it: editors with a model move their own
 * selection after the browser moved the caret, on selectionchange, a task later, and a key
 * pressed before that lands where the caret was (on a loaded machine a Backspace once
 * deleted the emoji typed before instead of the note's last letter). A counter of
 * selectionchange events, kept from the start, tells whether the move has been handled;
 * a caret already at the end fires none.
 */
async function caretToEnd(page: Page, selector: string, settle: boolean) {
  const before = await page.locator(selector).evaluate((element) => {
    const counted = window as unknown as { selectionChanges?: number };
    if (counted.selectionChanges === undefined) {
      counted.selectionChanges = 0;
      document.addEventListener('selectionchange', () => (counted.selectionChanges = (counted.selectionChanges ?? 0) + 1));
    }
    const selection = getSelection();
    const atEnd = () => {
      if (element instanceof HTMLTextAreaElement) return element.selectionStart === element.value.length;
      if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
      const rest = document.createRange();
      rest.selectNodeContents(element);
      rest.setStart(selection.getRangeAt(0).endContainer, selection.getRangeAt(0).endOffset);
      return rest.toString().replace(/\s+$/, '') === '';
    };
    return { changes: counted.selectionChanges, atEnd: atEnd() };
  });
  await page.keyboard.press('Control+End');
  if (!settle) return;
  await modelCaretAt(page, 'end');
  if (before.atEnd) return;
  // Bounded: an editor that keeps a trailing line break after the text has its caret at the
  // end already without our check seeing it, and then no event comes.
  await page
    .waitForFunction((changes) => ((window as unknown as { selectionChanges?: number }).selectionChanges ?? 0) > changes, before.changes, { timeout: 3_000 })
    .catch(() => undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

async function fuzz(page: Page, { selector, read, check, paste, typingDelay = 1, caret = 'at-once' }: FuzzField, seed: number) {
  const next = seededRandom(seed);
  let expected = '';
  const field = page.locator(selector);
  await field.click();
  let applies = 0;
  for (let step = 0; step < 30; step++) {
    const choice = next();
    const current = await read();
    expect(current).toBe(expected);
    await check?.();
    if (choice < 0.45) {
      const word = WORDS[Math.floor(next() * WORDS.length)] ?? '';
      // Never inside a surrogate pair: a caret cannot stand there.
      let at = Math.floor(next() * (current.length + 1));
      if (/[\uDC00-\uDFFF]/.test(current.charAt(at))) at--;
      await placeCaret(page, selector, at);
      await ensureModelCaret(page, at);
      await page.keyboard.type(word, { delay: typingDelay });
      expected = expected.slice(0, at) + word + expected.slice(at);
    } else if (choice < 0.6 && current.length > 0) {
      await caretToEnd(page, selector, caret === 'after-a-frame');
      await page.keyboard.press('Backspace');
      expected = [...expected].slice(0, -1).join('');
    } else if (choice < 0.75) {
      const chunk = ' Vader weigert elke vorm van hulp.';
      await caretToEnd(page, selector, caret === 'after-a-frame');
      if (paste === 'exec-command') await page.evaluate((text) => document.execCommand('insertText', false, text), chunk);
      else await page.keyboard.insertText(chunk);
      expected += chunk;
    } else if (await applyFirst()) {
      applies++;
    }
  }
  // Whatever the random sequence did, end with one certain apply so the test cannot pass vacuously.
  await caretToEnd(page, selector, caret === 'after-a-frame');
  // "Einde." closes whatever fragment came before, so the finding's sentence stands on its own.
  await page.keyboard.type(' Einde. Moeder moet de afspraken nakomen.', { delay: 1 });
  expected = await read();
  await someFindings(page);
  if (await applyFirst()) applies++;
  expect(await read()).toBe(expected);
  return applies;

  /**
   * Waits for the analysis, then walks the findings with Alt+Shift+N (as a keyboard user
   * would) until one offers a rewrite, applies it and checks the invariant. Some findings
   * ("weigert") deliberately offer no rewrite, only advice.
   */
  async function applyFirst(): Promise<boolean> {
    await page.waitForTimeout(400);
    const card = page.locator('samenspraak-root .card');
    const apply = card.getByRole('button', { name: uiText('cardApply') });
    const findings = Number((await page.locator('samenspraak-root').getAttribute('data-findings')) ?? '0');
    for (let tries = 0; tries < findings; tries++) {
      await page.keyboard.press('Alt+Shift+N');
      await card.waitFor({ timeout: 2_000 });
      if ((await apply.count()) > 0) break;
    }
    if ((await card.count()) === 0) return false;
    const texts = await card.locator('.suggestions .text').allTextContents();
    if (texts.length === 0 || (await apply.count()) === 0) {
      await page.keyboard.press('Escape');
      return false;
    }
    const before = await read();
    await applyFromCard(page);
    const after = await read();
    expect(after === before || isOneReplacement(before, after, texts[0] ?? '')).toBe(true);
    await check?.();
    // Now and then the user takes it back at once: one Ctrl+Z restores exactly the note before.
    if (after !== before && next() < 0.35) {
      await page.keyboard.press('Control+z');
      await expect.poll(read).toBe(before);
      await check?.();
      expected = before;
      return true;
    }
    expected = after;
    return after !== before;
  }
}

describe('random editing (property)', () => {
  it('textarea: typing, deleting, pasting and applying never touch text outside the applied span', async () => {
    const page = await harness.openFixture('/demo/');
    const applies = await fuzz(page, { selector: '#verslag', read: () => page.locator('#verslag').inputValue(), paste: 'exec-command' }, 20261124);
    expect(applies).toBeGreaterThan(0);
    await page.close();
  });

  // Seeds 6 and 7 once ended on findings that offer advice only, which the walk now passes over.
  for (const seed of [20261124, 6, 7]) {
    it(`contenteditable (seed ${seed}): typing, deleting, pasting and applying never touch text outside the applied span`, async () => {
      const page = await harness.openFixture('/demo/');
      // Browsers type spaces in rich text as no-break spaces; the user sees spaces.
      const read = async () => (await page.locator('#notitie').evaluate((element) => element.textContent ?? '')).replaceAll('\u00a0', ' ');
      const applies = await fuzz(page, { selector: '#notitie', read, paste: 'exec-command' }, seed);
      expect(applies).toBeGreaterThan(0);
      await page.close();
    });
  }

  // Editors with a model of their own: the model is what gets saved, and the screen must
  // never drift from it (tests/e2e/rich-editors.test.ts has the fixed-sequence checks).
  for (const [name, seed] of [['ckeditor5', 11], ['lexical', 12], ['slate', 13], ['trix', 14], ['draftjs', 15]] as const) {
    it(`${name} (seed ${seed}): the model never changes outside the applied span, undo restores it, the screen never drifts from it`, async () => {
      const page = await openRichEditor(harness, name);
      const applies = await fuzz(
        page,
        {
          selector: EDITABLE_SELECTOR[name],
          read: () => modelText(page),
          check: async () => expect(await screenText(page)).toBe(await modelText(page)),
          paste: 'insert-text',
          typingDelay: 10,
          caret: 'after-a-frame',
        },
        seed,
      );
      expect(applies).toBeGreaterThan(0);
      await page.close();
    });
  }
});
