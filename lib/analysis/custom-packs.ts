// Validation for rule packs that come from outside the code (imports, organisation policy):
// the same checks as the built-in packs, against the tags and rewriters of the pack's
// language. Heavy (it loads both taggers): used by the settings page and the analysis script.
import { DUTCH_REWRITERS } from './nl/rewrites';
import { DUTCH_TAGS } from './nl/tagset';
import { ENGLISH_REWRITERS } from './en/rewrites';
import { englishTags } from './en/tagset';
import { BUILT_IN_RULE_IDS } from './built-in-rule-ids';
import { checkPattern } from './pattern-check';
import { PACK_LIMITS, patternCount, tooLarge, validateRulePack, type RulePack } from './rule-pack';

/** Rule ids no custom rule may take, with what has them, for the error. */
const BUILT_IN_IDS: ReadonlyMap<string, string> = new Map([...BUILT_IN_RULE_IDS].map((id) => [id, 'a built-in rule']));

/** Validates one custom pack; `takenIds` (by default the built-in rules' ids) may not be reused. */
export function validateCustomPack(data: unknown, name: string, takenIds: ReadonlyMap<string, string> = BUILT_IN_IDS): RulePack {
  return validateRulePack(data, name, {
    takenIds,
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

/** The patterns a pack as stored would have, or null when it is not even shaped like a pack. */
function rawPatternCount(data: unknown): number | null {
  const rules = (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return null;
  let count = 0;
  for (const rule of rules) {
    if (typeof rule !== 'object' || rule === null) return null;
    for (const field of ['match', 'unless', 'unlessBefore'] as const) {
      const list = (rule as Record<string, unknown>)[field];
      if (Array.isArray(list)) count += list.length;
    }
  }
  return count;
}

const doesNotFit = (count: number, used: number) =>
  `its ${count} patterns do not fit: the packs before it use ${used} of the ${PACK_LIMITS.customPatterns} allowed for all custom packs together`;

/**
 * Each pack's fate, in order: validated one by one (a broken pack never stops the rest), and
 * used while their patterns together fit the custom budget.
 */
export function packStatuses(raw: readonly unknown[]): PackStatus[] {
  let patterns = 0;
  // The ids of the packs used so far join the built-in ones: the first pack to use an id keeps it.
  const taken = new Map(BUILT_IN_IDS);
  return raw.map((data, index) => {
    const name = `pack ${index + 1}`;
    if (index >= PACK_LIMITS.packs) {
      // Not even validated: a list of a million packs would otherwise cost seconds in every frame.
      const id = (data as { id?: unknown } | null)?.id;
      return { id: typeof id === 'string' ? id : name, pack: null, problem: `only the first ${PACK_LIMITS.packs} packs are used (the organisation's first)` };
    }
    const large = tooLarge(data);
    if (large) {
      const id = (data as { id?: unknown } | null)?.id;
      return { id: typeof id === 'string' ? id : name, pack: null, problem: large };
    }
    // Counted before it is validated (the check parses every pattern): a pack that cannot fit
    // costs nothing, so a policy full of big packs does not cost seconds in every frame.
    const counted = rawPatternCount(data);
    if (counted !== null && patterns + counted > PACK_LIMITS.customPatterns) {
      const id = (data as { id?: unknown }).id;
      return { id: typeof id === 'string' ? id : name, pack: null, problem: doesNotFit(counted, patterns) };
    }
    try {
      const pack = validateCustomPack(data, name, taken);
      const count = patternCount(pack);
      // A pack that does not fit is skipped; a smaller one after it may still fit.
      if (patterns + count > PACK_LIMITS.customPatterns) {
        return { id: pack.id, pack: null, problem: doesNotFit(count, patterns) };
      }
      patterns += count;
      for (const rule of pack.rules) taken.set(rule.id, `a rule in the pack "${pack.id}"`);
      return { id: pack.id, pack, problem: null };
    } catch (error) {
      const id = (data as { id?: unknown } | null)?.id;
      return { id: typeof id === 'string' ? id : name, pack: null, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** The last packs validPacks let through, by their stored form. */
let lastValid: { stored: string; packs: RulePack[] } | null = null;

/**
 * The packs to run: those packStatuses lets through. A frame asks again for every note and
 * after every settings change, with the same packs: those are validated once.
 */
export function validPacks(raw: readonly unknown[]): RulePack[] {
  const stored = JSON.stringify(raw);
  if (lastValid?.stored === stored) return lastValid.packs;
  const packs = packStatuses(raw).flatMap((status) => (status.pack ? [status.pack] : []));
  lastValid = { stored, packs };
  return packs;
}

/** Why one more pack would not fit the custom pattern budget, or null when it fits. */
export function overBudget(current: readonly unknown[], added: RulePack): string | null {
  const used = validPacks(current).reduce((sum, pack) => sum + patternCount(pack), 0);
  const total = used + patternCount(added);
  if (total <= PACK_LIMITS.customPatterns) return null;
  return `${added.id} has ${patternCount(added)} patterns and the packs already imported have ${used}; together at most ${PACK_LIMITS.customPatterns} are allowed, so matching stays fast. Remove a pack first`;
}

/** Why one more pack would reuse a rule id of the packs already there, or null when it does not. */
export function idClash(current: readonly unknown[], added: RulePack): string | null {
  const taken = new Map(validPacks(current).flatMap((pack) => pack.rules.map((rule) => [rule.id, pack.id] as const)));
  const rule = added.rules.find((candidate) => taken.has(candidate.id));
  if (!rule) return null;
  return `${added.id}: the rule id "${rule.id}" is already the id of a rule in the pack "${taken.get(rule.id)}"; give each rule its own id, or "Ignore this rule" would switch both off`;
}
