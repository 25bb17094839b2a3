// Ignoring a finding, in the real build: "Ignore here" is this place in this note only,
// every ignore can be undone at once from the card, and "Ignore everywhere" stores a rule
// id and a short key, never note text, whatever a custom pack's focus spans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, findingCount, someFindings, startHarness, typeAndWait, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const card = cardOf;
const findings = findingCount;

/** The settings as stored by the extension, read straight from chrome.storage. */
async function storedSettings(): Promise<{ ignored: Array<Record<string, unknown>>; disabledRules: string[] }> {
  return harness.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    const { settings } = await storage.local.get('settings');
    return (settings ?? { ignored: [], disabledRules: [] }) as { ignored: Array<Record<string, unknown>>; disabledRules: string[] };
  });
}

async function resetSettings() {
  await harness.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }).chrome;
    await storage.local.remove('settings');
  });
}

describe('ignoring a finding', () => {
  it('"Ignore here" hides this place only: not the same words elsewhere in the note, nor in another field', async () => {
    await resetSettings();
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp. Moeder weigert ook.', '2');
    // The caret is at the end, so the shortcut opens the first finding.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).getByRole('button', { name: uiText('cardIgnoreHere') }).click();
    await expect.poll(() => findings(page)).toBe('1');
    await expect.poll(() => card(page).getByRole('status').textContent()).toBe(uiText('ignoredHere', 'weigert'));

    await typeAndWait(page, '#notitie', 'Vader weigert hulp.', '1');

    // Back in the first note, and after a settings change restarted every session: still hidden there.
    await page.locator('#verslag').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Moeder komt altijd te laat.', { delay: 5 });
    await expect.poll(() => findings(page), { timeout: 10_000 }).toBe('2');
    // The first finding is the second "weigert" now; the shortcut again moves on to "altijd".
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card(page).locator('.category q').textContent()).toBe('weigert');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card(page).locator('.category q').textContent()).toBe('altijd');
    await card(page).getByRole('button', { name: uiText('cardIgnoreRule') }).click();
    await expect.poll(async () => (await storedSettings()).disabledRules).toContain('nl-absolute');
    await page.keyboard.press('Escape');
    await page.keyboard.type(' Tot ziens.', { delay: 5 });
    await expect.poll(() => findings(page), { timeout: 10_000 }).toBe('1');
    expect((await storedSettings()).ignored).toEqual([]);
    await page.close();
  });

  it('undoes an ignore at once from the card, with focus on Undo', async () => {
    await resetSettings();
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp. Moeder komt altijd te laat.', '2');
    for (const scope of ['cardIgnoreHere', 'cardIgnoreEverywhere', 'cardIgnoreRule'] as const) {
      await page.keyboard.press('Alt+Shift+N');
      await card(page).waitFor();
      await card(page).getByRole('button', { name: uiText(scope) }).click();
      await expect.poll(() => findings(page)).toBe('1');
      // Undo has focus: Enter takes the ignore back, and the finding is there again.
      await expect.poll(() => page.evaluate(() => document.querySelector('samenspraak-root')?.shadowRoot?.activeElement?.textContent)).toBe(uiText('cardUndo'));
      await page.keyboard.press('Enter');
      await expect.poll(() => findings(page)).toBe('2');
      await page.keyboard.press('Escape');
      await expect.poll(() => card(page).count()).toBe(0);
    }
    // What "everywhere" and "rule" wrote is taken back too.
    await expect.poll(async () => storedSettings()).toMatchObject({ ignored: [], disabledRules: [] });
    await page.close();
  });

  it('"Ignore everywhere" stores the rule id and a short key only', async () => {
    await resetSettings();
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Op 12 maart weigert Jansen uit Kanaleneiland hulp.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).getByRole('button', { name: uiText('cardIgnoreEverywhere') }).click();
    await expect.poll(async () => (await storedSettings()).ignored).toEqual([{ ruleId: 'nl-refusal', phrase: 'weigert' }]);
    const dump = JSON.stringify(await storedSettings());
    for (const word of ['12', 'maart', 'Jansen', 'Kanaleneiland', 'hulp']) expect(dump).not.toContain(word);

    // In another note the same wording is ignored too: that is what "everywhere" means.
    await page.keyboard.press('Escape');
    await typeAndWait(page, '#notitie', 'Moeder weigert de afspraak.', '0');
    await page.close();
  });

  it('"Ignore everywhere" reaches the other notes in place: their sessions, mirrors and caches stay', async () => {
    await resetSettings();
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp.', '1');
    const root = page.locator('samenspraak-root');
    // A mark on the textarea's mirror: a restarted session would build a new one without it.
    await root.evaluate((host) => ((host.shadowRoot?.querySelector('.mirror') as HTMLElement).dataset.before = 'ignore'));
    await typeAndWait(page, '#notitie', 'Moeder weigert de afspraak.', '1');
    await page.keyboard.press('Alt+Shift+N');
    await card(page).getByRole('button', { name: uiText('cardIgnoreEverywhere') }).click();
    await expect.poll(async () => (await storedSettings()).ignored).toEqual([{ ruleId: 'nl-refusal', phrase: 'weigert' }]);
    await page.keyboard.press('Escape');
    // The textarea hides it only once the saved settings reached its session.
    await page.locator('#verslag').click();
    await expect.poll(() => findings(page)).toBe('0');
    expect(await root.evaluate((host) => host.shadowRoot?.querySelectorAll('.mirror[data-before="ignore"]').length)).toBe(1);
    await page.close();
  });

  it('does not offer "Ignore everywhere" for a custom rule that underlines a whole sentence, and stores nothing of it', async () => {
    await resetSettings();
    const settings = await harness.openExtensionPage('options.html');
    const pack = {
      id: 'team-wijd',
      lang: 'nl',
      category: 'judgmental',
      rules: [
        {
          id: 'nl-team-wijd',
          type: 'label',
          hook: ['schuldhulp'],
          match: ['[<focus>.{1,12}]'],
          message: 'Een hele zin.',
          explanation: 'Een regel die de hele zin onderstreept.',
          suggestions: [],
          examples: { fire: ['Hij weigert de schuldhulp.'], quiet: ['Het gezin woont in Noord.'] },
        },
      ],
    };
    await settings.locator('input[type="file"]').setInputFiles({ name: 'team-wijd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await settings.locator('li[data-pack="team-wijd"]').waitFor();

    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Jan de Vries van de bank stopt met de schuldhulp.', { delay: 5 });
    await someFindings(page);
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    expect(await card(page).locator('.category q').textContent()).toContain('Jan de Vries');
    expect(await card(page).getByRole('button', { name: uiText('cardIgnoreEverywhere') }).count()).toBe(0);
    await card(page).getByRole('button', { name: uiText('cardIgnoreHere') }).click();
    expect((await storedSettings()).ignored).toEqual([]);
    expect(JSON.stringify(await storedSettings())).not.toContain('Vries');

    await settings.locator('li[data-pack="team-wijd"]').getByRole('button', { name: uiText('settingsRemove') }).click();
    await settings.close();
    await page.close();
  });

  it('undoes "Ignore everywhere" and "Ignore this rule" from the side panel, in the settings too', async () => {
    await resetSettings();
    const page = await harness.openFixture('/demo/');
    await typeAndWait(page, '#verslag', 'Vader weigert hulp. Moeder komt altijd te laat.', '2');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`);
    const finding = panel.locator('li.finding');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    for (const [scope, stored] of [
      ['cardIgnoreEverywhere', { ignored: [{ ruleId: 'nl-refusal', phrase: 'weigert' }], disabledRules: [] }],
      ['cardIgnoreRule', { ignored: [], disabledRules: ['nl-refusal'] }],
    ] as const) {
      await panel.locator('li.finding[data-rule="nl-refusal"]').getByRole('button', { name: uiText(scope) }).click();
      await expect.poll(() => finding.count()).toBe(1);
      await expect.poll(() => storedSettings()).toMatchObject(stored);
      await panel.locator('.result').getByRole('button', { name: uiText('cardUndo') }).click();
      await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
      await expect.poll(() => storedSettings()).toMatchObject({ ignored: [], disabledRules: [] });
    }
    await panel.close();
    await page.close();
  });

  it('says so when Alt+Shift+N finds nothing in the note', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader vertelt over zijn week.', { delay: 5 });
    await expect.poll(() => findings(page), { timeout: 10_000 }).toBe('0');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => page.locator('samenspraak-root > [role="status"]').textContent()).toBe(uiText('cardNoFindings'));
    expect(await page.locator('#verslag').inputValue()).toBe('Vader vertelt over zijn week.');
    await page.close();
  });
});
