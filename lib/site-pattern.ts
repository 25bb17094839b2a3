// Turns page addresses into the match patterns a site is switched on with.
// A site is a scheme + host; ports are left out so a care system reached on
// another port (as local test systems often are) counts as the same site.

const SITE_PATTERN = /^(https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])\/\*$/i;

export function isValidSitePattern(pattern: string): boolean {
  return SITE_PATTERN.test(pattern);
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

/** Whether a page address falls under a site pattern (same rule the browser applies). */
export function urlMatchesSite(url: string, pattern: string): boolean {
  const site = sitePatternForUrl(url);
  if (!site) return false;
  const match = SITE_PATTERN.exec(pattern);
  const siteMatch = SITE_PATTERN.exec(site);
  if (!match || !siteMatch) return false;
  const [, scheme, host] = match;
  const [, urlScheme, urlHost] = siteMatch;
  if (scheme !== urlScheme || !host || !urlHost) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return urlHost === base || urlHost.endsWith(`.${base}`);
  }
  return host.toLowerCase() === urlHost.toLowerCase();
}
