// The organisation's sites from the managed policy (`sites`): each in the form the browser
// reads it, and none broader than one registrable domain. What is refused is kept, with the
// reason, so the settings page can tell IT what to write instead. Kept apart from policy.ts:
// the note script reads the policy too and has no use for the suffix list.
import { POLICY_LIMITS } from '../settings/policy';
import { normaliseSitePattern } from './site-pattern';
import { tooBroad } from './site-breadth';

export interface RefusedSite {
  pattern: string;
  /** `invalid`: not a pattern the browser accepts; `every-site`: "*"; `suffix`: a wildcard over a public suffix. */
  reason: 'invalid' | 'every-site' | 'suffix';
}

export interface PolicySites {
  sites: string[];
  refused: RefusedSite[];
  /** Entries past POLICY_LIMITS.sites, not read. */
  overLimit: number;
}

export function parsePolicySites(raw: unknown): PolicySites {
  const listed = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).sites : undefined;
  if (!Array.isArray(listed)) return { sites: [], refused: [], overLimit: 0 };
  const sites = new Set<string>();
  const refused: RefusedSite[] = [];
  for (const pattern of listed.slice(0, POLICY_LIMITS.sites)) {
    if (typeof pattern !== 'string') continue;
    const normal = normaliseSitePattern(pattern);
    const broad = normal === null ? null : tooBroad(normal);
    if (normal === null) refused.push({ pattern, reason: 'invalid' });
    else if (broad) refused.push({ pattern, reason: broad });
    else sites.add(normal);
  }
  return { sites: [...sites], refused, overLimit: Math.max(0, listed.length - POLICY_LIMITS.sites) };
}
