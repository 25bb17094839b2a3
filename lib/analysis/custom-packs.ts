// Validation for rule packs that come from outside the code (imports, organisation policy):
// the same checks as the built-in packs, against the tags and rewriters of the pack's
// language. Heavy (it loads both taggers): used by the settings page and the analysis script.
import { DUTCH_REWRITERS } from './nl/rewrites';
import { DUTCH_TAGS } from './nl/tagset';
import { ENGLISH_REWRITERS } from './en/rewrites';
import { englishTags } from './en/tagset';
import { checkPattern } from './pattern-check';
import { PACK_LIMITS, patternCount, validateRulePack, type RulePack } from './rule-pack';

export function validateCustomPack(data: unknown, name: string): RulePack {
  return validateRulePack(data, name, {
    knownRewriters: (lang) => new Set(Object.keys(lang === 'nl' ? DUTCH_REWRITERS : ENGLISH_REWRITERS)),
    checkPattern: (pattern) => {
      const lang = (data as { lang?: string } | null)?.lang;
      return checkPattern(pattern, lang === 'en' ? englishTags() : new Set<string>(DUTCH_TAGS));
    },
  });
}

/** What became of one pack: used, or not and why (shown on the settings page). */
export interface PackStatus {
  id: string;
  pack: RulePack | null;
  problem: string | null;
}

/**
 * Each pack's fate, in order: validated one by one (a broken pack never stops the rest), and
 * used while their patterns together fit the custom budget.
 */
export function packStatuses(raw: readonly unknown[]): PackStatus[] {
  let patterns = 0;
  return raw.map((data, index) => {
    const name = `pack ${index + 1}`;
    try {
      const pack = validateCustomPack(data, name);
      const count = patternCount(pack);
      // A pack that does not fit is skipped; a smaller one after it may still fit.
      if (patterns + count > PACK_LIMITS.customPatterns) {
        return {
          id: pack.id,
          pack: null,
          problem: `its ${count} patterns do not fit: the packs before it use ${patterns} of the ${PACK_LIMITS.customPatterns} allowed for all custom packs together`,
        };
      }
      patterns += count;
      return { id: pack.id, pack, problem: null };
    } catch (error) {
      const id = (data as { id?: unknown } | null)?.id;
      return { id: typeof id === 'string' ? id : name, pack: null, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** The packs to run: those packStatuses lets through. */
export function validPacks(raw: readonly unknown[]): RulePack[] {
  return packStatuses(raw).flatMap((status) => (status.pack ? [status.pack] : []));
}

/** Why one more pack would not fit the custom pattern budget, or null when it fits. */
export function overBudget(current: readonly unknown[], added: RulePack): string | null {
  const used = validPacks(current).reduce((sum, pack) => sum + patternCount(pack), 0);
  const total = used + patternCount(added);
  if (total <= PACK_LIMITS.customPatterns) return null;
  return `${added.id} has ${patternCount(added)} patterns and the packs already imported have ${used}; together at most ${PACK_LIMITS.customPatterns} are allowed, so matching stays fast. Remove a pack first`;
}
