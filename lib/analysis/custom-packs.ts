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

/**
 * Validates packs one by one and keeps the valid ones (a broken pack never stops the rest),
 * in order, until their patterns together would pass the custom budget.
 */
export function validPacks(raw: readonly unknown[]): RulePack[] {
  let patterns = 0;
  return raw.flatMap((data, index) => {
    try {
      const pack = validateCustomPack(data, `pack ${index + 1}`);
      patterns += patternCount(pack);
      return patterns > PACK_LIMITS.customPatterns ? [] : [pack];
    } catch {
      return [];
    }
  });
}

/** Why one more pack would not fit the custom pattern budget, or null when it fits. */
export function overBudget(current: readonly unknown[], added: RulePack): string | null {
  const used = validPacks(current).reduce((sum, pack) => sum + patternCount(pack), 0);
  const total = used + patternCount(added);
  if (total <= PACK_LIMITS.customPatterns) return null;
  return `${added.id} has ${patternCount(added)} patterns and the packs already imported have ${used}; together at most ${PACK_LIMITS.customPatterns} are allowed, so matching stays fast. Remove a pack first`;
}
