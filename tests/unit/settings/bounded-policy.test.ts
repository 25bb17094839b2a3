// Issue 13, item 7: frames get the managed policy from the background, read once per change
// and cut to what is ever used (lib/settings/bounded-policy.ts), never the policy as IT wrote it.
import { describe, expect, it } from 'vitest';
import { packStatuses } from '../../../lib/analysis/custom-packs';
import { PACK_LIMITS } from '../../../lib/analysis/rule-pack';
import { boundedPolicy, createPolicyCache } from '../../../lib/settings/bounded-policy';
import { NO_POLICY, parsePolicy } from '../../../lib/settings/policy';

const pack = (id: string, explanation = 'Beschrijf wat je zag.') => ({
  id,
  lang: 'nl',
  category: 'judgmental',
  rules: [
    {
      id: `nl-${id}-woord`,
      type: 'label',
      hook: ['asociaal'],
      match: ['[<focus>asociaal]'],
      message: 'Een oordeel.',
      explanation,
      suggestions: [],
      examples: { fire: ['Vader is asociaal.'], quiet: ['Het weer is mooi.'] },
    },
  ],
});

describe('boundedPolicy', () => {
  it('reads back as the same policy: disabled rules, locked settings and packs', () => {
    const raw = { rulePacks: [pack('org')], disabledRules: ['nl-absolute', 7], lockedSettings: { sensitivity: 'strict', lang: 'en', disabledCategories: ['interpretation'] }, sites: ['https://zorg.example.nl/*'] };
    expect(parsePolicy(boundedPolicy(raw))).toEqual(parsePolicy(raw));
    expect(structuredClone(boundedPolicy(raw))).toEqual(boundedPolicy(raw));
    expect(parsePolicy(boundedPolicy(null))).toEqual(NO_POLICY);
  });

  it('never looks at a pack past the limit, however many the policy lists', () => {
    let touched = 0;
    const untouchable = new Proxy({}, { get: () => void touched++ });
    const rulePacks = Array.from({ length: 1_000_000 }, (_, index) => (index < PACK_LIMITS.packs ? pack(`org${index}`) : untouchable));
    const bounded = boundedPolicy({ rulePacks, disabledRules: Array.from({ length: 1_000_000 }, (_, index) => `nl-x-${index}`) });
    expect(bounded.rulePacks.length).toBe(PACK_LIMITS.packs);
    expect(bounded.disabledRules.length).toBe(2000);
    expect(touched).toBe(0);
  });

  it('leaves out a pack too large to read, as the settings page says', () => {
    const huge = pack('groot', 'x'.repeat(PACK_LIMITS.packChars));
    expect(boundedPolicy({ rulePacks: [huge, pack('klein')] }).rulePacks.map((kept) => (kept as { id: string }).id)).toEqual(['klein']);
    const [status] = packStatuses([huge]);
    expect(status?.problem).toMatch(/^it is \d+ characters as JSON; a pack may have at most 1000000$/);
  });
});

describe('createPolicyCache', () => {
  it('reads the policy once per change, however often frames ask', async () => {
    let reads = 0;
    let raw: unknown = { disabledRules: ['nl-absolute'] };
    const cache = createPolicyCache(async () => {
      reads++;
      return raw;
    });
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(reads).toBe(1);
    expect(new Set(answers).size).toBe(1);
    raw = { disabledRules: ['nl-refusal'] };
    cache.changed();
    expect(reads).toBe(2);
    expect((await cache.get()).disabledRules).toEqual(['nl-refusal']);
    await cache.get();
    expect(reads).toBe(2);
  });

  it('is no policy when managed storage fails, and reads again after a change', async () => {
    let fail = true;
    const cache = createPolicyCache(async () => {
      if (fail) throw new Error('Managed storage manifest not found');
      return { disabledRules: ['nl-absolute'] };
    });
    expect(parsePolicy(await cache.get())).toEqual(NO_POLICY);
    fail = false;
    cache.changed();
    expect((await cache.get()).disabledRules).toEqual(['nl-absolute']);
  });
});
