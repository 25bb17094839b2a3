// The settings page: valid custom rule packs (JSON and YAML) are imported and their rules
// fire in a real note; broken packs are refused with an error that names the problem, and
// the old rules stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../lib/settings/rule-catalog';
import { startHarness, uiText, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const VALID_PACK = {
  id: 'team-noord',
  lang: 'nl',
  category: 'judgmental',
  rules: [
    {
      id: 'nl-team-noord-asociaal',
      type: 'label',
      hook: ['tokkies'],
      match: ['[<focus>tokkies]'],
      message: 'Een etiket voor een gezin.',
      explanation: 'Beschrijf wat je zag in plaats van een scheldwoord.',
      suggestions: [],
      examples: { fire: ['Het zijn echte tokkies.'], quiet: ['Het gezin woont in Noord.'] },
    },
  ],
};

// The same kind of pack written in YAML, with a word of its own so its finding is its alone.
const VALID_YAML_PACK = `# Team Zuid: written by hand, in YAML.
id: team-zuid
lang: nl
category: judgmental
rules:
  - id: nl-team-zuid-patsers
    type: label
    hook: [patsers]
    match: ['[<focus>patsers]']
    message: Een etiket voor een gezin.
    explanation: >-
      Beschrijf wat je zag
      in plaats van een scheldwoord.
    suggestions: []
    examples:
      fire: [Het zijn echte patsers.]
      quiet: [Het gezin woont in Zuid.]
`;

async function importPack(page: import('playwright-core').Page, name: string, content: string) {
  const mimeType = /\.ya?ml$/.test(name) ? 'application/yaml' : 'application/json';
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

describe('the settings page', () => {
  it('imports a valid rule pack, and its rule fires in a note', async () => {
    const settings = await harness.openExtensionPage('options.html');
    await importPack(settings, 'team-noord.json', JSON.stringify(VALID_PACK));
    await settings.getByText(uiText('settingsImported', 'team-noord')).waitFor();
    await settings.locator('li[data-pack="team-noord"]').waitFor();

    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Het zijn echte tokkies.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
    await settings.close();
  });

  it('imports a rule pack written in YAML, and its rule fires in a note', async () => {
    const settings = await harness.openExtensionPage('options.html');
    await importPack(settings, 'team-zuid.yaml', VALID_YAML_PACK);
    await settings.getByText(uiText('settingsImported', 'team-zuid')).waitFor();
    await settings.locator('li[data-pack="team-zuid"]').waitFor();

    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Het zijn echte patsers.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.close();
    await settings.close();
  });

  it.each([
    ['not JSON', 'kapot.json', '{"id": "kapot", ', /kapot\.json is not valid JSON/],
    ['not YAML', 'kapot.yaml', 'id: kapot\nlang: nl\n  category: judgmental\n', /kapot\.yaml is not valid YAML \(line 2\)/],
    ['an unknown tag', 'kapot.json', JSON.stringify({ ...VALID_PACK, rules: [{ ...VALID_PACK.rules[0], match: ['[<focus>#Tokkie]'] }] }), /rule "nl-team-noord-asociaal", field "match".*unknown tag #Tokkie/],
    ['a misspelt field', 'kapot.json', JSON.stringify({ ...VALID_PACK, rules: [{ ...VALID_PACK.rules[0], mesage: 'x' }] }), /field "mesage": is not a rule field/],
    // Issue 13: a regular expression could freeze the page; a shared id switched the built-in rule off too.
    ['a regular expression', 'kapot.json', JSON.stringify({ ...VALID_PACK, rules: [{ ...VALID_PACK.rules[0], match: ['[<focus>/^(t+)+$/]'] }] }), /field "match".*regular expression/],
    ['the id of a built-in rule', 'kapot.json', JSON.stringify({ ...VALID_PACK, rules: [{ ...VALID_PACK.rules[0], id: 'nl-refusal' }] }), /rule "nl-refusal", field "id": is already the id of a built-in rule/],
    ['the id of a rule already imported', 'kopie.json', JSON.stringify({ ...VALID_PACK, id: 'team-noord-kopie' }), /"nl-team-noord-asociaal" is already the id of a rule in the pack "team-noord"/],
  ])('refuses a pack with %s, says why, and keeps the current rules', async (_name, file, content, reason) => {
    const settings = await harness.openExtensionPage('options.html');
    // The pack imported above is listed once the page has read storage.
    await settings.locator('li[data-pack="team-noord"]').waitFor();
    const before = await settings.locator('li[data-pack]').count();
    await importPack(settings, file, content);
    const alert = settings.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(reason);
    expect(await alert.textContent()).toContain('current rules stay active');
    expect(await settings.locator('li[data-pack]').count()).toBe(before);
    await settings.close();
  });

  it('lists a phrase ignored everywhere by the name and an example of its rule, never the note, and removes it', async () => {
    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Oom Kees weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator('samenspraak-root .card').getByRole('button', { name: uiText('cardIgnoreEverywhere') }).click();
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings')).toBe('0');

    const settings = await harness.openExtensionPage('options.html');
    const entry = settings.locator('ul.ignored li');
    await entry.first().waitFor();
    const text = await entry.first().textContent();
    expect(text).toContain('“weigert”');
    // The rule by its name and an example from the rule itself, not its id; nothing from the note.
    expect(text).toContain(`${uiText('categoryJudgmental')} · ${uiText('typeRefusal')}`);
    expect(text).toContain('Vader weigert hulp.');
    expect(text).not.toContain('nl-refusal');
    expect(text).not.toContain('Kees');
    await entry.first().getByRole('button', { name: uiText('settingsRemove') }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await settings.close();
    await page.close();
  });

  it('links a rules reference inside the extension, generated from the rules, and says JSON or YAML', async () => {
    const settings = await harness.openExtensionPage('options.html');
    const help = settings.locator('section[aria-labelledby="packs-title"] .help');
    expect(await help.textContent()).toMatch(/JSON.*YAML/);
    const link = help.getByRole('link', { name: uiText('settingsRulesLink') });
    const href = await link.getAttribute('href');
    expect(href).toBe(`chrome-extension://${harness.extensionId}/rules.html`);
    const rules = await harness.openExtensionPage('rules.html');
    await rules.locator('tr#nl-refusal').waitFor();
    expect(await rules.locator('tr#nl-refusal').textContent()).toContain('Vader weigert hulp.');
    expect(await rules.locator('tbody tr').count()).toBe(BUILT_IN_PACKS.reduce((count, pack) => count + pack.rules.length, 0));
    expect(await rules.locator('main').count()).toBe(1);
    await rules.close();
    await settings.close();
  });

  it('refuses a pack past the pattern budget, and runs heavy packs over a long note without losing any finding', async () => {
    // Packs near the limits, whose rules are all candidates in every sentence with "de".
    const heavy = (id: string) =>
      JSON.stringify({
        id,
        lang: 'nl',
        category: 'judgmental',
        rules: Array.from({ length: 24 }, (_, rule) => ({
          id: `nl-${id}-${rule}`,
          type: 'label',
          hook: ['de'],
          match: Array.from({ length: 20 }, (_, pattern) => (rule === 0 && pattern === 0 ? '[<focus>chaos] in de' : `[<focus>wanorde${rule}x${pattern}] .{0,12} de`)),
          message: 'Een oordeel over het huis.',
          explanation: 'Beschrijf wat je zag.',
          suggestions: [],
          examples: { fire: ['Er is chaos in de woning.'], quiet: [] },
        })),
      });
    const settings = await harness.openExtensionPage('options.html');
    for (const id of ['zwaar-een', 'zwaar-twee']) {
      await importPack(settings, `${id}.json`, heavy(id));
      await settings.locator(`li[data-pack="${id}"]`).waitFor();
    }
    await importPack(settings, 'zwaar-drie.json', heavy('zwaar-drie'));
    const alert = settings.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/zwaar-drie has 480 patterns .* together at most 1000 are allowed/);
    expect(await settings.locator('li[data-pack="zwaar-drie"]').count()).toBe(0);

    // 40 sentences x 960 patterns is far more than one pass may spend: the page catches up
    // over several passes, and in the end every sentence has its finding.
    const page = await harness.openFixture('/demo/');
    const note = Array.from({ length: 40 }, (_, index) => `Bij bezoek ${index + 1} was er chaos in de keuken.`).join(' ');
    await page.locator('#verslag').fill(note);
    await page.locator('#verslag').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Einde.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 20_000 }).toBe('40');
    await page.close();
    await settings.close();
  });
  it("shows the shortcuts as the browser has them, and opens Chrome's shortcut page from a button", async () => {
    const settings = await harness.openExtensionPage('options.html');
    await settings.getByText(uiText('settingsShortcutPanel', 'Alt+Shift+S')).waitFor();
    expect(await settings.getByText(uiText('settingsShortcutNext', 'Alt+Shift+N')).count()).toBe(1);
    // A chrome:// page opens only through the tabs API; a plain link would leave no new tab.
    const opened = harness.context.waitForEvent('page');
    await settings.getByRole('button', { name: uiText('settingsShortcutsBrowser') }).click();
    const shortcutsPage = await opened;
    await expect.poll(() => shortcutsPage.url()).toBe('chrome://extensions/shortcuts');
    await shortcutsPage.close();
    await settings.close();
  });
  it('changes the in-note shortcut: the new key opens the card, Alt+Shift+N no longer does', async () => {
    const settings = await harness.openExtensionPage('options.html');
    await settings.locator('#next-shortcut').fill('ctrl+alt+m');
    await settings.getByRole('button', { name: uiText('settingsShortcutSave') }).click();
    await settings.getByText(uiText('settingsShortcutNext', 'Ctrl+Alt+M')).waitFor();

    const page = await harness.openFixture('/demo/');
    await page.locator('#verslag').click();
    await page.keyboard.type('Vader weigert hulp.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('1');
    const card = page.locator('samenspraak-root .card');
    await page.keyboard.press('Alt+Shift+N');
    // The press returns once the page has handled the key, and a card renders at once.
    expect(await card.count()).toBe(0);
    // Typing goes on in the note and is analysed: the old key opened no card (a card opened
    // from the keyboard takes the keyboard into it).
    await page.keyboard.type(' Moeder moet de afspraken nakomen.', { delay: 5 });
    await expect.poll(() => page.locator('samenspraak-root').getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
    expect(await page.locator('#verslag').inputValue()).toBe('Vader weigert hulp. Moeder moet de afspraken nakomen.');
    expect(await card.count()).toBe(0);
    await page.keyboard.press('Control+Alt+M');
    await card.waitFor();
    await page.keyboard.press('Escape');

    // Back to the default, for the tests after this one.
    await settings.bringToFront();
    await settings.locator('#next-shortcut').fill('Alt+Shift+N');
    await settings.getByRole('button', { name: uiText('settingsShortcutSave') }).click();
    await settings.getByText(uiText('settingsShortcutNext', 'Alt+Shift+N')).waitFor();
    await page.close();
    await settings.close();
  });
});
