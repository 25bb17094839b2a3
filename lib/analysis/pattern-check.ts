// Catches the mistakes people make in match patterns before a pack is used: unbalanced
// brackets, unknown tags (a typo would silently never match), regular expressions and
// unbounded wildcards. The pattern is read by compromise's own parser, so what is checked
// is what the matcher will run, however the terms are bracketed or grouped.
import nlp from 'compromise/one';

/** One term of a parsed pattern, as compromise's parseMatch gives it (the fields checked here). */
interface PatternTerm {
  regex?: RegExp;
  choices?: PatternTerm[][];
}

/** Every term of a parsed pattern, including the terms inside choices "(a|b c)". */
function* allTerms(terms: readonly PatternTerm[]): Generator<PatternTerm> {
  for (const term of terms) {
    yield term;
    for (const choice of term.choices ?? []) yield* allTerms(choice);
  }
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
  if (/(^|\s)\.\*/.test(pattern)) return 'uses ".*"; write a bounded gap such as ".{0,6}" so matching stays fast';
  if (/\{\s*\d+\s*,\s*(\d+)\s*\}/.test(pattern)) {
    for (const [, max] of pattern.matchAll(/\{\s*\d+\s*,\s*(\d+)\s*\}/g)) {
      if (Number(max) > 12) return `allows a gap of ${max} words; at most 12 keeps findings inside one clause`;
    }
  }
  return null;
}
