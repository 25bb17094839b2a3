// The organisation's sites (policy `sites`): only patterns the browser accepts, each for at
// most one registrable domain, and the site list follows the policy when IT changes it.
import { describe, expect, it } from 'vitest';
import { packStatuses, validPacks } from '../../../lib/analysis/custom-packs';
import { PACK_LIMITS } from '../../../lib/analysis/rule-pack';
import { parsePolicy, POLICY_LIMITS } from '../../../lib/settings/policy';
import { parsePolicySites } from '../../../lib/sites/policy-sites';
import { withPolicySites, type Site } from '../../../lib/sites/sites';

describe('parsePolicySites', () => {
  // Issue 13, item 6: these switched Samenspraak on for every site, or every site in a country.
  it.each([
    ['https://*/*', 'every-site'],
    ['http://*/*', 'every-site'],
    ['https://*.nl/*', 'suffix'],
    ['https://*.co.uk/*', 'suffix'],
    ['HTTPS://*.Co.UK/*', 'suffix'],
    ['https://*.foo.ck/*', 'suffix'],
    ['https://*.github.io/*', 'suffix'],
    ['http://[:::]/*', 'invalid'],
    ['zorg.example.nl', 'invalid'],
  ])('refuses %s (%s)', (pattern, reason) => {
    expect(parsePolicySites({ sites: [pattern] })).toEqual({ sites: [], refused: [{ pattern, reason }], overLimit: 0 });
  });

  it.each(['https://zorg.example.nl/*', 'https://*.zorg.example.nl/*', 'https://*.wijkteam.co.uk/*', 'https://*.www.ck/*', 'http://127.0.0.1/*'])(
    'accepts %s',
    (pattern) => {
      expect(parsePolicySites({ sites: [pattern] })).toEqual({ sites: [pattern], refused: [], overLimit: 0 });
    },
  );

  it('keeps the good entries when some are refused, each once and in the normal form', () => {
    const { sites, refused } = parsePolicySites({ sites: ['https://*/*', 'https://Zorg.Example.nl/*', 'https://zorg.example.nl/*', 7] });
    expect(sites).toEqual(['https://zorg.example.nl/*']);
    expect(refused.map((entry) => entry.pattern)).toEqual(['https://*/*']);
  });

  it('reads patterns as the browser does: normal case, malformed hosts refused, each once', () => {
    const { sites, refused } = parsePolicySites({ sites: ['HTTPS://Zorg.Example.nl/*', 'http://[:::]/*', 'https://zorg.example.nl/*', 'https://999.1.1.1/*'] });
    expect(sites).toEqual(['https://zorg.example.nl/*']);
    expect(refused.map((entry) => entry.reason)).toEqual(['invalid', 'invalid']);
  });

  it('is empty for no policy', () => {
    expect(parsePolicySites(undefined)).toEqual({ sites: [], refused: [], overLimit: 0 });
    expect(parsePolicySites({ sites: 'https://zorg.example.nl/*' })).toEqual({ sites: [], refused: [], overLimit: 0 });
  });
});

describe('withPolicySites', () => {
  const user: Site = { pattern: 'https://mail.example.nl/*', paused: false, source: 'user' };
  const org = (pattern: string, paused = false): Site => ({ pattern, paused, source: 'organisation' });

  it('adds the policy sites and lets organisation sites no longer in it leave the list', () => {
    const before = [user, org('https://oud.example.nl/*'), org('https://zorg.example.nl/*', true)];
    const { sites, removed } = withPolicySites(before, ['https://zorg.example.nl/*', 'https://nieuw.example.nl/*']);
    expect(sites).toEqual([user, org('https://zorg.example.nl/*', true), org('https://nieuw.example.nl/*')]);
    expect(removed).toEqual(['https://oud.example.nl/*']);
  });

  it('leaves a site the user or a development build switched on where it is', () => {
    const development: Site = { pattern: 'http://127.0.0.1/*', paused: false, source: 'development' };
    const { sites, removed } = withPolicySites([user, development], ['https://mail.example.nl/*']);
    expect(sites).toEqual([user, development]);
    expect(removed).toEqual([]);
  });
});

// Issue 13, item 7: a policy of any size costs a bounded, small amount of work.
describe('a very large policy', () => {
  const many = (count: number) => Array.from({ length: count }, (_, index) => `https://zorg${index}.example.nl/*`);

  it(`uses the first ${POLICY_LIMITS.sites} sites and counts the rest for the settings page`, () => {
    const started = performance.now();
    const { sites, overLimit } = parsePolicySites({ sites: many(20_000) });
    expect(sites).toHaveLength(POLICY_LIMITS.sites);
    expect(overLimit).toBe(20_000 - POLICY_LIMITS.sites);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('follows a policy of 20,000 sites into a list of 20,000 without a scan per site', () => {
    const list = many(20_000).map((pattern): Site => ({ pattern, paused: false, source: 'organisation' }));
    const started = performance.now();
    const { sites } = withPolicySites(list, many(20_000).reverse());
    expect(sites).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it(`keeps at most ${POLICY_LIMITS.disabledRules} disabled rules`, () => {
    const disabledRules = Array.from({ length: 1_000_000 }, (_, index) => `nl-rule-${index}`);
    expect(parsePolicy({ disabledRules }).disabledRules).toHaveLength(POLICY_LIMITS.disabledRules);
  });

  it('does not validate big packs that cannot fit the pattern budget', () => {
    const big = (index: number) => ({
      id: `groot-${index}`,
      lang: 'nl',
      category: 'judgmental',
      rules: Array.from({ length: 500 }, (_, rule) => ({
        id: `nl-groot-${index}-${rule}`,
        type: 'label',
        hook: ['brommerfamilies'],
        match: [`[<focus>brommerfamilies] .{0,${(rule % 12) + 1}} #Judgment`],
        message: 'm',
        explanation: 'e',
        suggestions: [],
        examples: { fire: ['x.'] },
      })),
    });
    // The third is broken too, which only validating it would find: it is not even looked at.
    const packs = Array.from({ length: 1000 }, (_, index) => (index === 2 ? { ...big(index), lang: 'de' } : big(index)));
    const started = performance.now();
    const statuses = packStatuses(packs);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(statuses.filter((status) => status.pack !== null)).toHaveLength(2);
    expect(statuses[2]?.problem).toMatch(/its 500 patterns do not fit: the packs before it use 1000 of the 1000/);
  });

  it('validates the same stored packs once, however often a frame asks', () => {
    const stored = [{ id: 'team', lang: 'nl', category: 'judgmental', rules: [{ id: 'nl-team-a', type: 'label', hook: ['x'], match: ['[<focus>x]'], message: 'm', explanation: 'e', suggestions: [], examples: { fire: ['x.'] } }] }];
    const first = validPacks(stored);
    expect(validPacks(JSON.parse(JSON.stringify(stored)))).toBe(first);
    expect(validPacks([])).toEqual([]);
  });

  it(`validates at most ${PACK_LIMITS.packs} custom packs, however many there are`, () => {
    const small = (index: number) => ({
      id: `p${index}`,
      lang: 'nl',
      category: 'judgmental',
      rules: [{ id: `nl-p${index}-a`, type: 'label', hook: ['x'], match: ['[<focus>x]'], message: 'm', explanation: 'e', suggestions: [], examples: { fire: ['x.'] } }],
    });
    const started = performance.now();
    const statuses = packStatuses(Array.from({ length: 20_000 }, (_, index) => small(index)));
    expect(performance.now() - started).toBeLessThan(300);
    expect(statuses.filter((status) => status.pack !== null)).toHaveLength(PACK_LIMITS.packs);
    expect(statuses[PACK_LIMITS.packs]?.problem).toMatch(new RegExp(`only the first ${PACK_LIMITS.packs} packs are used`));
  });
});
