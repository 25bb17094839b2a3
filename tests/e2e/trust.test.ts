// Trust: the page replacing its editor leaves nothing behind; page scripts cannot drive the
// extension; odd characters keep underlines and replacements on the right characters; the
// manifest asks for the minimum.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_OUT_DIR } from './global-setup';
import { applyFromCard, startHarness, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('trust', () => {
  it('follows the page when it replaces the editor, leaving nothing behind', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    // SPA navigation: the form is rebuilt with a new textarea.
    await page.evaluate(() => {
      const old = document.getElementById('verslag') as HTMLTextAreaElement;
      const fresh = document.createElement('textarea');
      fresh.id = 'verslag';
      fresh.rows = 6;
      old.replaceWith(fresh);
    });
    await expect.poll(() => root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror').length), { timeout: 5_000 }).toBe(0);
    await page.locator('#verslag').click();
    await page.keyboard.type('Moeder komt altijd te laat.', { delay: 5 });
    await expect.poll(() => root.evaluate((host) => host.shadowRoot?.querySelector('.mirror span')?.textContent), { timeout: 10_000 }).toBe('altijd');
    expect(await root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror').length)).toBe(1);
    await page.close();
  });

  it('cannot be driven by page scripts through postMessage or look-alike events', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.evaluate(() => {
      const key = 'nl-refusal@6-13';
      for (const message of [
        { type: 'panel/apply', key, suggestion: 0 },
        { type: 'site/stopped' },
        { type: 'panel/ignore', key, scope: 'rule' },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('samenspraak', { detail: message }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp.');
    expect(await page.locator('samenspraak-root').getAttribute('data-findings')).toBe('1');
    expect(await page.locator('samenspraak-root .card').count()).toBe(0);
    await page.close();
  });

  // Issue 13, item 14: WXT stops an older copy of a content script when a newer one says it
  // started, through a DOM event on `document` named after our (public) extension id; a page
  // can send it as well.
  it('stays in the page when the page sends the "content script started" event of WXT', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('samenspraak-root').waitFor({ state: 'attached' });
    await page.evaluate((id) => {
      for (const detail of [{ contentScriptName: 'note', messageId: 'page' }, { contentScriptName: 'analysis', messageId: 'page' }]) {
        document.dispatchEvent(new CustomEvent(`${id}:note:wxt:content-script-started`, { detail }));
        document.dispatchEvent(new CustomEvent(`${id}:analysis:wxt:content-script-started`, { detail }));
        window.postMessage({ type: `${id}:note:wxt:content-script-started`, ...detail }, '*');
      }
    }, harness.extensionId);
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
  });

  it('still hands over to a newer copy of its own script, as switching on in an open tab injects one', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('samenspraak-root').waitFor({ state: 'attached' });
    const cdp = await harness.context.newCDPSession(page);
    const listeners = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
    };
    const before = await listeners();
    const tabId = await harness.tabIdOf(page);
    type Scripting = { chrome: { scripting: { executeScript(options: object): Promise<unknown> } } };
    await harness.serviceWorker.evaluate(
      (tab) => (globalThis as unknown as Scripting).chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/content-scripts/note.js'] }),
      tabId,
    );
    // The older copy stopped when the newer one announced itself: its listeners went with it
    // (a copy that kept running would double them), and one root is left.
    await expect.poll(() => page.locator('samenspraak-root').count()).toBe(1);
    await expect.poll(listeners).toBe(before);
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
  });

  it('keeps underlines and replacements on the right characters with emoji, combining marks and CRLF', async () => {
    const page = await harness.openFixture('/demo/');
    const note = 'Gesprek 👨‍👩‍👧 met ouders e\u0301n kinderen.\r\nVader weigert hulp 🙂 vandaag.';
    await page.locator('#verslag').click();
    await page.locator('#verslag').fill(note);
    await page.locator('#verslag').press('End');
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    expect(await root.evaluate((host) => host.shadowRoot?.querySelector('.mirror span')?.textContent)).toBe('weigert');
    const before = await page.locator('#verslag').inputValue();
    await page.keyboard.press('Alt+Shift+N');
    await page.locator('samenspraak-root .card').waitFor();
    const suggestions = await page.locator('samenspraak-root .card .text').allTextContents();
    expect(await applyFromCard(page)).toBe('applied');
    const after = await page.locator('#verslag').inputValue();
    // Everything before the sentence is exactly as it was; the sentence is the suggestion.
    const sentenceStart = before.indexOf('Vader');
    expect(after.slice(0, sentenceStart)).toBe(before.slice(0, sentenceStart));
    expect(after.slice(sentenceStart)).toBe(suggestions[0]);
    await page.close();
  });

  it('keeps underlines and replacements on the right characters with zero-width and right-to-left text in rich text', async () => {
    const page = await harness.openFixture('/demo/');
    // A zero-width space and joiner inside words, an Arabic and a Hebrew name, a right-to-left
    // mark, and a line of its own before the flagged sentence.
    const first = 'Tolk\u200Bgesprek met أحمد en \u200Fשרה\u200F, zorg\u200Dteam erbij.';
    await page.locator('#notitie').click();
    await page.keyboard.insertText(first);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Moeder komt altijd te laat.');
    const root = page.locator('samenspraak-root');
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    const highlighted = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
        return [...(registry.get('samenspraak-judgmental') ?? [])].map((range) => range.toString());
      });
    expect(await highlighted()).toEqual(['altijd']);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator('samenspraak-root .card');
    await card.waitFor();
    const [suggestion] = await card.locator('.suggestions .text').allTextContents();
    await card.getByRole('button', { name: uiText('cardApply') }).first().click();
    // The first line, with all its invisible and right-to-left characters, is untouched; the
    // suggestion replaces exactly the underlined word.
    await expect.poll(() => page.locator('#notitie').evaluate((element) => (element as HTMLElement).innerText.replaceAll('\u00a0', ' '))).toBe(`${first}\nMoeder komt ${suggestion} te laat.`);
    await page.close();
  });

  // Issue 13, item 9: the count depends on the ignore list and the rules switched off, which
  // are the same on every site. A page that fills and focuses a field of its own must not
  // read them off the root; only a field the user typed in shows its count.
  it('shows no finding count for a field the page focused or filled itself', async () => {
    const page = await harness.openFixture('/demo/');
    const root = page.locator('samenspraak-root');
    await root.waitFor({ state: 'attached' });
    await page.evaluate(() => {
      // What the page would see: every value the count ever takes.
      const seen: (string | null)[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const host = document.querySelector('samenspraak-root')!;
      new MutationObserver(() => seen.push(host.getAttribute('data-findings'))).observe(host, { attributes: true, attributeFilter: ['data-findings'] });
      const probe = (id: string) => {
        const field = document.createElement('textarea');
        field.id = id;
        field.rows = 6;
        field.value = 'Vader weigert hulp.';
        field.style.cssText = 'position: absolute; left: -9999px; top: 0;';
        document.body.append(field);
        return field;
      };
      // A focusin the page made up, then a real focus and text put in by execCommand (which
      // the browser marks as trusted input, without the beforeinput that typing has).
      probe('probe-synthetic').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      const focused = probe('probe-focused');
      focused.focus();
      document.execCommand('insertText', false, ' Moeder weigert ook.');
    });
    // The session for the focused probe ran: its underlines are drawn (the page can still see
    // those, see the closing note of issue 13), and any count would have been set with them.
    const underlined = () => root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror span').length);
    await expect.poll(underlined, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    expect(await root.getAttribute('data-findings')).toBeNull();
    // The made-up focusin started nothing: only the focused probe is underlined.
    expect(await underlined()).toBe(2);
    // The user's own typing still shows the count.
    await page.locator('#verslag').click();
    await page.keyboard.type('Moeder weigert hulp.', { delay: 5 });
    await expect.poll(() => root.getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
  });

  it('asks for the minimum: no host access, no tabs, no externally_connectable', async () => {
    const manifest = JSON.parse(await readFile(join(RELEASE_OUT_DIR, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  });
});
