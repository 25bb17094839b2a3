// Validation for rule packs that come from outside the code (imports, organisation policy):
// the same checks as the built-in packs, against the tags and rewriters of the pack's
// language. Heavy (it loads both taggers): used by the settings page and the analysis script.
import { DUTCH_REWRITERS } from './nl/rewrites';
import { DUTCH_TAGS } from './nl/tagset';
import { ENGLISH_REWRITERS } from './en/rewrites';
import { englishTags } from './en/tagset';
import { checkPattern } from './pattern-check';
import { validateRulePack, type RulePack } from './rule-pack';

export function validateCustomPack(data: unknown, name: string): RulePack {
  return validateRulePack(data, name, {
    knownRewriters: (lang) => new Set(Object.keys(lang === 'nl' ? DUTCH_REWRITERS : ENGLISH_REWRITERS)),
    checkPattern: (pattern) => {
      const lang = (data as { lang?: string } | null)?.lang;
      return checkPattern(pattern, lang === 'en' ? englishTags() : new Set<string>(DUTCH_TAGS));
    },
  });
}

/** Validates packs one by one and keeps the valid ones (a broken pack never stops the rest). */
export function validPacks(raw: readonly unknown[]): RulePack[] {
  return raw.flatMap((data, index) => {
    try {
      return [validateCustomPack(data, `pack ${index + 1}`)];
    } catch {
      return [];
    }
  });
}
