// Lexicon entries of more than one word ("verwend nest", "drama queen", "waste of space"):
// a tagger tags single terms from its word lists, then this pass tags every term of a
// phrase the lexicon lists, so rules treat the phrase like one of their words.

export interface PhraseTerm {
  normal: string;
  tags: Set<string>;
  text?: string;
}

/** Multi-word entries by their first two words: "een" alone starts hundreds of them. */
export type PhraseTable = ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<{ parts: readonly string[]; tag: string }>>>;

/** The multi-word entries of a tagger's lists, by their first and second word. */
export function compilePhrases(lists: ReadonlyArray<readonly [string, readonly string[]]>, normalise: (word: string) => string): PhraseTable {
  const table = new Map<string, Map<string, Array<{ parts: string[]; tag: string }>>>();
  // Some 100,000 parts and a few thousand words: each word is kept once (see tags-by-word.ts).
  const words = new Map<string, string>();
  const word = (part: string) => words.get(part) ?? (words.set(part, part), part);
  for (const [tag, entries] of lists) {
    for (const entry of entries) {
      const parts = normalise(entry).split(/[\s-]+/).filter(Boolean).map(word);
      if (parts.length < 2) continue;
      const [first, second] = parts as [string, string];
      const byFirst = table.get(first) ?? new Map<string, Array<{ parts: string[]; tag: string }>>();
      table.set(first, byFirst);
      byFirst.set(second, [...(byFirst.get(second) ?? []), { parts, tag }]);
    }
  }
  return table;
}

export function tagPhrases(terms: readonly PhraseTerm[], table: PhraseTable): void {
  if (table.size === 0) return;
  // compromise expands contractions into a silent term ("doesn't" → "does" + ""): a phrase
  // reads the words as written, so those are skipped (most sentences have none: no copy then).
  const spoken = terms.some((term) => term.text === '') ? terms.filter((term) => term.text !== '') : terms;
  for (let index = 0; index + 1 < spoken.length; index++) {
    const candidates = table.get((spoken[index] as PhraseTerm).normal)?.get((spoken[index + 1] as PhraseTerm).normal);
    if (!candidates) continue;
    for (const { parts, tag } of candidates) {
      if (parts.every((part, offset) => spoken[index + offset]?.normal === part)) {
        for (let offset = 0; offset < parts.length; offset++) (spoken[index + offset] as PhraseTerm).tags.add(tag);
      }
    }
  }
}
