// Runs compiled rule packs over one sentence: the cheap word hook first, then the
// language's tagger and the rules' match patterns, then context checks (quotes) and
// suggestions. Everything here is per sentence so the incremental analyser can cache it.
import { clauseMatches, clausesOf, type Clause, type ClauseCondition } from './clause-condition';
import { expandPattern } from './pattern-expand';
import type { RulePack, Rule, SuggestionSpec } from './rule-pack';
import { isInside, quotedRanges } from './quotes';
import type { Segment } from './sentences';
import type { Category, Finding, Lang, Suggestion } from './types';

/** The slice of compromise's View the engine uses. */
export interface TaggedSentence {
  match(regs: unknown): MatchView;
  has(regs: unknown): boolean;
  docs: OffsetTerm[][];
}
/** A compromise term as the taggers read and tag it. */
export interface CompromiseTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

interface OffsetTerm {
  text: string;
  /** Set once per sentence by placeOffsets. */
  offset?: { start: number; length: number };
}

/**
 * Gives every term its UTF-16 offset in our own sentence string by finding its text in
 * order. compromise's own offsets drift after zero-width and some emoji characters.
 */
function placeOffsets(doc: TaggedSentence, sentence: string, from: number): void {
  let cursor = from;
  for (const terms of doc.docs) {
    for (const term of terms) {
      const at = term.text ? sentence.indexOf(term.text, cursor) : -1;
      if (at < 0) {
        term.offset = { start: cursor, length: 0 };
        continue;
      }
      term.offset = { start: at, length: term.text.length };
      cursor = at + term.text.length;
    }
  }
}
export interface MatchView {
  found: boolean;
  match(regs: unknown): MatchView;
  groups(): Record<string, MatchView>;
  eq(index: number): MatchView;
  length: number;
  docs: OffsetTerm[][];
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** What a rewriter sees: the sentence and the named groups of the match, offsets relative to the sentence. */
export interface RewriteInput {
  sentence: string;
  focus: Span;
  groups: Record<string, Span>;
}
/** Returns the whole sentence rewritten, or null when the sentence's shape does not fit. */
export type Rewriter = (input: RewriteInput) => string | null;

export interface LanguageModule {
  lang: Lang;
  /** Tokenises and tags one sentence. Only called when some rule's hook fires. */
  parse(sentence: string): TaggedSentence;
  /** Turns a pattern into the matcher's compiled form once, at load. */
  compile(pattern: string): unknown;
  rewriters: Readonly<Record<string, Rewriter>>;
  packs: readonly RulePack[];
  /**
   * The words the lexicon gives a tag, as the hook filter sees them (lower case; a word
   * the filter splits, like "non-compliant", as "non+compliant"). A hook entry "#Judgment"
   * stands for all of them, so a rule's hook grows with its lexicon instead of being listed.
   */
  hookWords(tag: string): readonly string[];
}

interface CompiledRule {
  rule: Rule;
  category: Category;
  /** From a custom pack (imported or set by the organisation): runs within a budget. */
  custom: boolean;
  /** Each entry: words that must all be in the sentence. */
  hook: ReadonlyArray<readonly string[]>;
  match: unknown[];
  clause?: ClauseCondition;
  unless: unknown[];
  unlessBefore: unknown[];
}

export interface CompiledLanguage {
  module: LanguageModule;
  rules: CompiledRule[];
  /**
   * The hook filter as an index: a hook entry's first word → the rules it wakes (with the
   * entry's other words, which must be present too). A sentence looks up its own few words
   * instead of every rule walking its hook; "#Judgment" alone is some 1,700 words.
   */
  hookIndex: ReadonlyMap<string, ReadonlyArray<{ rule: number; rest: readonly string[] }>>;
}

export function compileLanguage(module: LanguageModule, customPacks: ReadonlySet<RulePack> = new Set()): CompiledLanguage {
  const compile = (patterns: readonly string[] = []) => patterns.flatMap(expandPattern).map((pattern) => module.compile(pattern));
  const rules = module.packs.flatMap((pack) =>
    pack.rules.map((rule) => ({
      rule,
      category: pack.category,
      custom: customPacks.has(pack),
      hook: rule.hook.flatMap((entry) => (entry.startsWith('#') ? module.hookWords(entry.slice(1)) : [entry])).map((entry) => entry.split('+')),
      match: compile(rule.match),
      ...(rule.clause ? { clause: rule.clause } : {}),
      unless: compile(rule.unless),
      unlessBefore: compile(rule.unlessBefore),
    })),
  );
  const hookIndex = new Map<string, Array<{ rule: number; rest: readonly string[] }>>();
  rules.forEach((compiled, rule) => {
    for (const [first, ...rest] of compiled.hook) {
      if (first !== undefined) hookIndex.set(first, [...(hookIndex.get(first) ?? []), { rule, rest }]);
    }
  });
  return { module, rules, hookIndex };
}

/**
 * Lower-case words of a sentence, for the hook filter, plus ":" and "," when present so a
 * hook can ask for an addressed line ("dad+:" for "Dad: stop ...") without waking the
 * tagger for every sentence that mentions dad.
 */
/** A word as the hook filter sees it: letters, marks and apostrophes ("non-compliant" is two). */
const WORD = /[\p{L}\p{M}'’]+/gu;

export function wordsOf(sentence: string): Set<string> {
  const words = new Set(sentence.toLowerCase().match(WORD) ?? []);
  if (sentence.includes(':')) words.add(':');
  if (sentence.includes(',')) words.add(',');
  return words;
}

/** A lexicon word as a hook entry: the parts the hook filter's word split gives, joined by "+". */
export function hookEntry(word: string): string {
  return (word.toLowerCase().match(WORD) ?? []).join('+');
}

/**
 * A language's `hookWords`, from the tagger's word lists: every word of a tag as a hook
 * entry, worked out once per tag (compileLanguage asks again for every analyser).
 */
export function hookWordsOf(lists: ReadonlyArray<readonly [string, readonly string[]]>): (tag: string) => readonly string[] {
  const byTag = new Map<string, readonly string[]>();
  return (tag) => {
    let words = byTag.get(tag);
    if (!words) {
      words = [...new Set(lists.filter(([listTag]) => listTag === tag).flatMap(([, list]) => list.map(hookEntry)))];
      byTag.set(tag, words);
    }
    return words;
  };
}

/** Reads the offsets computed once per sentence: asking compromise for them per view recomputes the whole document. */
function spanOf(view: MatchView): Span | null {
  const terms = view.docs[0];
  const first = terms?.[0]?.offset;
  const lastTerm = terms?.[terms.length - 1]?.offset;
  if (!first || !lastTerm) return null;
  return { text: '', start: first.start, end: lastTerm.start + lastTerm.length };
}

/** Offsets from compromise include trailing punctuation of the last word; the underline should not. */
function trimSpan(sentence: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s.,;:!?"'”’)»]/.test(sentence[end - 1] ?? '')) end--;
  while (start < end && /[\s"'“„‘(«]/.test(sentence[start] ?? '')) start++;
  return { text: sentence.slice(start, end), start, end };
}

function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function suggestionFor(
  spec: SuggestionSpec,
  input: RewriteInput,
  module: LanguageModule,
  segment: Segment,
): Suggestion | null {
  if (spec.rewrite) {
    const text = module.rewriters[spec.rewrite]?.(input);
    if (!text || text === input.sentence) return null;
    return { text, range: [segment.start, segment.end], label: spec.label };
  }
  // The key is text from the note: only the map's own entries count, never what every
  // object inherits ("constructor" would otherwise be replaced by a function's source).
  const key = input.focus.text.toLowerCase();
  const replacement =
    typeof spec.replace === 'string' ? spec.replace : spec.replace && Object.hasOwn(spec.replace, key) ? spec.replace[key] : undefined;
  if (replacement === undefined) return null;
  return { text: matchCase(replacement, input.focus.text), label: spec.label };
}

/**
 * Pattern tries custom rules may spend, shared over the sentences of one analysis pass. A
 * custom pack can be as heavy as the limits allow on every sentence (PACK_LIMITS); the budget
 * bounds what one pass costs, and a sentence whose custom rules did not fit is marked
 * `deferred` so the caller tries it again in a later pass.
 */
export interface CustomBudget {
  left: number;
  deferred: boolean;
}

/** Findings for one sentence, with offsets into the whole note (segment.start added). */
export function analyzeSentence(
  language: CompiledLanguage,
  segment: Segment,
  isEnabled: (rule: Rule, category: Category) => boolean,
  budget?: CustomBudget,
): Finding[] {
  const words = wordsOf(segment.text);
  const woken = new Set<number>();
  for (const word of words) {
    for (const { rule, rest } of language.hookIndex.get(word) ?? []) if (rest.every((part) => words.has(part))) woken.add(rule);
  }
  // In pack order: the first rule to claim a stretch of text wins.
  const candidates = [...woken]
    .sort((a, b) => a - b)
    .map((rule) => language.rules[rule] as CompiledRule)
    .filter((compiled) => isEnabled(compiled.rule, compiled.category));
  if (candidates.length === 0) return [];

  // Emoji, symbols or invisible characters before the first word are not part of the clause:
  // parsing from the first word keeps "Vader" the first word of "🙁 Vader weigert hulp."
  const lead = Math.max(0, segment.text.search(/[\p{L}\p{N}"'“„‘(«]/u));
  const doc = language.module.parse(segment.text.slice(lead));
  placeOffsets(doc, segment.text, lead);
  const quotes = quotedRanges(segment.text);
  const findings: Finding[] = [];
  const taken: Array<[number, number]> = [];

  // The sentence's clauses, split once for all the clause rules that ask (most sentences: none).
  let clauses: Array<Clause<CompromiseTerm & OffsetTerm>> | undefined;
  const clausesNow = () => (clauses ??= clausesOf(doc.docs.flat() as Array<CompromiseTerm & OffsetTerm>));
  for (const { rule, category, custom, match, clause, unless, unlessBefore } of candidates) {
    if (custom && budget) {
      const cost = match.length + unless.length + unlessBefore.length;
      if (budget.left < cost) {
        budget.deferred = true;
        continue;
      }
      budget.left -= cost;
    }
    // Context is only worth checking once a pattern has matched: most candidates do not.
    let context: { blocked: boolean; starts: number[] } | null = null;
    const contextOf = () => {
      context ??= {
        blocked: unless.some((pattern) => doc.has(pattern)),
        // Where reported speech or a hedge opens before a finding, the finding is inside it.
        starts: unlessBefore.flatMap((pattern) => doc.match(pattern).docs.flatMap((terms) => (terms[0]?.offset ? [terms[0].offset.start] : []))),
      };
      return context;
    };
    const addFinding = (focus: Span, groups: Record<string, Span>) => {
      const input: RewriteInput = { sentence: segment.text, focus, groups };
      const suggestions = rule.suggestions
        .map((spec) => suggestionFor(spec, input, language.module, segment))
        .filter((suggestion): suggestion is Suggestion => suggestion !== null);
      taken.push([focus.start, focus.end]);
      findings.push({
        start: segment.start + focus.start,
        end: segment.start + focus.end,
        category,
        type: rule.type,
        ruleId: rule.id,
        lang: language.module.lang,
        message: rule.message,
        explanation: rule.explanation,
        suggestions,
        ...(rule.tip ? { tip: rule.tip } : {}),
      });
    };
    /** Not yet claimed by an earlier rule, and not inside quotes: cheap, so asked before the context. */
    const unclaimed = (focus: Span) =>
      focus.end > focus.start && !isInside(quotes, focus.start, focus.end) && !taken.some(([from, to]) => focus.start < to && focus.end > from);
    /** Also after no reported-speech opener. */
    const free = (focus: Span) => unclaimed(focus) && !contextOf().starts.some((start) => start < focus.start);
    // Clause rules mostly back up the pattern rules before them: the context patterns run
    // only for a focus no earlier rule has claimed.
    const met = (clause ? clauseMatches(clause, clausesNow()) : [])
      .flatMap((term) => (term.offset ? [trimSpan(segment.text, { text: '', start: term.offset.start, end: term.offset.start + term.offset.length })] : []))
      .filter(unclaimed);
    if (met.length > 0 && !contextOf().blocked) {
      for (const focus of met) if (free(focus)) addFinding(focus, {});
    }
    for (const pattern of match) {
      const view = doc.match(pattern);
      if (view.length === 0 || contextOf().blocked) continue;
      for (let index = 0; index < view.length; index++) {
        // Groups do not survive eq(); matching again inside the one match brings them back.
        const one = view.length === 1 ? view : view.eq(index);
        const groups = view.length === 1 ? view.groups() : one.match(pattern).groups();
        const whole = spanOf(one);
        const focusRaw = groups.focus ? spanOf(groups.focus) : whole;
        if (!focusRaw || !whole) continue;
        const focus = trimSpan(segment.text, focusRaw);
        // The first rule to claim a stretch of text wins: packs list their most specific rules first.
        if (!free(focus)) continue;
        const named: Record<string, Span> = {};
        for (const [name, groupView] of Object.entries(groups)) {
          const span = spanOf(groupView);
          if (span) named[name] = trimSpan(segment.text, span);
        }
        addFinding(focus, named);
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
