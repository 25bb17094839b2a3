// The only words "Ignore everywhere" may keep from a note: the flagged phrase reduced to a
// short key. Built by construction, whatever a rule's focus spans (a custom pack with focus
// `.+` underlines a whole sentence): at most a few words and a few dozen characters, names
// and numbers masked, or no key at all, in which case "Ignore everywhere" is not offered.
/** One "Ignore everywhere": the rule, and the key of the flagged words (see ignoreKey). */
export interface IgnoredPhrase {
  ruleId: string;
  /** At most a few lower-case words, names and numbers masked; never the sentence around them. */
  phrase: string;
}

/** A key longer than this many words is no longer "the flagged words" but part of the note. */
export const IGNORE_KEY_WORDS = 4;
export const IGNORE_KEY_CHARS = 40;
/** Rule ids are kebab-case data from a pack; a longer one is not a rule id. */
const RULE_ID_CHARS = 100;
/** Stands for a word that may identify someone (a name, a date, a case number). */
export const MASK = '…';

// Punctuation around the phrase is not part of the wording.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * The key for a flagged phrase, or null when the phrase is too long to be kept. A word after
 * the first that has a capital (mid-phrase, that is a name: "gaf Jansen uiteindelijk toe"),
 * and any word with a digit, become "…", so the key also matches the same wording about
 * someone else, and no name or number is stored.
 */
export function ignoreKey(phrase: string): string | null {
  const words = phrase.normalize('NFC').replace(EDGE_PUNCTUATION, '').split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > IGNORE_KEY_WORDS) return null;
  const masked = words.map((word, index) => (/\p{Nd}/u.test(word) || (index > 0 && /\p{Lu}/u.test(word)) ? MASK : word.toLowerCase()));
  if (masked.every((word) => word === MASK)) return null;
  const key = masked.join(' ');
  return key.length > IGNORE_KEY_CHARS ? null : key;
}

/** The entry "Ignore everywhere" stores for a finding, or null when its phrase has no key. */
export function ignoredEverywhere(ruleId: string, phrase: string): IgnoredPhrase | null {
  const key = ignoreKey(phrase);
  return key && isRuleId(ruleId) ? { ruleId, phrase: key } : null;
}

/** True for an entry that holds nothing but a rule id and a key (what may be stored). */
export function isBoundedEntry(entry: IgnoredPhrase): boolean {
  return isRuleId(entry.ruleId) && typeof entry.phrase === 'string' && ignoreKey(entry.phrase) === entry.phrase;
}

function isRuleId(ruleId: unknown): ruleId is string {
  return typeof ruleId === 'string' && ruleId.length > 0 && ruleId.length <= RULE_ID_CHARS && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ruleId);
}
