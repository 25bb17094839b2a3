// What the extension's pages show of a rule instead of its id: its kind, what it points out
// and an example, for the built-in rules and any valid custom pack. Loads both language
// modules: for extension pages (settings, rules reference), not for the note script.
import { english } from '../analysis/en';
import { dutch } from '../analysis/nl';
import type { RulePack } from '../analysis/rule-pack';
import type { Category, FindingType, Lang } from '../analysis/types';

export const BUILT_IN_PACKS: readonly RulePack[] = [...dutch.packs, ...english.packs];

export interface RuleSummary {
  id: string;
  lang: Lang;
  category: Category;
  type: FindingType;
  message: string;
  /** A sentence the rule points out (its first `fire` example). */
  example?: string;
}

/** The rules of `packs` by id; a later pack does not replace an earlier one's rule. */
export function ruleCatalog(packs: readonly RulePack[]): ReadonlyMap<string, RuleSummary> {
  const catalog = new Map<string, RuleSummary>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (catalog.has(rule.id)) continue;
      const example = rule.examples.fire[0];
      catalog.set(rule.id, { id: rule.id, lang: pack.lang, category: pack.category, type: rule.type, message: rule.message, ...(example ? { example } : {}) });
    }
  }
  return catalog;
}
