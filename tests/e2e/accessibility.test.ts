// axe-core, run inside the real browser on every page the extension shows, in the Dutch and
// the English UI: the popup, the side panel without and with findings, the settings, the
// rules reference, the onboarding page and the card (inside its open shadow root on a
// care-system page). Each must have no violations of WCAG 2.x A/AA or axe's best practices.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../scripts/build-extension';
import { startHarness, typeAndWait, type Harness } from './harness';

const AXE = readFileSync(resolve(PROJECT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeOutcome {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
  /** Targets of the elements that passed some rule: proof that axe looked where we asked. */
  passed: string[];
}

/** Injects axe (evaluate is not subject to the page's CSP, a script tag would be) and runs it. */
async function axe(page: Page): Promise<AxeOutcome> {
  await page.evaluate(AXE);
  return page.evaluate(
    async ({ tags }) => {
      const { axe } = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<any> } };
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
      return {
        violations: result.violations.map((violation: any) => ({
          id: violation.id,
          help: violation.help,
          nodes: violation.nodes.map((node: any) => ({ target: node.target, failureSummary: node.failureSummary })),
        })),
        passed: result.passes.flatMap((pass: any) => pass.nodes.map((node: any) => JSON.stringify(node.target))),
      };
    },
    { tags: TAGS },
  );
}

/** Only what lives in <samenspraak-root> (the card, the note chip, the live region). */
function ours(outcome: AxeOutcome): AxeOutcome {
  const inRoot = (target: unknown[]) => Array.isArray(target[0]) && target[0][0] === 'samenspraak-root';
  return {
    violations: outcome.violations.map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => inRoot(node.target)) })).filter((violation) => violation.nodes.length > 0),
    passed: outcome.passed.filter((target) => target.startsWith('[["samenspraak-root"')),
  };
}

function expectClean(outcome: AxeOutcome): void {
  expect(outcome.violations, JSON.stringify(outcome.violations, null, 2)).toEqual([]);
  expect(outcome.passed.length).toBeGreaterThan(0);
}

describe.each(['nl', 'en'] as const)('accessibility in the %s UI (axe-core)', (lang) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  /** An extension page, checked once it rendered in the UI language under test. */
  async function checkPage(path: string, ready: string): Promise<void> {
    const page = await harness.openExtensionPage(path);
    await page.locator(ready).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expectClean(await axe(page));
    await page.close();
  }

  it('the settings page', () => checkPage('options.html', '.settings h1'));

  it('the rules reference', () => checkPage('rules.html', 'h1'));

  it('the onboarding page, with its pictures', async () => {
    const page = await harness.openExtensionPage('onboarding.html');
    await page.waitForFunction(() => document.images.length > 0 && [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    expectClean(await axe(page));
    await page.close();
  });

  it('the popup and the side panel without a note', async () => {
    const care = await harness.openFixture('/demo/');
    const popup = await harness.openPopupFor(care);
    await popup.locator('button').first().waitFor();
    expectClean(await axe(popup));
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(care)}`);
    await panel.locator('.tips details').first().waitFor();
    expect(await panel.locator('li.finding').count()).toBe(0);
    expectClean(await axe(panel));
    await Promise.all([popup.close(), panel.close(), care.close()]);
  });

  it('the side panel with findings, one of them with its explanation folded', async () => {
    const care = await harness.openFixture('/demo/');
    await typeAndWait(care, '#verslag', 'Vader weigert hulp. Moeder moet de afspraken nakomen. Vader moet op tijd komen.', '3');
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(care)}`);
    await expect.poll(() => panel.locator('li.finding').count(), { timeout: 10_000 }).toBe(3);
    expect(await panel.locator('details.explanation-again').count()).toBe(1);
    expectClean(await axe(panel));
    await Promise.all([panel.close(), care.close()]);
  });

  it('the open card, inside its shadow root', async () => {
    const care = await harness.openFixture('/demo/');
    await typeAndWait(care, '#verslag', 'Vader weigert hulp.', '1');
    await care.keyboard.press('Alt+Shift+N');
    await care.locator('samenspraak-root .card').waitFor();
    // Open the folded explanation and the reasons inside it too, so their text is checked as well.
    await care.locator('samenspraak-root .card .why > summary').click();
    await care.locator('samenspraak-root .card .reasons > summary').click();
    // The whole page, as a screen reader meets it, but only our nodes count: the demo care
    // system's own markup is not ours to judge. Targets inside the shadow root start at its host.
    const outcome = ours(await axe(care));
    expectClean(outcome);
    expect(outcome.passed).toContain(JSON.stringify([['samenspraak-root', '.card']]));
    await care.close();
  });
});
