// The organisation's sites (policy `sites`): only patterns the browser accepts, each for at
// most one registrable domain, and the site list follows the policy when IT changes it.
import { describe, expect, it } from 'vitest';
import { parsePolicySites } from '../../lib/policy-sites';
import { withPolicySites, type Site } from '../../lib/sites';

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
    expect(parsePolicySites({ sites: [pattern] })).toEqual({ sites: [], refused: [{ pattern, reason }] });
  });

  it.each(['https://zorg.example.nl/*', 'https://*.zorg.example.nl/*', 'https://*.wijkteam.co.uk/*', 'https://*.www.ck/*', 'http://127.0.0.1/*'])(
    'accepts %s',
    (pattern) => {
      expect(parsePolicySites({ sites: [pattern] })).toEqual({ sites: [pattern], refused: [] });
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
    expect(parsePolicySites(undefined)).toEqual({ sites: [], refused: [] });
    expect(parsePolicySites({ sites: 'https://zorg.example.nl/*' })).toEqual({ sites: [], refused: [] });
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
