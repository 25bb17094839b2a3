// The organisation policy as Firefox delivers it: IT writes policies.json with the shape the
// README documents, and Firefox hands the extension's entry under 3rdparty.Extensions.<id> to
// storage.managed. The README's own example is read here, so the documentation cannot drift
// from what the extension understands; the Chrome example must mean the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../lib/build/gecko-id';
import { effectiveSettings, readPolicy } from '../../../lib/settings/policy';
import { parsePolicySites } from '../../../lib/sites/policy-sites';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The first ```json block after `heading` in the README. */
function exampleAfter(heading: string): unknown {
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const block = /```json\n([\s\S]*?)\n```/.exec(README.slice(start));
  if (!block?.[1]) throw new Error(`README has no JSON example after "${heading}"`);
  return JSON.parse(block[1]);
}

/** What Firefox puts in the extension's managed storage for a policies.json. */
function firefoxManaged(policies: unknown, id: string): Record<string, unknown> | undefined {
  const extensions = (policies as { policies?: { '3rdparty'?: { Extensions?: Record<string, Record<string, unknown>> } } }).policies?.['3rdparty']?.Extensions;
  return extensions?.[id];
}

const managedStorage = (value: Record<string, unknown> | undefined) => ({
  // Firefox rejects get() when no policy names the extension, as Chrome does without a schema.
  get: () => (value ? Promise.resolve(value) : Promise.reject(new Error('Managed storage manifest not found'))),
});

describe('the Firefox policy (policies.json, 3rdparty.Extensions)', () => {
  const policies = exampleAfter('**Firefox** (`policies.json`');
  const managed = firefoxManaged(policies, GECKO_ID);

  it("names the add-on by the id in the Firefox manifest", () => {
    expect(Object.keys((policies as { policies: { '3rdparty': { Extensions: object } } }).policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expect(managed).toBeDefined();
  });

  it('switches the sites on, switches the rules off and locks the settings it names', async () => {
    expect(parsePolicySites(managed).sites).toEqual(['https://zorg.example.nl/*']);
    const policy = await readPolicy(managedStorage(managed));
    expect(policy.disabledRules).toEqual(['nl-absolute']);
    expect(policy.locked).toEqual({ sensitivity: 'balanced' });
    const effective = effectiveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict' }, policy);
    expect(effective.sensitivity).toBe('balanced');
    expect(effective.disabledRules).toContain('nl-absolute');
  });

  it('means the same as the Chrome example, apart from what the Chrome one locks besides', async () => {
    const chrome = exampleAfter('**Chrome / Edge on Linux**') as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
    const [chromeEntry] = Object.values(chrome['3rdparty'].extensions);
    expect(parsePolicySites(chromeEntry).sites).toEqual(parsePolicySites(managed).sites);
    expect((await readPolicy(managedStorage(chromeEntry))).disabledRules).toEqual((await readPolicy(managedStorage(managed))).disabledRules);
  });

  it('is no policy when policies.json does not name the add-on', async () => {
    const other = firefoxManaged({ policies: { '3rdparty': { Extensions: { 'someone@else.org': { disabledRules: ['nl-absolute'] } } } } }, GECKO_ID);
    expect(other).toBeUndefined();
    expect((await readPolicy(managedStorage(other))).disabledRules).toEqual([]);
    expect(parsePolicySites(other).sites).toEqual([]);
  });
});
