// Whether a site pattern reaches past one organisation: every site ("https://*/*"), or every
// site under a public suffix ("https://*.nl/*", "https://*.co.uk/*", "https://*.github.io/*"),
// where anyone can register a domain. The suffixes come from the Public Suffix List
// (lib/sites/public-suffixes.json, written by scripts/public-suffixes.ts).
import list from './public-suffixes.json';

const SUFFIXES: ReadonlySet<string> = new Set(list.suffixes.split(' '));
/** "ck" for the rule "*.ck": every name directly under it is a suffix… */
const WILDCARDS: ReadonlySet<string> = new Set(list.wildcards.split(' '));
/** …except these ("www.ck"). */
const EXCEPTIONS: ReadonlySet<string> = new Set(list.exceptions.split(' '));

/** For a host in normal form (lower case, punycode). Every single label is a suffix: "nl", "com", "intranet". */
export function isPublicSuffix(host: string): boolean {
  const dot = host.indexOf('.');
  if (dot < 0) return true;
  if (EXCEPTIONS.has(host)) return false;
  return SUFFIXES.has(host) || WILDCARDS.has(host.slice(dot + 1));
}

/** How a wildcard site pattern in normal form is too broad, or null when it stays within one registrable domain. */
export function tooBroad(pattern: string): 'every-site' | 'suffix' | null {
  const host = /^https?:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? '';
  if (host === '*') return 'every-site';
  if (host.startsWith('*.') && isPublicSuffix(host.slice(2))) return 'suffix';
  return null;
}
