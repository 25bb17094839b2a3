// Runs compiled rule packs over one sentence: the cheap word hook first, then the
// language's tagger and the rules' match patterns, then context checks (quotes) and
// suggestions. Everything here is per sentence so the incremental analyser can cache it.
import { clauseMatches, clausesOf, type Clause, type ClauseCondition } from './clause-condition';
import { expandPattern } from './pattern-expand';
import { matchCase } from './letter-case';
import { PERSON_SLOT } from './phrase-lexicon';
import { listSharer } from './shared-lists';
import type { RulePack, Rule, SuggestionSpec } from './rule-pack';
import { isInside, quotedRanges, startsInside } from './quotes';
import { mayMatch, patternNeeds, sentenceItems, type PatternNeeds } from './pattern-needs';
import { matchedBy, reasonsOn, type Reasoned } from './reasons';
import { withSiblingRewrites } from './sibling-rewrites';
import { withSimplerRewrites, withoutBrackets, withoutHeading, type Simplifier } from './simpler-sentence';
import type { AttendanceWords, NotePeople } from './attendance';
import type { Segment } from './sentences';
import type { Category, Finding, Lang, Suggestion } from './types';

/** The slice of compromise's View the engine uses. */
export interface TaggedSentence {
  match(regs: unknown): MatchView;
  has(regs: unknown): boolean;
  docs: OffsetTerm[][];
}
/** A compromise term as the taggers read and tag it. */
export interface CompromiseTerm extends Reasoned {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  /** A contraction's own word ("didn't" → "did"; its silent "not" after it has text ""). */
  machine?: string | null;
}

interface OffsetTerm extends Reasoned {
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
  /** The sentence's words as the tagger tagged them, offsets relative to the sentence: a rewriter reads clause starts and verbs from them. */
  terms?: readonly RewriteTerm[];
}
/** One tagged word of the sentence, for a rewriter. */
export interface RewriteTerm extends Span {
  tags: ReadonlySet<string>;
}
/** Returns the whole sentence rewritten, or null when the sentence's shape does not fit. */
export type Rewriter = (input: RewriteInput) => string | null;

export interface LanguageModule {
  lang: Lang;
  /** Tokenises and tags one sentence, knowing the note's people when its attendance line names them. Only called when some rule's hook fires. */
  parse(sentence: string, people?: NotePeople): TaggedSentence;
  /** Turns a pattern into the matcher's compiled form once, at load. */
  compile(pattern: string): unknown;
  rewriters: Readonly<Record<string, Rewriter>>;
  packs: readonly RulePack[];
  /** The words of a note's attendance line ("Aanwezig:", roles), to tell its professionals by name. */
  attendance?: AttendanceWords;
  /** What the language leaves out of a sentence for its rewriters and gives back after (a Dutch fronted clause). */
  simplifiers?: readonly Simplifier[];
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
  match: unknown[];
  /** For each compiled pattern, the index of the rule's pattern it came from (one may expand to several). */
  matchSource: number[];
  /** What each compiled pattern of match, unless and unlessBefore cannot match without (pattern-needs.ts). */
  needs: { match: PatternNeeds[]; unless: PatternNeeds[]; unlessBefore: PatternNeeds[] };
  clause?: ClauseCondition;
  unless: unknown[];
  unlessBefore: unknown[];
}

/**
 * One rule's hook entries under one key word. A phrase with a person slot is many entries that
 * share most words ("heeft als moeder gefaald", "... als vader gefaald"): `common` holds the
 * words all of them need, so a sentence without "gefaald" passes over the whole group at once.
 */
export interface HookGroup {
  rule: number;
  common: readonly string[];
  /** The other words of each entry, beyond `common`; an empty one wakes the rule. */
  rests: ReadonlyArray<readonly string[]>;
}

export interface CompiledLanguage {
  module: LanguageModule;
  rules: CompiledRule[];
  /**
   * The hook filter as an index: a hook entry's key word (indexKey) → the rules it wakes, each
   * with the other words of its entries under that key (one entry's words must all be present).
   * A sentence looks up its own few words instead of every rule walking its hook; "#Judgment"
   * alone is some 1,700 words.
   */
  hookIndex: ReadonlyMap<string, readonly HookGroup[]>;
  /** The words a hook entry's person slot (PERSON_SLOT) stands for: the one-word #Parent words. */
  persons: ReadonlySet<string>;
}

/**
 * A rule's hook entry as the filter's words: "#Judgment" stands for the lexicon's words of
 * that tag, "^#Command" for those words where a line opens ("^bel": the sentence, or a
 * line after a colon, starts with "bel").
 */
function hookEntries(module: LanguageModule, entry: string): readonly string[] {
  const opening = entry.startsWith('^') ? '^' : '';
  const rest = entry.slice(opening.length);
  return rest.startsWith('#') ? module.hookWords(rest.slice(1)).map((word) => opening + word) : [entry];
}

/**
 * The word a hook entry is indexed under: the opening word when it asks for one, else, of its
 * words that are not `frequent`, the longest (of equally long ones, the one fewer entries share:
 * a phrase's fixed words are in every one of its forms, so length, not sharing, finds them).
 * "nog+maar+de+vraag" waits under "vraag", not under "nog", and "failed+as+a+mother" under
 * "failed", not "mother": a phrase lexicon has hundreds of entries with "de", "a" or a person
 * in them, most sentences have those, and each would check every such entry.
 */
function indexKey(entry: readonly string[], shared: ReadonlyMap<string, number>, frequent: ReadonlySet<string>): string | undefined {
  const opening = entry.find((part) => part.startsWith('^'));
  if (opening) return opening;
  const rare = entry.filter((part) => !frequent.has(part) && part.length > 3);
  let key: string | undefined;
  for (const part of rare.length > 0 ? rare : entry) {
    if (key === undefined) key = part;
    else {
      const [mine, best] = [shared.get(part) ?? 0, shared.get(key) ?? 0];
      if (part.length > key.length || (part.length === key.length && mine < best)) key = part;
    }
  }
  return key;
}

export function compileLanguage(module: LanguageModule, customPacks: ReadonlySet<RulePack> = new Set()): CompiledLanguage {
  const compile = (patterns: readonly string[] = []) => patterns.flatMap(expandPattern).map((pattern) => module.compile(pattern));
  const rules = module.packs.flatMap((pack) =>
    pack.rules.map((rule): CompiledRule => {
      const [match, unless, unlessBefore] = [compile(rule.match), compile(rule.unless), compile(rule.unlessBefore)];
      return {
        rule,
        category: pack.category,
        custom: customPacks.has(pack),
        match,
        matchSource: rule.match.flatMap((pattern, index) => expandPattern(pattern).map(() => index)),
        needs: { match: match.map(patternNeeds), unless: unless.map(patternNeeds), unlessBefore: unlessBefore.map(patternNeeds) },
        ...(rule.clause ? { clause: rule.clause } : {}),
        unless,
        unlessBefore,
      };
    }),
  );
  const hooks = rules.map(({ rule }) => rule.hook.flatMap((entry) => hookEntries(module, entry)).map((entry) => entry.split('+')));
  const persons = new Set(module.hookWords('Parent').filter((word) => !word.includes('+')));
  return { module, rules, hookIndex: indexHooks(module, hooks), persons };
}

/**
 * The hook index of compileLanguage. `hooks[rule]` is the rule's hook entries, each the words
 * that must all be in the sentence; only the index is kept. The word lists it holds are shared
 * where equal (most rests are one person word or none): with #Judgment and the phrase lexicons
 * expanded they were half the analysis' heap, which the CLI's start-up snapshot deserialises
 * on every start.
 */
function indexHooks(module: LanguageModule, hooks: ReadonlyArray<ReadonlyArray<readonly string[]>>): Map<string, HookGroup[]> {
  // People are in most sentences of a note; a hook entry with a person slot waits under its other words.
  const frequent = new Set([...module.hookWords('Parent'), ...module.hookWords('Family'), PERSON_SLOT]);
  const shared = new Map<string, number>();
  for (const hook of hooks) for (const entry of hook) for (const part of new Set(entry)) shared.set(part, (shared.get(part) ?? 0) + 1);
  const interned = listSharer<string>();
  // key → rule → the other words of each of the rule's entries under that key
  const byKey = new Map<string, Map<number, Array<readonly string[]>>>();
  hooks.forEach((hook, rule) => {
    for (const entry of hook) {
      const key = indexKey(entry, shared, frequent);
      if (key === undefined) continue;
      const byRule = byKey.get(key) ?? new Map<number, Array<readonly string[]>>();
      byKey.set(key, byRule);
      const rests = byRule.get(rule) ?? [];
      byRule.set(rule, rests);
      rests.push([...new Set(entry.filter((part) => part !== key))]);
    }
  });
  const hookIndex = new Map<string, HookGroup[]>();
  for (const [key, byRule] of byKey) {
    hookIndex.set(
      key,
      [...byRule].map(([rule, rests]) => {
        const common = (rests[0] ?? []).filter((part) => rests.every((rest) => rest.includes(part)));
        const beyond = rests.map((rest) => rest.filter((part) => !common.includes(part)));
        // One entry that needs nothing beyond the common words wakes the rule whatever the others need.
        return { rule, common: interned(common), rests: beyond.some((rest) => rest.length === 0) ? [interned([])] : beyond.map(interned) };
      }),
    );
  }
  return hookIndex;
}

/** A word as the hook filter sees it: letters, marks and apostrophes ("non-compliant" is two). */
const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * The first word of the sentence and of every line in it (after a colon, semicolon, comma,
 * arrow or a list number), as "^word": imperatives open a line, and a hook on "^bel" does
 * not wake for "moeder belde de huisarts".
 */
const OPENING_WORD = /(?:^|[:;,]|->|→|\s[–—-]\s)\s*(?:[-–•*·]+\s*)?(?:(?:\d{1,2}|[a-z])[.)]\s+)?["'“„‘(]?([\p{L}\p{M}'’]+)/gu;

/** An English negative contraction: "shouldn't", "isn’t", "won't". */
const NEGATED = /^(\p{L}+)n['’]t$/u;
/** Contractions whose first part is not the verb itself: "wo" + "n't" is "will not". */
const IRREGULAR_NEGATED: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/** Words before an imperative that leave it an imperative. */
export const POLITE = new Set(['please', 'kindly']);
/** Words of a negative imperative before its verb ("Do not leave", "Don't forget", "Never leave"). */
const BEFORE_THE_VERB = new Set(['do', "don't", 'don’t', 'dont', 'never']);

/**
 * Lower-case words of a sentence, for the hook filter, plus ":" and "," when present so a
 * hook can ask for an addressed line ("dad+:" for "Dad: stop ...") without waking the
 * tagger for every sentence that mentions dad.
 */
export function wordsOf(sentence: string): Set<string> {
  const lower = sentence.toLowerCase();
  const words = new Set(lower.match(WORD) ?? []);
  // The tagger reads "shouldn't" as "should" + "not" (compromise expands contractions); so must the filter.
  if (lower.includes('n\'t') || lower.includes('n’t')) {
    for (const word of [...words]) {
      const contracted = NEGATED.exec(word);
      if (!contracted) continue;
      // Only the map's own entries: the word is note text ("constructorn't" must not find Object's constructor).
      const first = contracted[1] as string;
      words.add(Object.hasOwn(IRREGULAR_NEGATED, first) ? (IRREGULAR_NEGATED[first] as string) : first);
      words.add('not');
    }
  }
  if (sentence.includes(':')) words.add(':');
  if (sentence.includes(',')) words.add(',');
  for (const match of lower.matchAll(OPENING_WORD)) {
    const word = match[1];
    if (!word) continue;
    words.add(`^${word}`);
    // "Please ensure ...", "Do not leave ...", "Never leave ...": the verb comes after these.
    if (POLITE.has(word) || BEFORE_THE_VERB.has(word)) {
      const rest = lower.slice((match.index ?? 0) + match[0].length);
      const next = /^\s+(?:not\s+)?([\p{L}\p{M}'’]+)/u.exec(rest)?.[1];
      if (next) words.add(`^${next}`);
    }
  }
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

/** From the first to the last of some terms, by the offsets placeOffsets computed once per sentence. */
function termsSpan(terms: readonly OffsetTerm[] | undefined): Span | null {
  const [first, last] = [terms?.[0]?.offset, terms?.[terms.length - 1]?.offset];
  return first && last ? { text: '', start: first.start, end: last.start + last.length } : null;
}

/** A match's span (asking compromise for offsets per view recomputes the whole document). */
const spanOf = (view: MatchView): Span | null => termsSpan(view.docs[0]);

/** The span of a run of terms, trimmed like an underline. */
function spanOfTerms(sentence: string, terms: readonly OffsetTerm[]): Span | null {
  const span = termsSpan(terms);
  return span ? trimSpan(sentence, span) : null;
}

/**
 * The groups a rewriter reads, from the clause a condition matched in, as a pattern's
 * named groups would give them: "subject" (the clause's leading subject words, when the
 * clause opens the sentence) and "rest" (from after the focus to the clause's end).
 */
function clauseGroups(sentence: string, clause: ReadonlyArray<CompromiseTerm & OffsetTerm>, focus: readonly OffsetTerm[]): Record<string, Span> {
  const groups: Record<string, Span> = {};
  let subjectEnd = 0;
  while (subjectEnd < clause.length && clause[subjectEnd]?.tags.has('Subject')) subjectEnd++;
  const subject = subjectEnd > 0 ? spanOfTerms(sentence, clause.slice(0, subjectEnd)) : null;
  if (subject && subject.start === 0) groups.subject = subject;
  const after = clause.indexOf(focus[focus.length - 1] as CompromiseTerm & OffsetTerm) + 1;
  // Inverted ("Tot het MDO mag vader ...", "Zolang ..., moet moeder ..."): the subject right after the focus.
  if (!groups.subject && after > 0) {
    let end = after;
    while (end < clause.length && clause[end]?.tags.has('Subject')) end++;
    const inverted = end > after ? spanOfTerms(sentence, clause.slice(after, end)) : null;
    if (inverted) groups.subject = inverted;
  }
  const rest = after > 0 && after < clause.length ? spanOfTerms(sentence, clause.slice(after)) : null;
  if (rest) groups.rest = rest;
  return groups;
}

/** Tags a language's tagger gives a label word (a judging adjective or noun; English #WeakJudgment judges before a person only). */
const LABEL_TAGS = ['Judgment', 'AttributiveJudgment', 'WeakJudgment', 'LabelNoun'];

/** Words that join the items of a list: "kil en hard", "rude or aggressive". */
const LIST_JOINERS: Record<Lang, ReadonlySet<string>> = { nl: new Set(['en', 'of']), en: new Set(['and', 'or']) };

/**
 * The labels of a list inside a focus ("kille, harteloze", "rude and aggressive"), one span
 * each. Only a comma or a joining word separates two labels: words next to each other are one
 * label ("verwend nest", "drama queen"), and one with other words inside ("piece of work")
 * too. Empty unless the focus is a list.
 */
function labelsIn(doc: TaggedSentence, sentence: string, focus: Span, lang: Lang): Span[] {
  const spans: Span[] = [];
  let open = false;
  let separated = false;
  for (const term of doc.docs.flat() as Array<CompromiseTerm & OffsetTerm>) {
    const at = term.offset;
    if (!at || at.start < focus.start || at.start + at.length > focus.end) continue;
    const last = spans.at(-1);
    if (LABEL_TAGS.some((tag) => term.tags.has(tag))) {
      if (!last || separated) spans.push({ text: '', start: at.start, end: at.start + at.length });
      else if (open) last.end = at.start + at.length;
      else return [];
      open = true;
      separated = /,/.test(term.post);
    } else if (last) {
      open = false;
      if (LIST_JOINERS[lang].has(term.normal) || /,/.test(term.post)) separated = true;
    }
  }
  return spans.length > 1 ? spans.map((span) => trimSpan(sentence, span)) : [];
}

/** Offsets from compromise include trailing punctuation of the last word; the underline should not. */
function trimSpan(sentence: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s.,;:!?"'”’)»]/.test(sentence[end - 1] ?? '')) end--;
  while (start < end && /[\s"'“„‘(«]/.test(sentence[start] ?? '')) start++;
  return { text: sentence.slice(start, end), start, end };
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
  if (replacement === undefined || inFixedComparison(input)) return null;
  return { text: matchCase(replacement, input.focus.text), label: spec.label };
}

/**
 * A word after "als"/"zoals"/"as" is part of a fixed comparison ("wispelturig als altijd",
 * "zoals altijd", "as always"): a swapped word reads wrong there ("als vaak", "as often").
 */
const COMPARISON_WORD = new Set(['als', 'zoals', 'as']);
function inFixedComparison(input: RewriteInput): boolean {
  const before = input.sentence.slice(0, input.focus.start).trimEnd().split(/\s+/).at(-1) ?? '';
  return COMPARISON_WORD.has(before.toLowerCase().replace(/^[^\p{L}]+/u, ''));
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
  note: NoteContext = {},
): Finding[] {
  const words = wordsOf(segment.text);
  const woken = new Set<number>();
  let person: boolean | undefined;
  const present = (part: string) => (part === PERSON_SLOT ? (person ??= [...words].some((word) => language.persons.has(word))) : words.has(part));
  for (const word of words) {
    const groups = language.hookIndex.get(word);
    if (!groups) continue;
    for (const { rule, common, rests } of groups) {
      if (woken.has(rule) || !common.every(present)) continue;
      if (rests.some((rest) => rest.every(present))) woken.add(rule);
    }
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
  const doc = language.module.parse(segment.text.slice(lead), note.people);
  // Most patterns of the rules a sentence's words woke fail on it: one that needs a word or a
  // tag the tagged sentence lacks is not handed to the matcher at all.
  let items: Set<string> | undefined;
  const mayMatchHere = (needs: PatternNeeds | undefined) => !needs || mayMatch(needs, (items ??= sentenceItems(doc.docs.flat() as CompromiseTerm[])));
  placeOffsets(doc, segment.text, lead);
  const quotes = quotedRanges(segment.text);
  const findings: Finding[] = [];
  const taken: Array<[number, number]> = [];
  // The tagged words for the rewriters, made once per sentence and only when a finding needs them.
  let terms: RewriteTerm[] | undefined;
  const termsNow = () =>
    (terms ??= (doc.docs.flat() as Array<CompromiseTerm & OffsetTerm>).flatMap((term) =>
      term.offset && term.offset.length > 0
        ? [{ text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, tags: term.tags }]
        : [],
    ));

  // Where the tagger marked a voice change, found once per sentence and tag: a sentence that
  // ends by naming who said it ("..., vertelt moeder": what comes before is theirs), and the
  // writer taking the word back after reported speech.
  const tagStarts = new Map<string, number[]>();
  const startsOf = (tag: string) => {
    let starts = tagStarts.get(tag);
    if (!starts) tagStarts.set(tag, (starts = (doc.docs.flat() as Array<CompromiseTerm & OffsetTerm>).flatMap((term) => (term.tags.has(tag) && term.offset ? [term.offset.start] : []))));
    return starts;
  };

  // The sentence's clauses, split once for all the clause rules that ask (most sentences: none).
  let clauses: Array<Clause<CompromiseTerm & OffsetTerm>> | undefined;
  const clausesNow = () => (clauses ??= clausesOf(doc.docs.flat() as Array<CompromiseTerm & OffsetTerm>));
  for (const { rule, category, custom, match, matchSource, needs, clause, unless, unlessBefore } of candidates) {
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
        blocked: unless.some((pattern, at) => mayMatchHere(needs.unless[at]) && doc.has(pattern)),
        // Where reported speech or a hedge opens before a finding, the finding is inside it.
        starts: unlessBefore.flatMap((pattern, at) =>
          mayMatchHere(needs.unlessBefore[at]) ? doc.match(pattern).docs.flatMap((terms) => (terms[0]?.offset ? [terms[0].offset.start] : [])) : [],
        ),
      };
      return context;
    };
    const addFinding = (focus: Span, groups: Record<string, Span>, reasons: string[]) => {
      const input: RewriteInput = { sentence: segment.text, focus, groups, terms: termsNow() };
      const suggestions = rule.suggestions
        .map((spec) => suggestionFor(spec, input, language.module, segment))
        .filter((suggestion): suggestion is Suggestion => suggestion !== null);
      taken.push([focus.start, focus.end]);
      // A list of labels ("een kille, harteloze moeder", "stubborn and rude") is one label per
      // word: each is a verdict of its own, underlined and counted on its own. Each keeps the
      // list's suggestions, which leave the whole list out, so none offers a sentence that still labels.
      const parts = rule.type === 'label' ? labelsIn(doc, segment.text, focus, language.module.lang) : [];
      const whole: [number, number] = [segment.start + focus.start, segment.start + focus.end];
      if (parts.length > 1) reasons.push(matchedBy.labelList);
      for (const part of parts.length > 1 ? parts : [focus]) {
        findings.push({
          start: segment.start + part.start,
          end: segment.start + part.end,
          category,
          type: rule.type,
          ruleId: rule.id,
          lang: language.module.lang,
          message: rule.message,
          explanation: rule.explanation,
          suggestions: part === focus ? suggestions : suggestions.map((suggestion) => (suggestion.range ? suggestion : { ...suggestion, range: whole })),
          reasons,
          ...(rule.tip ? { tip: rule.tip } : {}),
        });
      }
    };
    /** Not yet claimed by an earlier rule, and not inside quotes nor opening in them: cheap, so asked before the context. */
    const unclaimed = (focus: Span) =>
      focus.end > focus.start && !isInside(quotes, focus.start, focus.end) && !startsInside(quotes, focus.start) && !taken.some(([from, to]) => focus.start < to && focus.end > from);
    /** Also after no reported-speech opener, unless the writer's own voice resumed in between (a "VoiceResumes" tag: "...; een bekende uitvlucht"). */
    const free = (focus: Span) =>
      unclaimed(focus) &&
      !contextOf().starts.some((start) => start < focus.start && !startsOf('VoiceResumes').some((at) => at > start && at <= focus.start)) &&
      !startsOf('AttributedAfter').some((at) => focus.end <= at);
    // Clause rules mostly back up the pattern rules before them: the context patterns run
    // only for a focus no earlier rule has claimed.
    const clauseFindings = () => {
      const met = (clause ? clauseMatches(clause, clausesNow()) : [])
        .flatMap(({ focus: terms, clause: where }) => {
          const focus = spanOfTerms(segment.text, terms);
          return focus ? [{ focus, groups: clauseGroups(segment.text, where.terms, terms), reasons: [matchedBy.clause, ...reasonsOn(where.terms)] }] : [];
        })
        .filter(({ focus }) => unclaimed(focus));
      if (met.length > 0 && !contextOf().blocked) {
        for (const { focus, groups, reasons } of met) if (free(focus)) addFinding(focus, groups, reasons);
      }
    };
    // A rule with both patterns and a clause condition tries its patterns first: they know the
    // sentence's shape (and give its rewriter the groups it reads); the clause backs them up.
    if (match.length === 0) clauseFindings();
    for (const [at, pattern] of match.entries()) {
      if (!mayMatchHere(needs.match[at])) continue;
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
        addFinding(focus, named, [matchedBy.pattern(matchSource[at] ?? at), ...reasonsOn(one.docs[0] ?? [])]);
      }
    }
    if (match.length > 0) clauseFindings();
  }
  findings.sort((a, b) => a.start - b.start);
  if (note.retryRewrites === false) return findings;
  // The retries spend the pass's budget for custom rules like the sentence itself did.
  const once = (sentence: string) => analyzeSentence(language, { text: sentence, start: 0, end: sentence.length }, isEnabled, budget, { ...note, retryRewrites: false });
  withSiblingRewrites(findings, segment, once);
  return withSimplerRewrites(findings, segment, termsNow, [withoutHeading, withoutBrackets, ...(language.module.simplifiers ?? [])], once);
}

/** What a sentence's analysis knows of the note around it. */
export interface NoteContext {
  /** Who the note's attendance line names, professionals and family (lib/analysis/attendance.ts). */
  people?: NotePeople;
  /** Whether a finding without a wording may get one from another finding's (sibling-rewrites.ts) or a simpler sentence (simpler-sentence.ts); not inside those retries. */
  retryRewrites?: boolean;
}

