// Two quirks of compromise's matcher, handled once here rather than by every rule author:
// 1. its greedy wildcard (".{0,6}") does not backtrack into an alternation of tags:
//    "dat #Subject .{0,6} (#Obligation|#ObligationTe)" never matches, while the same
//    pattern with one tag does; such a group is expanded into one pattern per tag;
// 2. a wildcard that opens a pattern never matches zero words: "^.{0,4} #Addressee" is
//    expanded into "^#Addressee" and "^.{1,4} #Addressee".

/** A wildcard, then a parenthesised alternation with a tag in it, possibly opening a named group. */
const WILDCARD_THEN_TAG_CHOICE = /(\.(?:\{\d+,\d+\}|[?*+])?\s+)(\[(?:<[\w-]+>)?)?\(([^()]*#[^()]*\|[^()]*)\)([?+*]|\{\d+,\d+\})?/;
const LEADING_OPTIONAL_WILDCARD = /^(\^?\s*)\.\{0,(\d+)\}\s+/;
/** Far more than any real rule needs; keeps a hostile pack from multiplying without end. */
const MAX_VARIANTS = 64;

function expandOnce(pattern: string): string[] | null {
  const leading = LEADING_OPTIONAL_WILDCARD.exec(pattern);
  if (leading) {
    const [whole, anchor = '', max = '0'] = leading;
    const rest = pattern.slice(whole.length);
    return [`${anchor}${rest}`, `${anchor}.{1,${max}} ${rest}`];
  }
  const choice = WILDCARD_THEN_TAG_CHOICE.exec(pattern);
  if (!choice) return null;
  const [whole, wildcard = '', open = '', body = '', suffix = ''] = choice;
  const before = pattern.slice(0, choice.index);
  const after = pattern.slice(choice.index + whole.length);
  return body.split('|').map((alternative) => `${before}${wildcard}${open}${alternative.trim()}${suffix}${after}`);
}

export function expandPattern(pattern: string): string[] {
  const done: string[] = [];
  const todo = [pattern.trim()];
  while (todo.length > 0 && done.length + todo.length <= MAX_VARIANTS) {
    const next = todo.shift() as string;
    const expanded = expandOnce(next);
    if (expanded) todo.push(...expanded);
    else done.push(next);
  }
  return [...done, ...todo];
}
