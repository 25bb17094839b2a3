// Lexicon entries of more than one word ("verwend nest", "drama queen", "waste of space"):
// a tagger tags single terms from its word lists, then this pass tags every term of a
// phrase the lexicon lists, so rules treat the phrase like one of their words.
import { PERSON_SLOT, slotWords } from './phrase-lexicon';

export interface PhraseTerm {
  normal: string;
  tags: Set<string>;
  text?: string;
}

type Phrase = { parts: readonly string[]; tag: string };

/**
 * Multi-word entries by their first two words ("een" alone starts hundreds of them), and the
 * words a person slot (PERSON_SLOT) in a phrase stands for.
 */
export interface PhraseTable {
  byFirst: ReadonlyMap<string, ReadonlyMap<string, readonly Phrase[]>>;
  persons: ReadonlySet<string>;
}

/** The multi-word entries of a tagger's lists, by their first and second word. */
export function compilePhrases(lists: ReadonlyArray<readonly [string, readonly string[]]>, normalise: (word: string) => string, personWords: readonly string[]): PhraseTable {
  const byFirst = new Map<string, Map<string, Phrase[]>>();
  // Some 40,000 parts and a few thousand words: each word is kept once (see tags-by-word.ts).
  const words = new Map<string, string>();
  const word = (part: string) => words.get(part) ?? (words.set(part, part), part);
  for (const [tag, entries] of lists) {
    for (const entry of entries) {
      const parts = normalise(entry).split(/[\s-]+/).filter(Boolean).map(word);
      if (parts.length < 2) continue;
      const [first, second] = parts as [string, string];
      const bySecond = byFirst.get(first) ?? new Map<string, Phrase[]>();
      byFirst.set(first, bySecond);
      bySecond.set(second, [...(bySecond.get(second) ?? []), { parts, tag }]);
    }
  }
  return { byFirst, persons: new Set(slotWords(personWords).map(normalise)) };
}

/** Whether a word (a term's normal form) is the phrase's part: a person slot takes any of the table's persons. */
export const fitsPart = (table: PhraseTable, part: string, word: string | undefined): boolean =>
  word !== undefined && (part === PERSON_SLOT ? table.persons.has(word) : word === part);

/** The keys phrases starting with a word are filed under: the word, and the person slot for a person. */
const phraseKeys = (table: PhraseTable, word: string): string[] => (table.persons.has(word) ? [word, PERSON_SLOT] : [word]);

/** Whether some phrase starts with this word (a person also starts those with a person slot first). */
export const startsPhrase = (table: PhraseTable, word: string): boolean =>
  table.byFirst.has(word) || (table.persons.has(word) && table.byFirst.has(PERSON_SLOT));

const NO_PHRASES: readonly Phrase[] = [];

/**
 * The phrases filed under these first two words, a person's word also standing for a person
 * slot. Asked for every pair of words on every keystroke: without a person among the two, a
 * lookup and no allocation.
 */
export function phrasesStarting(table: PhraseTable, first: string | undefined, second: string | undefined): readonly Phrase[] {
  if (first === undefined || second === undefined) return NO_PHRASES;
  const { byFirst, persons } = table;
  if (!persons.has(first) && !persons.has(second)) return byFirst.get(first)?.get(second) ?? NO_PHRASES;
  return phraseKeys(table, first).flatMap((one) => phraseKeys(table, second).flatMap((two) => byFirst.get(one)?.get(two) ?? NO_PHRASES));
}

export function tagPhrases(terms: readonly PhraseTerm[], table: PhraseTable): void {
  if (table.byFirst.size === 0) return;
  // compromise expands contractions into a silent term ("doesn't" → "does" + ""): a phrase
  // reads the words as written, so those are skipped (most sentences have none: no copy then).
  const spoken = terms.some((term) => term.text === '') ? terms.filter((term) => term.text !== '') : terms;
  for (let index = 0; index + 1 < spoken.length; index++) {
    for (const { parts, tag } of phrasesStarting(table, spoken[index]?.normal, spoken[index + 1]?.normal)) {
      if (parts.every((part, offset) => fitsPart(table, part, spoken[index + offset]?.normal))) {
        for (let offset = 0; offset < parts.length; offset++) (spoken[index + offset] as PhraseTerm).tags.add(tag);
      }
    }
  }
}
