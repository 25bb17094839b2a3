// A tagger's word lists as word → tags. The lists hold some 27,000 entries per language (a
// phrase lexicon's person slot is expanded into every parent word), and the CLI's start-up
// snapshot deserialises all of it on every start: words with the same tags share one list
// instead of each holding a copy.

export function tagsByWord<Tag extends string>(lists: ReadonlyArray<readonly [Tag, readonly string[]]>, normalise: (word: string) => string): Map<string, readonly Tag[]> {
  const byWord = new Map<string, Tag[]>();
  for (const [tag, words] of lists) {
    for (const word of words) {
      const key = normalise(word);
      const tags = byWord.get(key);
      if (!tags) byWord.set(key, [tag]);
      else if (!tags.includes(tag)) tags.push(tag);
    }
  }
  const shared = new Map<string, readonly Tag[]>();
  const index = new Map<string, readonly Tag[]>();
  for (const [word, tags] of byWord) {
    const key = tags.join('|');
    const list = shared.get(key) ?? tags;
    shared.set(key, list);
    index.set(word, list);
  }
  return index;
}
