// Imperatives stand where a sentence or one line of an action list opens: "Ruim de gang
// op", "Actiepunt moeder: bel de huisarts", "Mevrouw Jansen, zorg dat ...", "Dad: stop
// ...". This marks such a verb #Command, for any language whose plugin gives the words.
// A verb that is as often a header, an adverb or the writer's own shorthand ("Werk:",
// "Pas toen ...", "Check with GP") counts only when the line is addressed to someone: a
// person named in its header, "please" before it, or "je"/"you" in the sentence.

import { POLITE } from './engine';

export interface CommandTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

export interface CommandWords {
  /** Imperative forms that are an order wherever a line opens with them. */
  plain: ReadonlySet<string>;
  /** Imperative forms that need the line to be addressed. */
  ambiguous: ReadonlySet<string>;
  /** Words that address the reader ("je", "u", "you"): a sentence with one is spoken to someone. */
  secondPerson: ReadonlySet<string>;
  /** A subject right after the verb makes it a question or a statement ("Bel je morgen?", "Ga ik ..."). */
  subjectAfter: ReadonlySet<string>;
  /** Words right after an ambiguous verb that make it an order ("Zorg ervoor dat ...", "Make sure ..."). */
  confirmAfter?: ReadonlySet<string>;
  /**
   * The language's own proof, later in the line, that an ambiguous word is an order here:
   * Dutch closes the clause with the verb's separable particle ("Ruim de gang op voor
   * vrijdag": "ruim" is opruimen, not "ruim twee uur").
   */
  confirmedLater?: (terms: readonly CommandTerm[], index: number) => boolean;
  /** The language's own check that the word is used as a verb here (English: compromise's tags). */
  isVerb?: (term: CommandTerm) => boolean;
  /**
   * A negative imperative before the verb ("Do not leave ...", "Never leave ..."): the line
   * is an order to whoever reads it, so an ambiguous verb after it counts too. Where the
   * language's negation goes after the verb (Dutch "Laat ... niet"), there is none.
   */
  negation?: { before: ReadonlySet<string>; auxiliary: ReadonlySet<string>; not: ReadonlySet<string> };
  /**
   * Words that join a further order to one the line opened with: after one, a negative order
   * ("..., and do not ask her", "... and don't let Kai ...") is an order too. A plain verb after
   * one often goes on with the same task ("keep the diary and bring it"), so it stays unmarked.
   */
  coordinators?: ReadonlySet<string>;
  /**
   * Words that join a second imperative to the first in one line ("neem je medicatie in en
   * noteer hoe je je voelt"): the second is an order of the same line, so an ambiguous verb
   * counts too. Dutch action lines join orders so; English ones go on with the same task.
   */
  joiners?: ReadonlySet<string>;
  /**
   * The language's check that a verb a joiner adds is an order of its own, not the same task
   * going on ("keep the diary and bring it"). Without it, every joined command verb is one.
   */
  ownOrder?: (verb: CommandTerm, next: CommandTerm | undefined) => boolean;
}

/** How many words of a negative imperative open the line at `index` ("Do not" 2, "Never" 1), or 0. */
function negativeOpening(terms: readonly CommandTerm[], index: number, words: CommandWords): number {
  const negation = words.negation;
  const term = terms[index];
  if (!negation || !term) return 0;
  if (negation.before.has(term.normal)) return 1;
  const next = terms[index + 1];
  if (negation.auxiliary.has(term.normal) && next && (negation.not.has(next.normal) || next.tags.has('Negative'))) return 2;
  return 0;
}

/** What opens a line after a term: a colon, a semicolon, an arrow or a dash between spaces. */
const OPENS_AFTER = /[:;]|->|→|\s[–—-]\s*$/;
/** Bullets and list numbers before the first word ("1.", "-", "•"). */
const LIST_MARK = /^(\d{1,2}|[a-z])$/;

const PERSON_TAGS = ['Parent', 'Name', 'Addressee', 'Family'];

/** Indexes of the terms that open the sentence or one of its lines. */
export function openingIndexes(terms: readonly CommandTerm[]): number[] {
  const openings: number[] = [];
  let at = 0;
  // "1. Open dagelijks de post", "a) bel ...": the mark is not the first word.
  while (at < terms.length - 1 && LIST_MARK.test((terms[at] as CommandTerm).normal) && /[.)]/.test((terms[at] as CommandTerm).post)) at++;
  openings.push(at);
  terms.forEach((term, index) => {
    if (index + 1 >= terms.length || index + 1 <= at) return;
    const addressed = term.tags.has('Addressee') && term.post.includes(',');
    if (OPENS_AFTER.test(term.post) || addressed) openings.push(index + 1);
  });
  // "Please ensure ...": the verb after the politeness word opens the line.
  return openings.map((index) => (POLITE.has(terms[index]?.normal ?? '') && index + 1 < terms.length ? index + 1 : index));
}

/** The header a line opens after ("Actiepunt moeder: ", "Mevrouw Jansen, "): the words since the previous line. */
function headerBefore(terms: readonly CommandTerm[], index: number): readonly CommandTerm[] {
  const before = terms[index - 1];
  if (!before || !(before.post.includes(':') || before.tags.has('Addressee'))) return [];
  let start = index - 1;
  while (start > 0 && !/[:;,.]|->|→/.test((terms[start - 1] as CommandTerm).post)) start--;
  return terms.slice(start, index);
}

export function tagCommands(terms: readonly CommandTerm[], words: CommandWords): void {
  const last = terms[terms.length - 1];
  if (!last || last.post.includes('?')) return;
  const spokenTo = terms.some((term) => words.secondPerson.has(term.normal));
  for (const opening of openingIndexes(terms)) {
    const negative = negativeOpening(terms, opening, words);
    const index = opening + negative;
    const term = terms[index];
    if (!term) continue;
    // "Vraag: ...", "Werk: ...": a header, not an order; "Meld- en adviespunt": half a compound.
    if (/[:]/.test(term.post) || /^-/.test(term.post)) continue;
    const next = terms[index + 1];
    if (next && words.subjectAfter.has(next.normal)) continue;
    if (words.isVerb && !words.isVerb(term)) continue;
    // Addressed: "je"/"you" in the sentence, a person named before the verb, "please" right
    // before it, or a word after it that only an order has ("Zorg ervoor dat ...").
    const addressed =
      negative > 0 ||
      spokenTo ||
      headerBefore(terms, index).some((before) => PERSON_TAGS.some((tag) => before.tags.has(tag))) ||
      POLITE.has(terms[index - 1]?.normal ?? '') ||
      (next !== undefined && (words.confirmAfter?.has(next.normal) ?? false)) ||
      (words.ambiguous.has(term.normal) && (words.confirmedLater?.(terms, index) ?? false));
    if (words.plain.has(term.normal) || (addressed && words.ambiguous.has(term.normal))) term.tags.add('Command');
    if (term.tags.has('Command')) {
      tagCoordinatedCommands(terms, index, words);
      tagJoinedCommands(terms, index, words);
    }
  }
}

/** After an imperative at `index`, the verbs "en" joins to it before the line ends: "... in en noteer ...". */
function tagJoinedCommands(terms: readonly CommandTerm[], index: number, words: CommandWords): void {
  if (!words.joiners) return;
  for (let at = index + 1; at < terms.length - 1; at++) {
    const term = terms[at] as CommandTerm;
    if (OPENS_AFTER.test((terms[at - 1] as CommandTerm).post) || /[.!?]/.test((terms[at - 1] as CommandTerm).post)) return;
    const verb = terms[at + 1] as CommandTerm;
    const subjectNext = words.subjectAfter.has(terms[at + 2]?.normal ?? '');
    if (!words.joiners.has(term.normal) || subjectNext || /[:]/.test(verb.post)) continue;
    if (words.isVerb && !words.isVerb(verb)) continue;
    if (words.ownOrder && !words.ownOrder(verb, terms[at + 2])) continue;
    if (words.plain.has(verb.normal) || words.ambiguous.has(verb.normal)) verb.tags.add('Command');
  }
}

/**
 * The orders joined to the one at `index` in the same line: a negative one after "and"
 * ("..., and do not ask her"), or the next item of a list of orders ("attend the session, sort
 * out the gas meter and don't let Kai ..."). The line is already addressed, so an ambiguous verb counts.
 */
function tagCoordinatedCommands(terms: readonly CommandTerm[], index: number, words: CommandWords): void {
  if (!words.coordinators) return;
  for (let at = index + 1; at < terms.length - 1; at++) {
    const term = terms[at] as CommandTerm;
    if (/[:;]/.test(term.post)) return;
    const joined = at + 1;
    const negative = negativeOpening(terms, joined, words);
    const listed = /,/.test(term.post) && !words.coordinators.has(terms[joined]?.normal ?? '');
    if (!(words.coordinators.has(term.normal) && negative > 0) && !(listed && inListOfOrders(terms, joined, words))) continue;
    const verb = terms[joined + negative];
    if (verb && isOrderVerb(verb, terms[joined + negative + 1], words)) verb.tags.add('Command');
  }
}

/** A verb of the command lists, used as a verb, with no subject after it ("..., ring I think"). */
function isOrderVerb(verb: CommandTerm, next: CommandTerm | undefined, words: CommandWords): boolean {
  if (/[:]/.test(verb.post) || (words.isVerb && !words.isVerb(verb))) return false;
  if (!verb.tags.has('Imperative') && !verb.tags.has('Infinitive')) return false;
  if (next && words.subjectAfter.has(next.normal)) return false;
  return words.plain.has(verb.normal) || words.ambiguous.has(verb.normal);
}

/** "a, b and c": the item after a comma is one of a list when a coordinator joins a later item. */
function inListOfOrders(terms: readonly CommandTerm[], index: number, words: CommandWords): boolean {
  for (let at = index + 1; at < terms.length - 1; at++) {
    const term = terms[at] as CommandTerm;
    if (/[:;,]/.test(terms[at - 1]?.post ?? '')) return false;
    if (words.coordinators?.has(term.normal)) return isOrderVerb(terms[at + 1 + negativeOpening(terms, at + 1, words)] as CommandTerm, undefined, words);
  }
  return false;
}
