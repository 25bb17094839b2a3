// What the popup says about the site in the current tab, derived from the site list
// and the browser's permission state.
import { siteLabel, sitePatternForUrl } from './site-pattern';
import { findSite, type Site, type SiteSource } from './sites';

export type SiteStatus =
  | { kind: 'unsupported' }
  | { kind: 'off'; pattern: string; label: string }
  | { kind: 'on'; pattern: string; label: string; source: SiteSource }
  | { kind: 'paused'; pattern: string; label: string; source: SiteSource }
  | { kind: 'needs-access'; pattern: string; label: string };

export function siteStatus(url: string | undefined, sites: readonly Site[], granted: boolean): SiteStatus {
  const pattern = sitePatternForUrl(url);
  if (!pattern) return { kind: 'unsupported' };
  const label = siteLabel(pattern);
  const site = findSite(sites, pattern);
  if (!site) return { kind: 'off', pattern, label };
  if (site.paused) return { kind: 'paused', pattern, label, source: site.source };
  if (!granted) return { kind: 'needs-access', pattern, label };
  return { kind: 'on', pattern, label, source: site.source };
}
