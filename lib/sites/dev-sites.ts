// Parses the build-time SAMENSPRAAK_DEV_SITES variable: development/test builds
// grant these origins up front and switch them on at first start.
import { normaliseSitePattern } from './site-pattern';

export function parseDevSites(raw: string | undefined): string[] {
  if (!raw) return [];
  const patterns = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const normal = patterns.map((pattern) => {
    const site = normaliseSitePattern(pattern);
    if (site === null) {
      throw new Error(
        `SAMENSPRAAK_DEV_SITES: "${pattern}" is not a site match pattern. ` +
          'Use the form http://127.0.0.1/* or https://care.example.org/*, separated by commas.',
      );
    }
    return site;
  });
  return [...new Set(normal)];
}
