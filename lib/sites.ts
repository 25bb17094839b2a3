// The list of sites Samenspraak runs on, as a versioned storage item. Sites come from
// the user (popup), a development build (SAMENSPRAAK_DEV_SITES) or, later, the
// organisation's policy; every source lands in the same list so one code path
// registers the content script for all of them.
import { storage } from 'wxt/utils/storage';

export type SiteSource = 'user' | 'development' | 'organisation';

export interface Site {
  /** Match pattern such as `https://zorg.example.nl/*` (see lib/site-pattern.ts). */
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
