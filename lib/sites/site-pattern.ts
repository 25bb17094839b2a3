// Turns page addresses into the match patterns a site is switched on with.
// A site is a scheme + host; ports are left out so a care system reached on
// another port (as local test systems often are) counts as the same site.

const SITE_PATTERN = /^(https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])\/\*$/i;

/** Any scheme, any host text: what normaliseSitePattern then reads as the browser would. */
const PATTERN_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/\*$/i;
/** Characters that are no part of a host name (a user, a port, a path, a wildcard inside it). */
const NOT_IN_HOST = /[*@:/\\?#%\s]/;

/**
 * A site pattern in the form the browser reads it, or null where the browser would reject
 * it or it is no site of ours. Chromium's permissions API throws on an upper-case scheme and
 * on a malformed host, and lower-cases the host; the URL parser canonicalises hosts as
 * Chromium does (case, IDN, IPv4 and IPv6 forms) and fails where it fails.
 */
export function normaliseSitePattern(pattern: string): string | null {
  const shape = PATTERN_SHAPE.exec(pattern);
  if (!shape) return null;
  const scheme = (shape[1] ?? '').toLowerCase();
  const host = shape[2] ?? '';
  if (scheme !== 'http' && scheme !== 'https') return null;
  if (host === '*') return `${scheme}://*/*`;
  const wildcard = host.startsWith('*.');
  const name = wildcard ? host.slice(2) : host;
  const ipv6 = /^\[[^\]]*\]$/.test(name);
  if (name === '' || NOT_IN_HOST.test(ipv6 ? name.slice(1, -1).replaceAll(':', '') : name)) return null;
  let canonical: string;
  try {
    canonical = new URL(`${scheme}://${name}/`).hostname;
  } catch {
    return null;
  }
  if (canonical === '' || (wildcard && canonical.startsWith('['))) return null;
  return `${scheme}://${wildcard ? '*.' : ''}${canonical}/*`;
}

/** A site pattern in its normal form: the only form the site list holds and hands the browser. */
export function isValidSitePattern(pattern: string): boolean {
  return normaliseSitePattern(pattern) === pattern;
}

/** The site pattern for a page address, or null for pages no note can live on (chrome://, file:, ...). */
export function sitePatternForUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Host part shown to the user ("zorg.example.nl"), never the full address. */
export function siteLabel(pattern: string): string {
  const match = SITE_PATTERN.exec(pattern);
  return match?.[2] ?? pattern;
}
