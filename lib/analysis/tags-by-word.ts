// A tagger's word lists as word → tags, one map for both taggers. Words with the same tags
// share one list (shared-lists.ts) instead of each holding a copy.
import { listSharer } from './shared-lists';

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
  const shared = listSharer<Tag>();
  const index = new Map<string, readonly Tag[]>();
  for (const [word, tags] of byWord) index.set(word, shared(tags));
  return index;
}
