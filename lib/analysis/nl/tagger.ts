// The Dutch plugin on top of compromise/one: tokenise, tag from our lexicon, mark clause
// structure (subject position, clause starts, addressees), then post-tagger matches that
// each carry a reason id. Tags are set on the document's own terms, never in compromise's
// shared lexicon, so English tagging stays untouched.
import nlp from 'compromise/one';
import { hookWordsOf, type CompromiseTerm, type TaggedSentence } from '../engine';
import { tagCommands } from '../openings';
import { compilePhrases, tagPhrases } from '../phrase-tags';
import { addReason } from '../reasons';
import { ABBREVIATIONS } from '../sentences';
import { COMMANDS, CONFIRM_AFTER, SECOND_PERSON, SUBJECT_AFTER, VERBS_OF_COMMAND } from './lexicon/commands';
import { isFiniteForm } from './lexicon/finite-forms';
import { FIRST_NAMES } from './lexicon/first-names';
import { ADVERBIAL, CLAUSE_OPENERS, FINITE_VERBS, NOT_A_NAME, PREPOSITIONS, SUBJECT_DETERMINERS, SUBORDINATORS } from './lexicon/function-words';
import {
  ABSOLUTE, ALSO_THINGS, BEHAVIOUR_NOUN, CARE_MATTER, COMPARATIVE, DEGREE, HEDGE, JUDGMENT_ADJECTIVE, JUDGMENT_ONLY_ATTRIBUTIVE, LABEL_NOUN, LABEL_VERB, NEGATION,
  PERSON_NOUN, TOGETHER, MIND_VERB, UNDERSTANDING_VERB, MIND_ADVERB, DELIBERATE,
} from './lexicon/judgments';
import { COURT, FAMILY, HONORIFIC, PARENT, PROFESSIONAL, THIRD_PERSON } from './lexicon/people';
import { PHRASE_LISTS } from './lexicon/phrases';
import {
  ALLOWED, COPULA, CREDIBILITY, DECISION, DIRECTIVE_VERBS, FORBIDDEN, INSTRUCTION, MANDATORY, OBLIGATION, OBLIGATION_PAST, OBLIGATION_TE, PERMISSION, REFUSAL, REPORTING, RESTRICTOR,
} from './lexicon/verbs';
import type { DutchTag } from './tagset';
import { presentTense, separablePrefix } from './verb-forms';

/** compromise's `normal` drops diacritics (naïef → naief); lexicon keys must match it. */
export function normalise(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const KNOWN_FIRST_NAMES = new Set(FIRST_NAMES);

const LEXICON_LISTS: Array<[DutchTag, readonly string[]]> = [
  ['Parent', PARENT],
  ['Family', FAMILY],
  ['Honorific', HONORIFIC],
  ['Professional', PROFESSIONAL],
  ['Court', COURT],
  ['ThirdPerson', THIRD_PERSON],
  ['Obligation', OBLIGATION],
  ['Permission', PERMISSION],
  ['Restrictor', RESTRICTOR],
  ['Allowed', ALLOWED],
  ['Forbidden', FORBIDDEN],
  ['Mandatory', MANDATORY],
  // The infinitive marker: "dient ... te volgen" is an obligation, "dient ... in" is indienen.
  ['Te', ['te']],
  ['AlsoThings', ALSO_THINGS],
  ['Copula', COPULA],
  ['ObligationTe', OBLIGATION_TE],
  ['ObligationPast', OBLIGATION_PAST],
  ['Refusal', REFUSAL],
  ['Credibility', CREDIBILITY],
  ['Reporting', REPORTING],
  ['Decision', DECISION],
  ['Instruction', INSTRUCTION],
  ['Judgment', JUDGMENT_ADJECTIVE],
  ['AttributiveJudgment', JUDGMENT_ONLY_ATTRIBUTIVE],
  ['LabelNoun', LABEL_NOUN],
  ['LabelVerb', LABEL_VERB],
  ['PersonNoun', PERSON_NOUN],
  ['BehaviourNoun', BEHAVIOUR_NOUN],
  ['MindVerb', MIND_VERB],
  ['UnderstandingVerb', UNDERSTANDING_VERB],
  ['MindAdverb', MIND_ADVERB],
  ['Deliberate', DELIBERATE],
  ['Degree', DEGREE],
  ['Absolute', ABSOLUTE],
  ['Comparative', COMPARATIVE],
  ['Negation', NEGATION],
  ['Hedge', HEDGE],
  ['Together', TOGETHER],
  ['CareMatter', CARE_MATTER],
  // An order to a parent uses the stem ("bel", "zorg") or the infinitive ("stoppen").
  ['DirectiveVerb', DIRECTIVE_VERBS.flatMap((verb) => [verb, presentTense(verb, '1sg')])],
  // Imperatives a line may open with; the tagger marks #Command where one does.
  ['CommandVerb', COMMANDS.plain],
  ['AmbiguousCommandVerb', COMMANDS.ambiguous],
  // Doubt, habit, deficit, motive and stereotype wording (rules/nl/lexicon/phrases.json).
  ...(PHRASE_LISTS as Array<[DutchTag, string[]]>),
];

/** Words that may follow a separable particle closing its clause: a preposition of an adjunct ("op voor vrijdag") or a conjunction. */
const AFTER_PARTICLE = new Set([...PREPOSITIONS, 'en', 'of', 'zodat', 'voordat', 'want', 'als', 'wanneer']);

/**
 * "Ruim de gang op voor vrijdag": the imperative's own separable particle closes its clause
 * (at the clause's end, or before an adjunct or a conjunction), so "ruim" is opruimen. Not
 * "Ruim twee uur op het spreekuur": there "op" opens a phrase.
 */
function particleClosesClause(terms: readonly Term[], index: number): boolean {
  const particles = new Set((VERBS_OF_COMMAND.get((terms[index] as Term).normal) ?? []).flatMap((verb) => separablePrefix(verb)?.prefix ?? []));
  if (particles.size === 0) return false;
  for (let at = index + 1; at < terms.length; at++) {
    const term = terms[at] as Term;
    const next = terms[at + 1];
    // "Let op: vader is slechthorend": a header that introduces a note, not an order.
    if (particles.has(term.normal) && term.post.includes(':')) return false;
    if (particles.has(term.normal) && (!next || /[,;.!?]/.test(term.post) || AFTER_PARTICLE.has(next.normal))) return true;
    if (/[,;:.!?]/.test(term.post)) return false;
  }
  return false;
}

const COMMAND_WORDS = {
  plain: new Set(COMMANDS.plain.map(normalise)),
  ambiguous: new Set(COMMANDS.ambiguous.map(normalise)),
  secondPerson: new Set(SECOND_PERSON),
  subjectAfter: new Set(SUBJECT_AFTER),
  confirmAfter: new Set(CONFIRM_AFTER),
  confirmedLater: (terms: readonly CompromiseTerm[], index: number) => particleClosesClause(terms, index),
};

/** Hook words for a tag, as written (diacritics kept: the hook filter keeps them too). */
export const dutchHookWords = hookWordsOf(LEXICON_LISTS);

export const DUTCH_LEXICON: ReadonlyMap<string, readonly DutchTag[]> = (() => {
  const lexicon = new Map<string, DutchTag[]>();
  for (const [tag, words] of LEXICON_LISTS) {
    for (const word of words) {
      const key = normalise(word);
      lexicon.set(key, [...(lexicon.get(key) ?? []), tag]);
    }
  }
  return lexicon;
})();

type Term = CompromiseTerm;

export interface PostTagRule {
  /** Unique id, so a surprising tag can be traced to the rule that set it. */
  reason: string;
  /** A `[...]` group marks the words to (un)tag; without one, the whole match. */
  match: string;
  tag: DutchTag;
  /** Removes the tag instead of adding it. */
  untag?: boolean;
  /** A word or tag the sentence must have for the rule to be worth matching (cheap check first). */
  needs: { word: string } | { tag: DutchTag };
}

/** Run in order; later rules may build on tags set by earlier ones. */
export const DUTCH_POST_TAGGER: readonly PostTagRule[] = [
  { reason: 'honorific-with-surname', match: '#Honorific [#Capitalised+]', tag: 'Parent', needs: { tag: 'Honorific' } },
  // "Mevrouw de Vries", "meneer van den Berg": the surname's particles are part of it.
  { reason: 'honorific-with-surname-particle', match: '#Honorific [(van|de|der|den|ter|ten|te|in|het|op|\'t)+ #Capitalised+]', tag: 'Parent', needs: { tag: 'Honorific' } },
  { reason: 'name-before-finite-verb', match: '[#Capitalised] (#Obligation|#ObligationTe|#ObligationPast|#Refusal|#Credibility|#Reporting|heeft|had|is|was|hield|houdt|komt|kwam|werkt|werkte|zal|zou|wil|wilde)', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'name-after-inverted-verb', match: '(#Obligation|#ObligationTe|#ObligationPast|#Refusal|#Credibility|heeft|had|hield|houdt|komt|kwam) [#Capitalised]', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'name-after-role', match: '#Parent [#Capitalised]', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'nog-steeds-means-still', match: 'nog [steeds]', tag: 'Absolute', untag: true, needs: { word: 'steeds' } },
  { reason: 'altijd-nog-means-still', match: '[altijd] nog', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  { reason: 'consulting-with-parents-is-together', match: '[(in|na)? overleg met] (de|het|haar|zijn|hun)? #Parent', tag: 'Together', needs: { word: 'overleg' } },
  { reason: 'samen-with-someone-is-together', match: '[samen] (met|hebben|heb|afgesproken|besloten|gekozen|bepaald|besproken|gemaakt)', tag: 'Together', needs: { word: 'samen' } },
  { reason: 'samen-agreed-is-together', match: '(hebben|heb|zijn|is) .{0,3} [samen] .{0,3} (afgesproken|besloten|gekozen|bepaald)', tag: 'Together', needs: { word: 'samen' } },
  // "mag het kind nooit alleen laten", "moet altijd bellen": the word sets the scope of a rule, it does not judge (LABELS.md, quiet 1).
  { reason: 'scope-of-a-rule-is-no-absolute', match: '(#Permission|#Obligation|#ObligationTe) .{0,5} [(nooit|altijd|nimmer)]', tag: 'Absolute', untag: true, needs: { tag: 'Absolute' } },
  { reason: 'permission-always-is-no-judgment', match: '(mag|mogen|kan|kunnen|welkom) .{0,2} [altijd]', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  { reason: 'always-welcome-is-no-judgment', match: '[altijd] (welkom|bereikbaar)', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  // "een goede indruk maken" is about being seen, not the writer's hedge "ik heb de indruk".
  { reason: 'making-an-impression-is-no-hedge', match: '(goede|slechte|positieve|verkeerde|betere|sterke) [indruk]', tag: 'Hedge', untag: true, needs: { word: 'indruk' } },
  { reason: 'to-make-an-impression-is-no-hedge', match: '[indruk] (te)? (maken|maakt|maakte|maakten)', tag: 'Hedge', untag: true, needs: { word: 'indruk' } },
  // "met zijn houding", "maakt het zijn mentor lastig": the possessive, not the verb "zijn".
  { reason: 'possessive-zijn-is-no-copula', match: '(met|van|bij|aan|op|in|voor|naar|over|uit|door|om|tegen|tegenover|zonder|na|tot|onder|het|de|en) [zijn] !#Finite', tag: 'Copula', untag: true, needs: { word: 'zijn' } },
  { reason: 'possessive-zijn-is-no-finite-verb', match: '(met|van|bij|aan|op|in|voor|naar|over|uit|door|om|tegen|tegenover|zonder|na|tot|onder|het|de|en) [zijn] !#Finite', tag: 'Finite', untag: true, needs: { word: 'zijn' } },
  { reason: 'without-together-is-not-together', match: 'zonder [(overleg|samen) met?]', tag: 'Together', untag: true, needs: { word: 'zonder' } },
];

// compromise splits its own sentences at "Mevr." or "Dhr. Jansen" unless it knows the
// abbreviation; we split sentences ourselves, so teach it ours (harmless for English).
const abbreviations = (nlp.world() as { model: { one: { abbreviations: Record<string, boolean> } } }).model.one.abbreviations;
for (const abbreviation of ABBREVIATIONS) abbreviations[abbreviation] = true;

const compiledPostTagger = DUTCH_POST_TAGGER.map((rule) => ({ ...rule, regs: nlp.parseMatch(rule.match), grouped: rule.match.includes('[') }));

function looksCapitalised(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(text);
}

const DUTCH_PHRASES = compilePhrases(LEXICON_LISTS, normalise);

/** Particles of a Dutch surname ("de Vries", "van den Berg", "in 't Veld"). */
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'in', 'het', "'t", 'op', 'la', 'le']);
const HONORIFICS = new Set([...HONORIFIC.map(normalise), 'heer']);

/** Whether the word at `index` follows an honorific and one to three surname particles: "mevrouw van der [Meer]". */
function afterSurnameParticle(terms: readonly Term[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && index - at <= 3 && SURNAME_PARTICLES.has((terms[at] as Term).normal) && !/[,;:]/.test((terms[at] as Term).post)) at--;
  return at < index - 1 && at >= 0 && HONORIFICS.has((terms[at] as Term).normal);
}

function tagFromLexicon(terms: Term[]): void {
  tagPhrases(terms, DUTCH_PHRASES);
  terms.forEach((term, index) => {
    const tags = DUTCH_LEXICON.get(term.normal);
    if (tags) for (const tag of tags) term.tags.add(tag);
    if (index === 0 && ADVERBIAL.has(term.normal)) term.tags.add('Adverbial');
    // A capitalised word that is no lexicon word may be a name; at the start of a
    // sentence only when it is not one of the words sentences usually start with.
    if (!tags && looksCapitalised(term.text) && (index > 0 || (!NOT_A_NAME.has(term.normal) && KNOWN_FIRST_NAMES.has(term.normal)))) {
      term.tags.add('Capitalised');
      term.tags.add('Name');
    } else if (tags && looksCapitalised(term.text) && afterSurnameParticle(terms, index)) {
      // "Mevrouw de Vries", "meneer van den Berg": after an honorific and a particle a capitalised
      // word is the surname, also where it is a word too (vries, berg, jong).
      term.tags.add('Capitalised');
      addReason(term, 'surname-after-particle');
    }
  });
}

/** Forms of "hebben" that, with "te" and an infinitive at the end of the clause, state a duty. */
const HEBBEN = new Set(['heeft', 'hebben', 'had', 'hadden', 'heb']);
/** Words in between that make "hebben ... te" a possession or a purpose: "heeft veel te vertellen", "heeft tijd om te ...". */
const HEBBEN_TE_NOT = new Set(['om', 'niets', 'niks', 'veel', 'weinig', 'genoeg', 'iets', 'wat', 'moeite', 'nog', 'meer', 'minder', 'alles', 'wel', 'zat']);
/** A participle in between is the clause's own verb: "heeft geweigerd ... te tekenen", "heeft besloten ... te brengen". */
const PARTICIPLE = /^(\p{L}{0,6}?ge\p{L}{2,}|(be|ver|ont|her|er)\p{L}{2,})(d|t|en)$/u;
/** "om half acht", "om 10.00 uur": a time, not the "om" of a purpose. */
const CLOCK = /^(\d|half|kwart|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)/;
/** Infinitives after which "heeft ... te" is a fixed expression, no duty: "heeft te maken met", "heeft te kampen met". */
const HEBBEN_TE_FIXED = new Set(['maken', 'kampen', 'danken', 'verduren', 'lijden', 'verwerken', 'verliezen', 'verbergen', 'winnen', 'klagen', 'vertellen', 'zeggen', 'bieden', 'leren', 'verwachten', 'duchten', 'stellen']);

/**
 * "Moeder heeft zich aan de regeling te houden", "Vader heeft zich dinsdag te melden": a
 * duty in the clothes of "hebben" (reason: have-te-infinitive). It takes the tag of "dient",
 * so the clause rule for "dient ... te" finds both. Only when "te" and its infinitive close
 * the clause and nothing between makes it a possession ("heeft veel te doen").
 */
function tagDutyWithHebben(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!HEBBEN.has(term.normal)) return;
    for (let at = index + 1; at < terms.length && at <= index + 16; at++) {
      const word = terms[at] as Term;
      const clockTime = word.normal === 'om' && CLOCK.test(terms[at + 1]?.normal ?? '');
      if ((HEBBEN_TE_NOT.has(word.normal) && !clockTime) || PARTICIPLE.test(word.normal) || (at > index + 1 && /[,;:]/.test((terms[at - 1] as Term).post)) || SUBORDINATORS.has(word.normal)) return;
      if (word.normal !== 'te') continue;
      const infinitive = terms[at + 1];
      const closes = infinitive !== undefined && (/[.!?;,]/.test(infinitive.post) || at + 2 === terms.length || ['en', 'of'].includes(terms[at + 2]?.normal ?? ''));
      if (infinitive && closes && /en$/.test(infinitive.normal) && !HEBBEN_TE_FIXED.has(infinitive.normal)) {
        term.tags.add('ObligationTe');
        addReason(term, 'have-te-infinitive');
      }
      return;
    }
  });
}

/** Relative pronouns that refer back to a person ("die"; "dat" is mostly a conjunction). */
const RELATIVE_PRONOUNS = new Set(['die', 'wie']);

const isPerson = (term: Term) => term.tags.has('Parent') || term.tags.has('ThirdPerson') || term.tags.has('Name');

/**
 * Marks clause starts and the people in subject position: first in a clause, or after a
 * clause opener or a determiner there. "De computer van moeder weigert" has no subject
 * "moeder": it follows "van". Determiners and "en" between subjects join the subject.
 */
function isFiniteVerb(term: Term): boolean {
  return FINITE_VERBS.has(term.normal) || ['Obligation', 'ObligationTe', 'ObligationPast', 'Permission', 'Refusal', 'Credibility'].some((tag) => term.tags.has(tag));
}

/** Pronouns that can only be a subject: after "en" they open a clause ("en hij komt ..."). */
const SUBJECT_PRONOUNS = new Set(['ik', 'hij', 'zij', 'ze', 'wij', 'we', 'jij', 'je', 'u', 'jullie']);

/**
 * "en" opens a clause only when a clause follows: a finite verb or a subject pronoun before
 * the next punctuation or opener ("... en vader reageert boos", "... en ze gaat"). Between
 * two nouns it joins them ("alle rekeningen en aanmaningen toe te sturen"), and the clause
 * keeps its verb cluster and its subject.
 */
function opensCoordinatedClause(terms: readonly Term[], after: number): boolean {
  for (let index = after; index < terms.length; index++) {
    const term = terms[index] as Term;
    // "op school", "de bleef": after a preposition or determiner a form of a verb is a noun.
    const afterNounWord = index > 0 && (PREPOSITIONS.has((terms[index - 1] as Term).normal) || SUBJECT_DETERMINERS.has((terms[index - 1] as Term).normal));
    if (((isFiniteVerb(term) || isFiniteForm(term.normal)) && !afterNounWord) || SUBJECT_PRONOUNS.has(term.normal)) return true;
    if (/[,;:]/.test(term.post) || (index > after && CLAUSE_OPENERS.has(term.normal))) return false;
  }
  return false;
}

/** Words that open a noun phrase or are one: a first field starting with them holds the subject. */
const NOUN_PHRASE_OPENERS = new Set([...SUBJECT_PRONOUNS, 'men', 'het', 'dit', 'dat', 'die', 'deze', 'er', 'een', 'de', 'haar', 'zijn', 'hun', 'mijn', 'onze', 'ons', 'elke', 'iedere', 'alle', 'beide', 'geen', 'niemand', 'iedereen']);

/** Whether the first field before the finite verb at `at` is an adverbial: no noun phrase, name or number opens it. */
function adverbialFirstField(terms: readonly Term[], at: number): boolean {
  let start = at - 1;
  while (start > 0 && !(terms[start] as Term).tags.has('ClauseStart')) start--;
  const first = terms[start] as Term | undefined;
  if (!first || start === at) return false;
  return !NOUN_PHRASE_OPENERS.has(first.normal) && !SUBJECT_DETERMINERS.has(first.normal) && !first.tags.has('Name') && !/^\d/.test(first.normal) && !DUTCH_LEXICON.has(first.normal);
}

/** Why a person is the clause's subject, as a reason id (the conditions in tagClauses, in its order). */
function subjectReason(clauseStart: boolean, afterDeterminer: boolean, afterSubjectPart: boolean, afterInvertedVerb: boolean): string {
  if (clauseStart) return 'subject-opens-clause';
  if (afterDeterminer) return 'subject-after-determiner';
  if (afterSubjectPart) return 'subject-goes-on';
  if (afterInvertedVerb) return 'subject-after-inverted-verb';
  return 'subject-in-first-field';
}

function tagClauses(terms: Term[]): void {
  let clauseStart = true;
  // Dutch puts one constituent before the finite verb of a main clause; a person in that
  // first field, not inside a prepositional phrase, is the subject, whatever modifies it
  // ("De onverschillige vader moet ...", "De moeder van Daan dient ...").
  let firstField = true;
  // After an opening adverbial ("Gisteren", "Ook deze week") the finite verb comes before the subject.
  // So does an opening prepositional phrase ("Tegen de juf is moeder ...").
  let inverted = (terms[0]?.tags.has('Adverbial') || PREPOSITIONS.has(terms[0]?.normal ?? '')) ?? false;
  let verbSeen = false;
  // Whether the current clause has its subject yet: a main clause whose first finite verb
  // comes before any subject is inverted, whatever stood in its first field.
  let subjectSeen = false;
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    if (clauseStart) {
      subjectSeen = false;
      term.tags.add('ClauseStart');
      // Only a main clause has a first field; a subordinate one ("dat school de ouders ...
      // moet geven") puts its verb last, and its subject is the first person after the opener.
      firstField = !SUBORDINATORS.has(term.normal) && !(previous && SUBORDINATORS.has(previous.normal));
    }
    // "Vader, die nogal koppig is, ...": a relative clause after a person is about that person.
    if (clauseStart && RELATIVE_PRONOUNS.has(term.normal) && previous && isPerson(previous) && previous.post.includes(',')) {
      term.tags.add('Subject');
      term.tags.add('Relative');
      addReason(term, 'relative-clause-about-person');
      clauseStart = false;
      firstField = false;
      return;
    }
    const finite = isFiniteVerb(term);
    if (finite) term.tags.add('Finite');
    // Only after an adverbial first field ("Pedagogisch gezien is ..."): a noun phrase or a
    // pronoun there is the subject itself ("De school moet moeder ...", "Ik moet moeder ...").
    const mainClauseVerb = finite && firstField && !clauseStart && !subjectSeen && adverbialFirstField(terms, index);
    // "van" in "de heer van den Berg" is part of a name (tagged as the person), not a preposition.
    if (finite || (PREPOSITIONS.has(term.normal) && !term.tags.has('Parent'))) firstField = false;
    const afterDeterminerAtStart = previous !== undefined && previous.tags.has('ClauseStart') && SUBJECT_DETERMINERS.has(previous.normal);
    const afterSubjectPart = previous !== undefined && previous.tags.has('Subject');
    // "Jesse (14) is ...": a parenthesis after a subject belongs to it.
    if (afterSubjectPart && (term.pre.includes('(') || term.text.startsWith('('))) {
      term.tags.add('Subject');
      addReason(term, 'parenthesis-after-subject');
      clauseStart = false;
      return;
    }
    // A clause that opens with its finite verb ("..., moeten ouders ...") has its subject after it;
    // so does a main clause whose first field held something else ("Pedagogisch gezien is moeder ...").
    if (clauseStart && index > 0 && finite) inverted = true;
    if (mainClauseVerb) inverted = true;
    const afterInvertedVerb = inverted && previous !== undefined && (previous.tags.has('Finite') || (verbSeen && SUBJECT_DETERMINERS.has(previous.normal) && (terms[index - 2] ?? previous).tags.has('Finite')));
    if (isPerson(term) && !term.tags.has('Professional') && (clauseStart || afterDeterminerAtStart || afterSubjectPart || afterInvertedVerb || (firstField && !inverted))) {
      term.tags.add('Subject');
      addReason(term, subjectReason(clauseStart, afterDeterminerAtStart, afterSubjectPart, afterInvertedVerb));
      subjectSeen = true;
      firstField = false;
      if (afterDeterminerAtStart || (afterInvertedVerb && SUBJECT_DETERMINERS.has(previous?.normal ?? ''))) previous?.tags.add('Subject');
      inverted = false;
    }
    if (inverted && finite) verbSeen = true;
    // "Moeder en vader": the "en" joins two subjects.
    if (term.normal === 'en' && afterSubjectPart && terms[index + 1] && isPerson(terms[index + 1] as Term)) term.tags.add('Subject');
    // A parent named before a colon or comma at the start is addressed: "Vader: stoppen ...", "Mevrouw Jansen, zorg ...".
    if (isPerson(term) && index < 5 && /[:,]/.test(term.post)) {
      term.tags.add('Addressee');
      addReason(term, 'person-addressed-at-line-start');
    }
    clauseStart =
      /[,;:]/.test(term.post) || (CLAUSE_OPENERS.has(term.normal) && !afterSubjectPart && (term.normal !== 'en' || opensCoordinatedClause(terms, index + 1)));
    if (clauseStart) inverted = false;
  });
}

export function parseDutch(sentence: string): TaggedSentence {
  const doc = nlp.tokenize(sentence);
  for (const terms of doc.docs as Term[][]) {
    tagFromLexicon(terms);
    tagDutyWithHebben(terms);
  }
  const present = (doc.docs as Term[][]).flat();
  const has = (needs: PostTagRule['needs']) =>
    'word' in needs ? present.some((term) => term.normal === needs.word) : present.some((term) => term.tags.has(needs.tag));
  for (const rule of compiledPostTagger) {
    if (!has(rule.needs)) continue;
    const found = rule.grouped ? doc.match(rule.regs, 0) : doc.match(rule.regs);
    for (const terms of found.docs as Term[][]) {
      for (const term of terms) {
        if (rule.untag) term.tags.delete(rule.tag);
        else term.tags.add(rule.tag);
        addReason(term, rule.reason);
      }
    }
  }
  for (const terms of doc.docs as Term[][]) {
    tagClauses(terms);
    tagCommands(terms, COMMAND_WORDS);
  }
  return doc as unknown as TaggedSentence;
}
