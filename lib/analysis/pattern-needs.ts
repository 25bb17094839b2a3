// What a compiled pattern cannot match without: the words and tags of its required terms,
// read from compromise's parsed form (parseMatch). The engine checks them against the
// sentence's words and tags before asking compromise to match, because a match call that
// fails still builds a view; most patterns of the rules a sentence wakes fail on it. The
// check is the one compromise's own cache does inside match (failFast), done one step sooner.

/** One term of a parsed pattern, as compromise's parseMatch gives it (the fields read here). */
interface PatternTerm {
  word?: string;
  tag?: string;
  /** "(a|b|c)" of single words: any of them. */
  fastOr?: Set<string>;
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
}

/** A pattern's needs: every word and tag, and one word of each set. Empty when it needs nothing known. */
export interface PatternNeeds {
  all: readonly string[];
  oneOf: ReadonlyArray<ReadonlySet<string>>;
}

export function patternNeeds(compiled: unknown): PatternNeeds {
  const all: string[] = [];
  const oneOf: Array<ReadonlySet<string>> = [];
  if (!Array.isArray(compiled)) return { all, oneOf };
  for (const term of compiled as PatternTerm[]) {
    if (term.optional || term.negative || term.fuzzy) continue;
    if (term.word !== undefined) all.push(term.word);
    if (term.tag !== undefined) all.push(`#${term.tag}`);
    if (term.fastOr !== undefined) oneOf.push(term.fastOr);
  }
  return { all, oneOf };
}

/** A term as the check reads it: the forms compromise matches a word against, and its tags. */
interface SentenceTerm {
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
}

/** The words (in every form compromise matches) and "#tags" of a tagged sentence. */
export function sentenceItems(terms: Iterable<SentenceTerm>): Set<string> {
  const items = new Set<string>();
  for (const term of terms) {
    if (term.normal) items.add(term.normal);
    if (term.machine) items.add(term.machine);
    if (term.implicit) items.add(term.implicit);
    if (term.root) items.add(term.root);
    for (const alias of term.alias ?? []) items.add(alias);
    for (const tag of term.tags) items.add(`#${tag}`);
  }
  return items;
}

/** False when the sentence lacks something the pattern needs: then it cannot match. */
export function mayMatch(needs: PatternNeeds, items: ReadonlySet<string>): boolean {
  for (const need of needs.all) if (!items.has(need)) return false;
  for (const set of needs.oneOf) {
    let any = false;
    for (const word of set) {
      if (items.has(word)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
