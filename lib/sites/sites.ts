// The list of sites Samenspraak runs on, as a versioned storage item. Sites come from
// the user (popup), a development build (SAMENSPRAAK_DEV_SITES) or the organisation's
// policy; every source lands in the same list so one code path
// registers the content script for all of them.
import { storage } from 'wxt/utils/storage';

export type SiteSource = 'user' | 'development' | 'organisation';

export interface Site {
  /** Match pattern such as `https://zorg.example.nl/*` (see lib/sites/site-pattern.ts). */
  pattern: string;
  /** Paused sites stay in the list but get no content script. */
  paused: boolean;
  source: SiteSource;
}

export const sitesItem = storage.defineItem<Site[]>('local:sites', {
  fallback: [],
  version: 1,
});

export function findSite(sites: readonly Site[], pattern: string): Site | undefined {
  return sites.find((site) => site.pattern === pattern);
}

/** Adds the site, or un-pauses it when it is already listed. */
export function withSiteOn(sites: readonly Site[], pattern: string, source: SiteSource): Site[] {
  if (!findSite(sites, pattern)) return [...sites, { pattern, paused: false, source }];
  return sites.map((site) => (site.pattern === pattern ? { ...site, paused: false } : site));
}

export function withSitePaused(sites: readonly Site[], pattern: string): Site[] {
  return sites.map((site) => (site.pattern === pattern ? { ...site, paused: true } : site));
}

export function withoutSite(sites: readonly Site[], pattern: string): Site[] {
  return sites.filter((site) => site.pattern !== pattern);
}

export function activePatterns(sites: readonly Site[]): string[] {
  return sites.filter((site) => !site.paused).map((site) => site.pattern);
}

/**
 * The list with the organisation's sites as the policy has them now: new ones added, those
 * no longer in the policy taken out (`removed`, so their open tabs can be stopped). Sites the
 * user or a development build switched on stay, whatever the policy says.
 */
export function withPolicySites(sites: readonly Site[], patterns: readonly string[]): { sites: Site[]; removed: string[] } {
  const wanted = new Set(patterns);
  const removed = sites.filter((site) => site.source === 'organisation' && !wanted.has(site.pattern)).map((site) => site.pattern);
  const kept = sites.filter((site) => site.source !== 'organisation' || wanted.has(site.pattern));
  const listed = new Set(kept.map((site) => site.pattern));
  const added = [...wanted].filter((pattern) => !listed.has(pattern)).map((pattern): Site => ({ pattern, paused: false, source: 'organisation' }));
  return { sites: [...kept, ...added], removed };
}
