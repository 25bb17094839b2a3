// Catches the mistakes people make in match patterns before a pack is used: unbalanced
// brackets, unknown tags (a typo would silently never match), regular expressions and
// unbounded wildcards. The pattern is read by compromise's own parser, so what is checked
// is what the matcher will run, however the terms are bracketed or grouped.
import nlp from 'compromise/one';

/** One term of a parsed pattern, as compromise's parseMatch gives it (the fields checked here). */
interface PatternTerm {
  regex?: RegExp;
  choices?: PatternTerm[][];
  /** ".", "*": any word. */
  anything?: boolean;
  /** "!word": any word but this one. */
  negative?: boolean;
  /** Repeated ("+", "*", "{min,max}"); `max` absent or 999 when open-ended. */
  greedy?: boolean;
  max?: number;
  /** The capture group the term is in ("focus", "subject", "rest"). */
  group?: string;
}

/** Most words a gap may span: enough for one clause, so a finding never reaches into the next. */
const MAX_GAP = 12;
/** compromise's stand-in for "no maximum" in "{2,}". */
const NO_MAX = 999;

/** A term that matches (nearly) any word: a wildcard, a negation, or a choice with one in it. */
function anyWord(term: PatternTerm): boolean {
  return Boolean(term.anything || term.negative || term.choices?.some((choice) => choice.some(anyWord)));
}

const openEnded = (term: PatternTerm) => term.greedy === true && (term.max === undefined || term.max >= NO_MAX);

/** Every term of a parsed pattern, including the terms inside choices "(a|b c)". */
function* allTerms(terms: readonly PatternTerm[]): Generator<PatternTerm> {
  for (const term of terms) {
    yield term;
    for (const choice of term.choices ?? []) yield* allTerms(choice);
  }
}

/**
 * The first choice "(a|b ...)" with a group "(...)" inside it, or null. compromise flattens such
 * a group into the choice around it: "see (how|what (it|this|that))" matched "see that well".
 */
function nestedChoice(pattern: string): string | null {
  const opens: Array<{ at: number; choice: boolean; inner: boolean }> = [];
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === '(') {
      for (const open of opens) open.inner = true;
      opens.push({ at, choice: false, inner: false });
    } else if (char === '|' && opens.length > 0) opens[opens.length - 1]!.choice = true;
    else if (char === ')') {
      const open = opens.pop();
      if (open?.choice && open.inner) return pattern.slice(open.at, at + 1);
    }
  }
  return null;
}

export function checkPattern(pattern: string, knownTags: ReadonlySet<string>): string | null {
  const stack: string[] = [];
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const char of pattern) {
    if (char === '(' || char === '[' || char === '{') stack.push(char);
    else if (char in closing) {
      if (stack.pop() !== closing[char]) return `has an unmatched "${char}"`;
    }
  }
  if (stack.length > 0) return `has an unclosed "${stack[stack.length - 1]}"`;
  const nested = nestedChoice(pattern);
  if (nested) return `nests a group inside the choice "${nested}"; compromise reads the inner group's words as more choices ("(how|what (it|this))" matches "that" alone), so write each combination as its own choice or pattern`;
  for (const [, tag] of pattern.matchAll(/#([A-Za-z]+)/g)) {
    if (tag && !knownTags.has(tag)) return `uses the unknown tag #${tag}; known tags: ${[...knownTags].sort().join(', ')}`;
  }
  let terms: PatternTerm[];
  try {
    terms = nlp.parseMatch(pattern) as PatternTerm[];
  } catch (error) {
    return `cannot be read: ${(error as Error).message}`;
  }
  for (const term of allTerms(terms)) {
    // A regular expression can take seconds on one sentence (catastrophic backtracking), and
    // no check can tell a safe one from a slow one; words and tags match in a fixed time.
    if (term.regex) {
      return 'uses a regular expression (/…/), which can freeze the page while it matches; list the words instead, e.g. (brommerfamilies|brommerfamilie), or use a tag such as #Judgment';
    }
  }
  for (const term of allTerms(terms)) {
    if (term.max !== undefined && term.max > MAX_GAP && term.max < NO_MAX) {
      return `allows a gap of ${term.max} words; at most ${MAX_GAP} keeps findings inside one clause`;
    }
  }
  // Any word, repeated without end, underlines or searches up to a whole sentence. The one
  // use that is cheap and keeps the underline short: the pattern's last term, outside the
  // focus, taking the rest of the sentence for a rewriter ("[<rest>.+]").
  const last = terms[terms.length - 1];
  const restOfSentence = (term: PatternTerm) =>
    term === last && terms.length > 1 && term.group !== 'focus' && terms.some((other) => other.group === 'focus');
  for (const term of allTerms(terms)) {
    if (anyWord(term) && openEnded(term) && !restOfSentence(term)) {
      return 'has an open-ended gap (".*", ".+", "*" or "{2,}" on any word, also inside brackets); write a bounded gap such as ".{0,6}" so matching stays fast and the finding stays short. Only the last term, after the focus, may take the rest of the sentence: [<rest>.+]';
    }
  }
  return null;
}
