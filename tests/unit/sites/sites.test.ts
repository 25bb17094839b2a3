import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteStatus } from '../../../lib/sites/site-status';
import { activePatterns, sitesItem, withSiteOn, withSitePaused, withoutSite, type Site } from '../../../lib/sites/sites';

const ZORG = 'https://zorg.example.nl/*';
const WIJK = 'https://wijkteam.example.nl/*';

describe('the site list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and round-trips through storage', async () => {
    expect(await sitesItem.getValue()).toEqual([]);
    await sitesItem.setValue(withSiteOn([], ZORG, 'user'));
    expect(await sitesItem.getValue()).toEqual([{ pattern: ZORG, paused: false, source: 'user' }]);
  });

  it('pauses, resumes and removes one site without touching the others', () => {
    let sites: Site[] = withSiteOn(withSiteOn([], ZORG, 'user'), WIJK, 'development');
    sites = withSitePaused(sites, ZORG);
    expect(activePatterns(sites)).toEqual([WIJK]);
    sites = withSiteOn(sites, ZORG, 'user');
    expect(activePatterns(sites)).toEqual([ZORG, WIJK]);
    expect(sites).toHaveLength(2);
    expect(withoutSite(sites, ZORG)).toEqual([{ pattern: WIJK, paused: false, source: 'development' }]);
  });

  it('keeps where a site came from when it is switched on again', () => {
    const sites = withSiteOn(withSitePaused(withSiteOn([], WIJK, 'development'), WIJK), WIJK, 'user');
    expect(sites).toEqual([{ pattern: WIJK, paused: false, source: 'development' }]);
  });
});

describe('siteStatus', () => {
  const listed: Site[] = [
    { pattern: ZORG, paused: false, source: 'user' },
    { pattern: WIJK, paused: true, source: 'user' },
  ];

  it.each([
    ['chrome://newtab/', true, 'unsupported'],
    ['https://mail.example.nl/inbox', false, 'off'],
    ['https://zorg.example.nl/dossier', true, 'on'],
    ['https://zorg.example.nl/dossier', false, 'needs-access'],
    ['https://wijkteam.example.nl/', true, 'paused'],
  ])('%s (granted: %s) is %s', (url, granted, kind) => {
    expect(siteStatus(url, listed, granted).kind).toBe(kind);
  });
});
