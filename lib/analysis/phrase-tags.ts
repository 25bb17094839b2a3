// Lexicon entries of more than one word ("verwend nest", "drama queen", "waste of space"):
// a tagger tags single terms from its word lists, then this pass tags every term of a
// phrase the lexicon lists, so rules treat the phrase like one of their words.

export interface PhraseTerm {
  normal: string;
  tags: Set<string>;
}

export type PhraseTable = ReadonlyMap<string, ReadonlyArray<{ parts: readonly string[]; tag: string }>>;

/** The multi-word entries of a tagger's lists, by their first word. */
export function compilePhrases(lists: ReadonlyArray<readonly [string, readonly string[]]>, normalise: (word: string) => string): PhraseTable {
  const table = new Map<string, Array<{ parts: string[]; tag: string }>>();
  for (const [tag, words] of lists) {
    for (const word of words) {
      const parts = normalise(word).split(/[\s-]+/).filter(Boolean);
      if (parts.length < 2) continue;
      const first = parts[0] as string;
      table.set(first, [...(table.get(first) ?? []), { parts, tag }]);
    }
  }
  return table;
}

export function tagPhrases(terms: readonly PhraseTerm[], table: PhraseTable): void {
  if (table.size === 0) return;
  terms.forEach((term, index) => {
    for (const { parts, tag } of table.get(term.normal) ?? []) {
      if (parts.every((part, offset) => terms[index + offset]?.normal === part)) {
        for (let offset = 0; offset < parts.length; offset++) (terms[index + offset] as PhraseTerm).tags.add(tag);
      }
    }
  });
}
