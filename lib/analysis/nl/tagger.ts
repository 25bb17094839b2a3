// The Dutch plugin on top of compromise/one: tokenise, tag from our lexicon, mark clause
// structure (subject position, clause starts, addressees), then post-tagger matches that
// each carry a reason id. Tags are set on the document's own terms, never in compromise's
// shared lexicon, so English tagging stays untouched.
import { markNotePeople, type NotePeople } from '../attendance';
import nlp from 'compromise/one';
import { hookWordsOf, type CompromiseTerm, type TaggedSentence } from '../engine';
import { tagCommands } from '../openings';
import { tagsByWord } from '../tags-by-word';
import { compilePhrases, fitsPart, phrasesStarting, startsPhrase, tagPhrases } from '../phrase-tags';
import { addReason } from '../reasons';
import { ABBREVIATIONS } from '../sentences';
import { COMMANDS, CONFIRM_AFTER, SECOND_PERSON, SUBJECT_AFTER, VERBS_OF_COMMAND } from './lexicon/commands';
import { isFiniteForm } from './lexicon/finite-forms';
import { FIRST_NAMES } from './lexicon/first-names';
import { ADVERBIAL, CLAUSE_OPENERS, DETERMINERS, FINITE_VERBS, NOT_A_NAME, PREPOSITIONS, SUBJECT_DETERMINERS, SUBORDINATORS } from './lexicon/function-words';
import {
  ABSOLUTE, ALSO_THINGS, BEHAVIOUR_NOUN, CARE_MATTER, COMPARATIVE, DEGREE, HEDGE, JUDGMENT_ADJECTIVE, JUDGMENT_ONLY_ATTRIBUTIVE, LABEL_NOUN, LABEL_VERB, NEGATION,
  PERSON_NOUN, TOGETHER, MIND_VERB, UNDERSTANDING_VERB, MIND_ADVERB, DELIBERATE,
} from './lexicon/judgments';
import { COURT, FAMILY, GROUP_ADJECTIVE, GROUP_NOUN, HONORIFIC, OUTSIDE_SOURCE, PARENT, PROFESSIONAL, THIRD_PERSON } from './lexicon/people';
import { BECAUSE, CAN, CAPACITY_VERB, CONSEQUENCE, FEELING, HIDDEN_STATE, INNER_STATE, MOTIVE_NOUN, NEGATED_STATE, PURPOSE_GOAL, REASON_STATE, SEEN_AS, STRONG_STATE, UNAWARE, SEEING_VERB, UNSEEN_MATTER, UNSEEN_NEED, FELT_VERB, FELT_WORD, FELT_NOT } from './lexicon/inner-states';
import { PHRASE_LISTS } from './lexicon/phrases';
import { REFUSAL_ADJECTIVES, REFUSAL_BLOCKERS, REFUSAL_FINITE, REFUSAL_FORMS, REFUSAL_HOOK_FORMS, REFUSAL_NEGATION, type RefusalForm } from './lexicon/refusal';
import {
  ALLOWED, COPULA, CREDIBILITY, DECISION, DIRECTIVE_VERBS, FORBIDDEN, INSTRUCTION, MANDATORY, OBLIGATION, OBLIGATION_PAST, OBLIGATION_TE, PERMISSION, REFUSAL, REPORTING, RESTRICTOR,
} from './lexicon/verbs';
import type { DutchTag } from './tagset';
import { isPastParticiple, presentTense, separablePrefix } from './verb-forms';
import { fastTransliteration } from '../transliterate';

nlp.plugin(fastTransliteration);

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
  ['OutsideSource', OUTSIDE_SOURCE],
  ['ThirdPerson', THIRD_PERSON],
  ['GroupAdjective', GROUP_ADJECTIVE],
  ['GroupNoun', GROUP_NOUN],
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
  // Forms of the refusal verbs (lexicon/refusal.ts), for the hook; tagRefusing decides per clause.
  ['RefusalForm', REFUSAL_HOOK_FORMS],
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
  // Inner states, strong feelings and capacities (rules/nl/lexicon/inner-states.json).
  ['HiddenState', HIDDEN_STATE],
  ['InnerState', INNER_STATE],
  ['StrongState', STRONG_STATE],
  ['Can', CAN],
  ['CapacityVerb', CAPACITY_VERB],
  ['NegatedState', NEGATED_STATE],
  ['Consequence', CONSEQUENCE],
  ['Feeling', FEELING],
  ['Because', BECAUSE],
  ['ReasonState', REASON_STATE],
  ['SeenAs', SEEN_AS],
  ['PurposeGoal', PURPOSE_GOAL],
  ['MotiveNoun', MOTIVE_NOUN],
  ['Unaware', UNAWARE],
  ['SeeingVerb', SEEING_VERB],
  ['FeltVerb', FELT_VERB],
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

/**
 * What may follow a separable particle that closes its clause: a phrase placed after it ("op
 * voor vrijdag", "werkt niet mee aan het onderzoek") or a conjunction.
 */
const AFTER_PARTICLE = new Set([...PREPOSITIONS, 'om', 'te', 'zonder', 'en', 'of', 'maar', 'zodat', 'voordat', 'want', 'als', 'wanneer']);

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
  joiners: new Set(['en']),
};

/** Hook words for a tag, as written (diacritics kept: the hook filter keeps them too). */
export const dutchHookWords = hookWordsOf(LEXICON_LISTS);

export const DUTCH_LEXICON: ReadonlyMap<string, readonly DutchTag[]> = tagsByWord(LEXICON_LISTS, normalise);

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
/** Particles of a Dutch surname ("de Vries", "van den Berg", "in 't Veld"): the post-tagger's pattern and the lexicon pass read the one list. */
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'in', 'het', "'t", 'op', 'la', 'le']);

/** Words for when a shift is, between "moet" and "werken". */
const WORK_DAY = '(morgen|vandaag|vanavond|vannacht|overdag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dan|ook|nog|weer|vaak|veel|die dag)';
/** Documents whose content a note may report: "in het vonnis staat dat ...". */
const DOCUMENTS = 'brief|vonnis|beschikking|uitspraak|plan|veiligheidsplan|ouderschapsplan|verslag|rapport|rapportage|mail|e-mail|bericht|contract|huurcontract|regeling|schoolgids|reglement|huisregels|protocol|folder|brochure|website|formulier|convenant|document|dossier|advies|indicatie';

export const DUTCH_POST_TAGGER: readonly PostTagRule[] = [
  { reason: 'honorific-with-surname', match: '#Honorific [#Capitalised+]', tag: 'Parent', needs: { tag: 'Honorific' } },
  // "Mevrouw de Vries", "meneer van den Berg": the surname's particles are part of it.
  { reason: 'honorific-with-surname-particle', match: `#Honorific [(${[...SURNAME_PARTICLES].join('|')})+ #Capitalised+]`, tag: 'Parent', needs: { tag: 'Honorific' } },
  { reason: 'name-before-finite-verb', match: '[#Capitalised] (#Obligation|#ObligationTe|#ObligationPast|#Refusal|#Credibility|#Reporting|heeft|had|is|was|hield|houdt|komt|kwam|werkt|werkte|zal|zou|wil|wilde)', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'name-after-inverted-verb', match: '(#Obligation|#ObligationTe|#ObligationPast|#Refusal|#Credibility|heeft|had|hield|houdt|komt|kwam) [#Capitalised]', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'name-after-role', match: '#Parent [#Capitalised]', tag: 'Parent', needs: { tag: 'Capitalised' } },
  { reason: 'nog-steeds-means-still', match: 'nog [steeds]', tag: 'Absolute', untag: true, needs: { word: 'steeds' } },
  // "steeds beter", "steeds vaker": increasingly, not always.
  { reason: 'steeds-comparative-means-increasingly', match: '[steeds] #Comparative', tag: 'Absolute', untag: true, needs: { word: 'steeds' } },
  { reason: 'altijd-nog-means-still', match: '[altijd] nog', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  { reason: 'consulting-with-parents-is-together', match: '[(in|na)? overleg met] (de|het|haar|zijn|hun|beide)? #Parent', tag: 'Together', needs: { word: 'overleg' } },
  // "i.o.m. vader": the notes' shorthand for "in overleg met".
  { reason: 'iom-parents-is-together', match: '[(i.o.m.|i.o.m|iom)] (de|het|haar|zijn|hun|beide)? #Parent', tag: 'Together', needs: { tag: 'Parent' } },
  { reason: 'samen-with-someone-is-together', match: '[samen] (met|hebben|heb|afgesproken|besloten|gekozen|bepaald|besproken|gemaakt)', tag: 'Together', needs: { word: 'samen' } },
  { reason: 'samen-agreed-is-together', match: '(hebben|heb|zijn|is) .{0,3} [samen] .{0,3} (afgesproken|besloten|gekozen|bepaald)', tag: 'Together', needs: { word: 'samen' } },
  // "mag het kind nooit alleen laten", "moet altijd bellen": the word sets the scope of a rule, it does not judge (LABELS.md, quiet 1).
  // The scope of a rule ("mag het kind nooit alleen laten", "moet altijd bellen") is untagged per clause: untagRuleScope.
  { reason: 'permission-always-is-no-judgment', match: '(mag|mogen|kan|kunnen|welkom) .{0,2} [altijd]', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  { reason: 'always-welcome-is-no-judgment', match: '[altijd] (welkom|bereikbaar)', tag: 'Absolute', untag: true, needs: { word: 'altijd' } },
  // "een goede indruk maken" is about being seen, not the writer's hedge "ik heb de indruk".
  // "als ik iets vraag": asking, not "ik vraag me af" (wondering, the writer's own hedge).
  { reason: 'asking-is-no-hedge', match: '[vraag] !(me|mij|mezelf)', tag: 'Hedge', untag: true, needs: { word: 'vraag' } },
  { reason: 'asking-is-no-hedge-at-end', match: '[vraag]$', tag: 'Hedge', untag: true, needs: { word: 'vraag' } },
  // "Uiteraard kan moeder altijd bellen": an offer, not sarcasm.
  { reason: 'of-course-you-may-is-no-sarcasm', match: '[(uiteraard|natuurlijk|vanzelfsprekend)] (kan|kunnen|mag|mogen|is|zijn|blijft) .{0,3} (altijd|welkom|terecht)', tag: 'Habit', untag: true, needs: { tag: 'Habit' } },
  // "laat Liam nooit alleen", "is nooit alleen": a safety arrangement or a fact, no habit judged.
  { reason: 'never-alone-is-no-judgment', match: '[nooit] alleen', tag: 'Absolute', untag: true, needs: { word: 'nooit' } },
  { reason: 'making-an-impression-is-no-hedge-maakt', match: '(maakt|maakte|maken|maakten) een .{0,3} [indruk]', tag: 'Hedge', untag: true, needs: { word: 'indruk' } },
  { reason: 'making-an-impression-is-no-hedge', match: '(goede|slechte|positieve|verkeerde|betere|sterke) [indruk]', tag: 'Hedge', untag: true, needs: { word: 'indruk' } },
  { reason: 'to-make-an-impression-is-no-hedge', match: '[indruk] (te)? (maken|maakt|maakte|maakten)', tag: 'Hedge', untag: true, needs: { word: 'indruk' } },
  // "dat lijkt me sterk" doubts the parent's account; it does not soften the writer's own claim.
  // "Het lijkt me sterk dat moeder ..." doubts the claim after it, and stays a hedge on it.
  { reason: 'seems-unlikely-is-no-hedge', match: '[(lijkt|leek)] (me|mij) (erg|heel|zeer)? sterk$', tag: 'Hedge', untag: true, needs: { word: 'sterk' } },
  { reason: 'seems-unlikely-is-no-hedge-comma', match: '[(lijkt|leek)] (me|mij) (erg|heel|zeer)? (sterk && @hasComma)', tag: 'Hedge', untag: true, needs: { word: 'sterk' } },
  // "om zo snel mogelijk van ons af te zijn", "zoveel mogelijk": as soon as possible, no hedge
  // on what the writer claims ("het is mogelijk dat ..." stays one).
  { reason: 'as-soon-as-possible-is-no-hedge', match: '(zo|zoveel|zomin) .? [mogelijk]', tag: 'Hedge', untag: true, needs: { word: 'mogelijk' } },
  // "met zijn houding", "maakt het zijn mentor lastig": the possessive, not the verb "zijn".
  { reason: 'possessive-zijn-is-no-copula', match: '(met|van|bij|aan|op|in|voor|naar|over|uit|door|om|tegen|tegenover|zonder|na|tot|onder|het|de|en) [zijn] !#Finite', tag: 'Copula', untag: true, needs: { word: 'zijn' } },
  { reason: 'possessive-zijn-is-no-finite-verb', match: '(met|van|bij|aan|op|in|voor|naar|over|uit|door|om|tegen|tegenover|zonder|na|tot|onder|het|de|en) [zijn] !#Finite', tag: 'Finite', untag: true, needs: { word: 'zijn' } },
  // "Vader weigerde niet, maar ...", "heeft de afspraak niet geweigerd": a refusal denied is none.
  { reason: 'refusal-denied-is-no-refusal', match: '[#Refusal] (het|dat|dit|die|hem|haar|deze)? (niet|nooit)', tag: 'Refusal', untag: true, needs: { tag: 'Refusal' } },
  { reason: 'refusal-denied-is-no-refusal-before', match: '(niet|nooit) [#Refusal]', tag: 'Refusal', untag: true, needs: { tag: 'Refusal' } },
  { reason: 'refusal-denied-is-no-refusal-participle', match: '(niet|nooit|geen) .{0,4} [geweigerd]', tag: 'Refusal', untag: true, needs: { word: 'geweigerd' } },
  // "met z'n vieren besloten", "met ons allen afgesproken": everyone at the table decided.
  { reason: 'all-of-us-is-together', match: "met [(z'n|zijn|ons|hun) (tweeen|tweeën|drieen|drieën|vieren|vijven|zessen|allen)]", tag: 'Together', needs: { word: 'met' } },
  // "als ze moet werken", "omdat hij zaterdag een dienst moet draaien": a duty of the job, whose
  // source is the employer (LABELS.md, quiet 4); "moet werken aan zijn houding" stays a duty.
  { reason: 'having-to-work-is-the-employers', match: `[(moet|moeten|moest|moesten)] ${WORK_DAY}? (werken|overwerken)$`, tag: 'Obligation', untag: true, needs: { word: 'werken' } },
  { reason: 'having-to-work-is-the-employers-comma', match: `[(moet|moeten|moest|moesten)] ${WORK_DAY}? (werken && @hasComma)`, tag: 'Obligation', untag: true, needs: { word: 'werken' } },
  { reason: 'having-to-work-is-the-employers-final', match: '(werken|overwerken) [(moet|moeten|moest|moesten)]$', tag: 'Obligation', untag: true, needs: { word: 'werken' } },
  { reason: 'a-shift-is-the-employers', match: '(dienst|diensten|nachtdienst|avonddienst) [(moet|moeten|moest|moesten)] (draaien|werken)', tag: 'Obligation', untag: true, needs: { word: 'draaien' } },
  { reason: 'a-shift-is-the-employers-after', match: '[(moet|moeten|moest|moesten)] .{0,3} (dienst|diensten|nachtdienst|avonddienst) (draaien|werken)', tag: 'Obligation', untag: true, needs: { word: 'draaien' } },
  // "In de brief van de school staat dat ...", "een brief waarin staat dat ...": what a document
  // says is reported, as "de school schrijft dat ..." is; the rules after it are the document's.
  // Not "een afspraak waarin staat dat ...": an agreement the writer laid down is the writer's.
  { reason: 'a-document-says', match: `(${DOCUMENTS}) .{0,6} [(staat|stond|staan|stonden)] (er|ook|nog)? dat`, tag: 'Reporting', needs: { word: 'dat' } },
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

const DUTCH_PHRASES = compilePhrases(LEXICON_LISTS, normalise, PARENT);

const HONORIFICS = new Set([...HONORIFIC.map(normalise), 'heer']);

/** Whether the word at `index` follows an honorific and one to three surname particles: "mevrouw van der [Meer]". */
function afterSurnameParticle(terms: readonly Term[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && index - at <= 3 && SURNAME_PARTICLES.has((terms[at] as Term).normal) && !/[,;:]/.test((terms[at] as Term).post)) at--;
  return at < index - 1 && at >= 0 && HONORIFICS.has((terms[at] as Term).normal);
}

/** Phrase classes whose coordinated runs are one interpretation: "zien het probleem niet en willen het ook niet zien". */
const JOINED_PHRASE_TAGS = ['Deficit', 'Motive'] as const;

/** "en" between two runs of one interpretation class joins them, so the finding covers both halves. */
function joinCoordinatedPhrases(terms: Term[]): void {
  terms.forEach((term, index) => {
    const [before, after] = [terms[index - 1], terms[index + 1]];
    if (term.normal !== 'en' || !before || !after || /[,;:]/.test(before.post)) return;
    for (const tag of JOINED_PHRASE_TAGS) {
      if (!before.tags.has(tag) || !after.tags.has(tag)) continue;
      term.tags.add(tag);
      if (before.tags.has('AboutPerson') || after.tags.has('AboutPerson')) term.tags.add('AboutPerson');
    }
  });
}

/**
 * Interpretation and doubt phrases a clause may split: the inverted subject goes between the
 * finite verb and the rest ("Daarbij ziet moeder niet in dat ...", "Ook nu heeft vader geen
 * oog voor ..."), and so do adverbs that change nothing in what is claimed ("staat echt niet
 * open voor", "heeft er ook geen boodschap aan"). A person who is the object, a negation or
 * "wel" is never skipped: the phrase must still be the same claim.
 */
const SPLIT_PHRASE_TAGS: ReadonlySet<string> = new Set(['Deficit', 'Motive', 'Doubt']);
const SPLIT_PHRASES = (() => {
  const splittable = LEXICON_LISTS.filter(([tag]) => SPLIT_PHRASE_TAGS.has(tag));
  const forms = new Set(splittable.flatMap(([, words]) => words));
  const aboutPerson = LEXICON_LISTS.filter(([tag]) => tag === 'AboutPerson').map(([tag, words]) => [tag, words.filter((word) => forms.has(word))] as const);
  return compilePhrases([...splittable, ...aboutPerson], normalise, PARENT);
})();
/** Adverbs that may stand inside a phrase without changing its claim. */
const PHRASE_FILLERS = new Set(['ook', 'nog', 'echt', 'gewoon', 'helemaal', 'duidelijk', 'nu', 'toch', 'er', 'daar', 'hier', 'eigenlijk', 'dan', 'inmiddels', 'graag', 'maar']);
/** Determiners before an inverted subject ("ziet de moeder niet in"). */
const SUBJECT_ARTICLES = new Set(['de', 'het']);

/** The end (exclusive) of an inverted subject from `at`: "moeder", "de vader", "mw. Jansen", "ze"; -1 if none. */
function invertedSubjectEnd(terms: readonly Term[], at: number): number {
  let next = at;
  if (SUBJECT_ARTICLES.has(terms[next]?.normal ?? '')) next++;
  const head = terms[next];
  if (!head || head.tags.has('Professional') || !['Parent', 'Family', 'Honorific', 'Name', 'ThirdPerson'].some((tag) => head.tags.has(tag))) return -1;
  next++;
  // "mw. Jansen", "vader Ahmed": a name after a role or an honorific is the same person.
  if ((head.tags.has('Honorific') || head.tags.has('Parent')) && terms[next]?.tags.has('Name')) next++;
  return next;
}

/** Where the words that may stand inside a phrase, from `at`, end: after an inverted subject only right after the phrase's first word. */
function insertEnds(terms: readonly Term[], at: number, afterFirst: boolean): number[] {
  const ends: number[] = [];
  let next = at;
  if (afterFirst) {
    const subjectEnd = invertedSubjectEnd(terms, next);
    if (subjectEnd > 0) ends.push((next = subjectEnd));
  }
  while (next < terms.length && next - at < 4 && PHRASE_FILLERS.has((terms[next] as Term).normal) && !/[,;:]/.test((terms[next - 1] as Term).post)) ends.push(++next);
  return ends;
}

/** How many words of a phrase may stand before its insert. */
const LONGEST_PREFIX = 5;

/** Tags the phrases of SPLIT_PHRASE_TAGS that stand split by one insert; the insert takes the phrase's tags too, so the finding is one run. */
function tagSplitPhrases(terms: Term[]): void {
  // "Ziet moeder niet in dat ...?": a verb before its subject opens a question, no claim.
  if (terms.at(-1)?.post.includes('?')) return;
  const tagRun = (from: number, to: number, tag: string) => {
    for (const term of terms.slice(from, to)) term.tags.add(tag);
    addReason(terms[from] as Term, 'phrase-split-by-subject-or-adverb');
  };
  const restAt = (parts: readonly string[], from: number, at: number) => parts.slice(from).every((part, offset) => fitsPart(SPLIT_PHRASES, part, terms[at + offset]?.normal));
  for (let start = 0; start + 1 < terms.length; start++) {
    // Phrases are filed by their first two words (this runs on every keystroke): after one
    // word and an insert, the word after the insert is the second; else the next word is.
    const first = (terms[start] as Term).normal;
    if (!startsPhrase(SPLIT_PHRASES, first) || /[,;:]/.test((terms[start] as Term).post)) continue;
    for (const end of insertEnds(terms, start + 1, true)) {
      for (const { parts, tag } of phrasesStarting(SPLIT_PHRASES, first, terms[end]?.normal)) if (restAt(parts, 1, end)) tagRun(start, end + parts.length - 1, tag);
    }
    const candidates = phrasesStarting(SPLIT_PHRASES, first, terms[start + 1]?.normal);
    for (let split = 2; split <= LONGEST_PREFIX && start + split < terms.length && candidates.length > 0; split++) {
      if (/[,;:]/.test((terms[start + split - 1] as Term).post)) break;
      for (const end of insertEnds(terms, start + split, false)) {
        for (const { parts, tag } of candidates) {
          if (parts.length > split && restAt(parts.slice(0, split), 0, start) && restAt(parts, split, end)) tagRun(start, end + parts.length - split, tag);
        }
      }
    }
  }
}

function tagFromLexicon(terms: Term[]): void {
  tagPhrases(terms, DUTCH_PHRASES);
  joinCoordinatedPhrases(terms);
  terms.forEach((term, index) => {
    const tags = DUTCH_LEXICON.get(term.normal);
    if (tags) for (const tag of tags) term.tags.add(tag);
    if (index === 0 && ADVERBIAL.has(term.normal)) term.tags.add('Adverbial');
    // A capitalised word that is no lexicon word may be a name; at the start of a
    // sentence only when it is not one of the words sentences usually start with.
    // "De DigiD-app", "het Jeugdfonds-formulier": a capital before a hyphen and a lower-case word is part of a compound.
    const compound = /^-$/.test(term.post) && /^\p{Ll}/u.test(terms[index + 1]?.text ?? '');
    // "de Belastingdienst", "het Jeugdfonds": after an article a capital names an organisation, unless it is a known first name.
    const afterArticle = ['de', 'het', 'een'].includes(terms[index - 1]?.normal ?? '') && !KNOWN_FIRST_NAMES.has(term.normal);
    if (!tags && afterArticle && looksCapitalised(term.text)) term.tags.add('Organisation');
    // A known first name, wherever it stands: "de drukke Daan" is a label before a person.
    if (KNOWN_FIRST_NAMES.has(term.normal) && looksCapitalised(term.text)) term.tags.add('FirstName');
    // "Rachid (17) is ...": an age in brackets after a capitalised word makes it a name, known or not.
    const next = terms[index + 1];
    const withAge = next !== undefined && (next.pre.includes('(') || next.text.startsWith('(')) && /^\d{1,2}$/.test(next.normal.replace(/[()]/g, ''));
    const nameAtStart = !NOT_A_NAME.has(term.normal) && (KNOWN_FIRST_NAMES.has(term.normal) || withAge);
    // "Dhr. K.", "mw. B.": an initial after an honorific is the surname.
    const initial = /^\p{Lu}$/u.test(term.text) && HONORIFICS.has(terms[index - 1]?.normal ?? '');
    if (!tags && !compound && !afterArticle && (looksCapitalised(term.text) || initial) && (index > 0 || nameAtStart)) {
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
// Also a noun that takes "te" itself: "had het geluk te horen", "heeft de neiging te schreeuwen", "heeft de tijd te wachten".
const HEBBEN_TE_NOT = new Set(['om', 'niets', 'niks', 'veel', 'weinig', 'genoeg', 'iets', 'wat', 'moeite', 'nog', 'meer', 'minder', 'alles', 'wel', 'zat', 'geluk', 'pech', 'tijd', 'recht', 'lef', 'neiging', 'gewoonte', 'behoefte', 'mogelijkheid', 'kans', 'zin', 'durf', 'moed', 'fut', 'energie', 'puf', 'gelegenheid', 'wens', 'plan', 'plannen', 'voornemen', 'bedoeling', 'indruk', 'gevoel', 'idee']);
/** A participle in between is the clause's own verb: "heeft geweigerd ... te tekenen", "heeft besloten ... te brengen". */
const PARTICIPLE = /^(\p{L}{0,6}?ge\p{L}{2,}|(be|ver|ont|her|er)\p{L}{2,})(d|t|en)$/u;
/** "om half acht", "om 10.00 uur": a time, not the "om" of a purpose. */
const CLOCK = /^(\d|half|kwart|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)/;
/** Infinitives after which "heeft ... te" is a fixed expression, no duty: "heeft te maken met", "heeft te kampen met". */
const HEBBEN_TE_FIXED = new Set(['maken', 'kampen', 'danken', 'verduren', 'lijden', 'verwerken', 'verliezen', 'verbergen', 'winnen', 'klagen', 'vertellen', 'zeggen', 'bieden', 'leren', 'verwachten', 'duchten', 'stellen']);

/** Dutch infinitives end in -en or, for the short verbs, -n: "te melden", "te staan", "te doen", "te zijn". */
const INFINITIVE = /\p{L}n$/u;
/** Prepositions that may follow the infinitive in a phrase moved behind it: "heeft zich te onthouden van elk contact". */
const EXTRAPOSED_PREPOSITIONS = new Set(['van', 'bij', 'aan', 'met', 'op', 'voor', 'tot', 'naar', 'over', 'tegen']);

const afterDeterminer = (terms: readonly Term[], at: number): boolean => DETERMINERS.has(terms[at - 1]?.normal ?? '');

/** Whether the clause goes on after the infinitive only with a prepositional phrase and no verb of its own. */
function extraposedPhrase(terms: readonly Term[], from: number): boolean {
  if (!EXTRAPOSED_PREPOSITIONS.has(terms[from]?.normal ?? '')) return false;
  for (let at = from; at < terms.length; at++) {
    const word = terms[at] as Term;
    if (SUBORDINATORS.has(word.normal) || FINITE_VERBS.has(word.normal) || word.normal === 'te') return false;
    if (/[.!?;,]/.test(word.post)) return true;
  }
  return true;
}

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
      // "aan het plan te houden": the noun is a preposition's object, not what she "has" ("heeft het plan te verhuizen").
      const objectOfPreposition = afterDeterminer(terms, at) && PREPOSITIONS.has(terms[at - 2]?.normal ?? '');
      if ((HEBBEN_TE_NOT.has(word.normal) && !clockTime && !objectOfPreposition) || (PARTICIPLE.test(word.normal) && !afterDeterminer(terms, at)) || (at > index + 1 && /[,;:]/.test((terms[at - 1] as Term).post)) || SUBORDINATORS.has(word.normal)) return;
      if (word.normal !== 'te') continue;
      const infinitive = terms[at + 1];
      // "heeft ervoor te zorgen dat ...", "heeft erop toe te zien dat ...": the infinitive closes the clause before its "dat".
      const closes = infinitive !== undefined && (/[.!?;,]/.test(infinitive.post) || at + 2 === terms.length || ['en', 'of', 'dat'].includes(terms[at + 2]?.normal ?? '') || extraposedPhrase(terms, at + 2));
      // "heeft te maken met" is fixed; "heeft een weekplanning te maken." is a duty.
      const fixed = HEBBEN_TE_FIXED.has(infinitive?.normal ?? '') && !(infinitive?.normal === 'maken' && at > index + 1 && terms[at + 2]?.normal !== 'met');
      if (infinitive && closes && INFINITIVE.test(infinitive.normal) && !fixed) {
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
 * Who may be a clause's subject: a person, the family ("Het gezin komt nooit ..."), and a
 * label noun, which names a person ("Het warhoofd was de kaart alweer kwijt").
 */
const isSubjectPerson = (term: Term) => isPerson(term) || term.tags.has('Family') || term.tags.has('LabelNoun');

/**
 * Marks clause starts and the people in subject position: first in a clause, or after a
 * clause opener or a determiner there. "De computer van moeder weigert" has no subject
 * "moeder": it follows "van". Determiners and "en" between subjects join the subject.
 */
function isFiniteVerb(term: Term): boolean {
  return FINITE_VERBS.has(term.normal) || REFUSAL_FINITE.has(term.normal) || ['Finite', 'Obligation', 'ObligationTe', 'ObligationPast', 'Permission', 'Refusal', 'Credibility'].some((tag) => term.tags.has(tag));
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
  const adverbOnly = (DUTCH_LEXICON.get(first.normal) ?? []).every((tag) => ADVERB_TAGS.has(tag));
  return !NOUN_PHRASE_OPENERS.has(first.normal) && !SUBJECT_DETERMINERS.has(first.normal) && !first.tags.has('Name') && !/^\d/.test(first.normal) && adverbOnly;
}

/** Why a person is the clause's subject, as a reason id (the conditions in tagClauses, in its order). */
function subjectReason(clauseStart: boolean, afterDeterminer: boolean, afterSubjectPart: boolean, afterInvertedVerb: boolean): string {
  if (clauseStart) return 'subject-opens-clause';
  if (afterDeterminer) return 'subject-after-determiner';
  if (afterSubjectPart) return 'subject-goes-on';
  if (afterInvertedVerb) return 'subject-after-inverted-verb';
  return 'subject-in-first-field';
}

/** A clause start after a person and a comma is an apposition ("Vader, profiteur als hij is, ..."), not a new subject. */
function continuesApposition(terms: readonly Term[], at: number): boolean {
  const previous = terms[at - 1];
  return previous !== undefined && /,/.test(previous.post) && isPerson(previous);
}

/** Forms of zitten and liggen: with a label word right before them they make a verb idiom. */
const IDIOM_VERBS = new Set(['zitten', 'zit', 'zat', 'zaten', 'gezeten', 'liggen', 'ligt', 'lag', 'lagen', 'gelegen']);

/** "om moeder dwars te zitten", "ligt dwars": the word is part of a verb there, not the label "dwars". */
function untagVerbIdioms(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!term.tags.has('Judgment') || /[,;:]/.test(term.post)) return;
    const next = terms[index + 1]?.normal === 'te' ? terms[index + 2] : terms[index + 1];
    if (next && IDIOM_VERBS.has(next.normal)) term.tags.delete('Judgment');
  });
}

/** Words that open an apposition after a person: "Dhr., een driftig type, ontkent ...". */
const APPOSITION_OPENERS = new Set(['een', "zo'n", 'echt', 'typisch']);

/**
 * "Dhr., een driftig type, ontkent ...", "De jongere, een geboren fantast, claimde ...": an
 * apposition between the subject and its verb belongs to the subject, so the verb after it
 * is in the subject's clause (not a new clause without one), and the person is not addressed.
 */
function joinAppositionToSubject(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!term.tags.has('Subject') || !term.post.includes(',') || !APPOSITION_OPENERS.has(terms[index + 1]?.normal ?? '')) return;
    for (let end = index + 2; end <= index + 6 && end + 1 < terms.length; end++) {
      const last = terms[end] as Term;
      if (/[;:]/.test(last.post)) return;
      if (!last.post.includes(',')) continue;
      const verb = terms[end + 1] as Term;
      if (!isFiniteVerb(verb) && !isFiniteForm(verb.normal)) return;
      term.tags.delete('Addressee');
      for (const part of terms.slice(index + 1, end + 1)) {
        part.tags.add('Subject');
        part.tags.delete('ClauseStart');
      }
      verb.tags.delete('ClauseStart');
      addReason(verb, 'apposition-after-subject');
      return;
    }
  });
}

/** Lexicon tags of words that are adverbs: a first field of one ("Uiteraard had vader ...") is an adverbial. */
const ADVERB_TAGS: ReadonlySet<DutchTag> = new Set(['Degree', 'Habit', 'Absolute', 'Hedge', 'MindAdverb', 'Deliberate', 'AboutPerson', 'Doubt']);

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
    // "een moeder die nooit ...", "Jordy die zich aanstelt": a restrictive relative clause right after a person.
    // A label noun or a person noun names a person too: "een etterbak die zijn zusje continu pest", "een vrouw die ...".
    if (!clauseStart && term.normal === 'die' && previous && (isPerson(previous) || previous.tags.has('LabelNoun') || previous.tags.has('PersonNoun')) && !previous.tags.has('Professional') && !previous.tags.has('ThirdPerson')) {
      term.tags.add('Subject');
      term.tags.add('Relative');
      firstField = false;
      return;
    }
    // After an opening adverbial ("Ook nu weer wist mw. ..."), the first form of any verb we can conjugate is the finite verb.
    const afterNounWord = previous !== undefined && (PREPOSITIONS.has(previous.normal) || SUBJECT_DETERMINERS.has(previous.normal));
    const finite = isFiniteVerb(term) || (inverted && !verbSeen && !clauseStart && !afterNounWord && isFiniteForm(term.normal) && !subjectSeen);
    if (finite) term.tags.add('Finite');
    // "Ik vraag ouders ...", "We bellen vader ...": after a pronoun that opens a main clause comes its verb, whatever its form; the first field is over.
    if (previous?.tags.has('ClauseStart') && ['ik', 'wij', 'we'].includes(previous.normal) && firstField) firstField = false;
    // Only after an adverbial first field ("Pedagogisch gezien is ..."): a noun phrase or a
    // pronoun there is the subject itself ("De school moet moeder ...", "Ik moet moeder ...").
    const mainClauseVerb = finite && firstField && !clauseStart && !subjectSeen && adverbialFirstField(terms, index);
    // "van" in "de heer van den Berg" is part of a name (tagged as the person), not a preposition.
    if (finite || (PREPOSITIONS.has(term.normal) && !term.tags.has('Parent'))) firstField = false;
    const afterDeterminerAtStart = previous !== undefined && previous.tags.has('ClauseStart') && SUBJECT_DETERMINERS.has(previous.normal);
    // "Nadat de recalcitrante Daan ...", "De zeer drukke moeder ...": labels and degree words between the determiner and the person.
    let determinerAt = index - 1;
    while (determinerAt > 0 && ['Judgment', 'AttributiveJudgment', 'Degree'].some((tag) => (terms[determinerAt] as Term).tags.has(tag))) determinerAt--;
    const determiner = terms[determinerAt] as Term;
    // ... at a clause's start, or after an inverted finite verb ("..., was de nonchalante moeder niet thuis").
    const afterDeterminerAndLabels =
      determinerAt < index - 1 && SUBJECT_DETERMINERS.has(determiner.normal) && (determiner.tags.has('ClauseStart') || (inverted && (terms[determinerAt - 1]?.tags.has('Finite') ?? false)));
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
    // A label noun is a subject only where it opens its clause (after its article): in an apposition ("Vader, een echte profiteur, moet ...") it describes the subject.
    const labelNounSubject = term.tags.has('LabelNoun') && !isPerson(term) && !term.tags.has('Family');
    const position = clauseStart || afterDeterminerAtStart || afterDeterminerAndLabels || afterSubjectPart || afterInvertedVerb || (firstField && !inverted);
    const labelPosition = (clauseStart && !continuesApposition(terms, index)) || afterDeterminerAtStart || afterDeterminerAndLabels || afterInvertedVerb;
    if (isSubjectPerson(term) && !term.tags.has('Professional') && (labelNounSubject ? labelPosition : position)) {
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

/** Tags of the verbs that make a rule: an absolute in their clause sets its scope. */
const RULE_VERB_TAGS = ['Permission', 'Obligation', 'ObligationTe'];
/** Words before "dat" that make the clause after it an agreement or a rule ("afgesproken dat ...", "in het plan staat dat ..."). */
const AGREEMENT_WORDS = new Set(['afgesproken', 'afspraak', 'afspraken', 'regel', 'regels', 'staat', 'overeengekomen', 'vastgelegd', 'afgestemd']);
/** Forms of "spreken", whose particle "af" before "dat" makes an agreement ("spraken we af dat ..."). */
const SPREKEN = new Set(['spreek', 'spreekt', 'spreken', 'sprak', 'spraken']);
const RULE_ABSOLUTES = new Set(['nooit', 'altijd', 'nimmer']);

/**
 * An absolute that sets the scope of a rule is part of the rule, not a judgement (LABELS.md,
 * quiet 1; reason: scope-of-a-rule-is-no-absolute): "mag het kind nooit alleen laten", "moet
 * altijd eerst bellen", "... dat Mila nooit bij haar oom mag zijn", and the clause of an
 * agreement, "we spraken af dat Lina nooit op de bank slaapt". Per clause, so "moeten Jordy,
 * die zich altijd aanstelt, ..." keeps its judgement.
 */
function untagRuleScope(terms: Term[]): void {
  if (!terms.some((term) => term.tags.has('Absolute') && RULE_ABSOLUTES.has(term.normal))) return;
  const ranges = clauseRanges(terms);
  ranges.forEach(([start, end], which) => {
    const clause = terms.slice(start, end);
    const opener = terms[start - 1];
    const subordinate = (opener !== undefined && SUBORDINATORS.has(opener.normal)) || SUBORDINATORS.has(clause[0]?.normal ?? '');
    const beforeDat = opener?.normal === 'dat' ? terms[start - 2] : clause[0]?.normal === 'dat' ? opener : undefined;
    const previousClause = which > 0 ? terms.slice(...(ranges[which - 1] as [number, number])) : [];
    const agreement =
      beforeDat !== undefined && (AGREEMENT_WORDS.has(beforeDat.normal) || (beforeDat.normal === 'af' && [...previousClause, ...clause].some((term) => SPREKEN.has(term.normal))));
    clause.forEach((term, at) => {
      if (!term.tags.has('Absolute') || !RULE_ABSOLUTES.has(term.normal)) return;
      const ruleVerbAt = (index: number) => RULE_VERB_TAGS.some((tag) => clause[index]?.tags.has(tag));
      let scope = agreement;
      for (let index = Math.max(0, at - 6); index < at && !scope; index++) if (ruleVerbAt(index)) scope = true;
      for (let index = at + 1; index < clause.length && subordinate && !scope; index++) if (ruleVerbAt(index)) scope = true;
      if (scope) term.tags.delete('Absolute');
    });
  });
}

/** Verbs of expecting and demanding, by form: active ones need the writer as their subject, "verwacht", "geacht", "verlangd" also stand in a passive. */
const EXPECT_ACTIVE = new Set(['verwacht', 'verwachten', 'verwachtte', 'verwachtten', 'verlang', 'verlangt', 'verlangen', 'verlangde', 'verlangden', 'reken', 'rekent', 'rekenen']);
const EXPECT_PASSIVE = new Set(['verwacht', 'geacht', 'verlangd']);
const PASSIVE_AUXILIARIES = new Set(['wordt', 'worden', 'werd', 'werden']);
/** Pronouns that stand for a person after "van" ("wordt van hem verwacht"). */
const PERSON_PRONOUNS = new Set(['hem', 'haar', 'hen', 'hun']);
/** Words in a "dat" clause that make the expectation a forecast ("ik verwacht dat moeder het zal redden"). */
const FORECAST = new Set(['zal', 'zullen', 'zou', 'zouden', 'wel', 'waarschijnlijk', 'binnenkort', 'vermoedelijk', 'misschien']);

/**
 * An expectation put on a parent (reason: expectation-on-a-person): a verb of expecting or
 * demanding whose expecter is the writer ("wij verwachten", "het team verlangt", "we rekenen
 * erop"), an impersonal passive ("er wordt van vader verwacht", "wordt geacht") or "het is de
 * bedoeling", and whose target is a person: "van" and a person in its clause, the person
 * subject of the "dat" clause after it, or the subject of "wordt geacht". Quiet when a parent
 * expects something ("Moeder verwacht dat de uitkering komt"), for a forecast ("... dat het
 * wel goed zal komen") and for an institution's timeline ("dat de woning in september wordt
 * opgeleverd": no person). The words that carry it get #Expecting.
 */
function tagExpecting(terms: Term[]): void {
  if (!terms.some((term) => EXPECT_ACTIVE.has(term.normal) || EXPECT_PASSIVE.has(term.normal) || term.normal === 'bedoeling')) return;
  const ranges = clauseRanges(terms);
  ranges.forEach(([start, end], which) => {
    const clause = terms.slice(start, end);
    const words = clause.map((term) => term.normal);
    const personAt = (index: number) => {
      const term = clause[index];
      return term !== undefined && !term.tags.has('Professional') && (isPerson(term) || term.tags.has('Family') || PERSON_PRONOUNS.has(term.normal));
    };
    // "van (deze luie) vader", "van beide ouders", "van hem": a person within five words after "van".
    const fromPerson = words.some((word, at) => word === 'van' && [1, 2, 3, 4, 5].some((offset) => personAt(at + offset)));
    // The "dat" clause after this one, with a person as its subject and no forecast in it.
    const next = ranges[which + 1];
    const datClause = next && (terms[next[0] - 1]?.normal === 'dat' || terms[next[0]]?.normal === 'dat') ? terms.slice(...next) : [];
    const goingTo = datClause.some((term, at) => ['gaat', 'gaan'].includes(term.normal) && datClause.slice(at + 1).some((later) => /en$/.test(later.normal)));
    const datPerson = datClause.some((term) => term.tags.has('Subject')) && !datClause.some((term) => FORECAST.has(term.normal)) && !goingTo;
    const passive = words.some((word) => PASSIVE_AUXILIARIES.has(word));
    const writer = clause.some((term) => term.tags.has('Professional') && ['ik', 'wij', 'we', 'team', 'gezinsvoogd', 'jeugdzorgwerker', 'hulpverlener', 'hulpverleners', 'behandelaar', 'gezinscoach', 'wijkteam'].includes(term.normal));
    const parentSubject = clause.some((term) => term.tags.has('Subject'));
    clause.forEach((term, at) => {
      const word = term.normal;
      if (word === 'bedoeling') {
        // "Het is de bedoeling dat vader ...".
        if (words[at - 1] === 'de' && ['is', 'was'].includes(words[at - 2] ?? '') && datPerson && !parentSubject) {
          (clause[at - 1] as Term).tags.add('Expecting');
          term.tags.add('Expecting');
        }
        return;
      }
      if (word === 'geacht') {
        if (passive && parentSubject) term.tags.add('Expecting');
        return;
      }
      const target = fromPerson || datPerson;
      if (!target) return;
      if (EXPECT_PASSIVE.has(word) && passive && !parentSubject) {
        term.tags.add('Expecting');
        return;
      }
      if (!EXPECT_ACTIVE.has(word) || !writer || parentSubject) return;
      // "we rekenen erop dat ...", "wij rekenen op vader": only with its "op".
      if (word.startsWith('reken')) {
        const op = clause[at + 1];
        if (op && ['erop', 'op'].includes(op.normal)) {
          term.tags.add('Expecting');
          op.tags.add('Expecting');
        }
        return;
      }
      term.tags.add('Expecting');
    });
  });
}

const isLabel = (term: Term | undefined) => term !== undefined && (term.tags.has('Judgment') || term.tags.has('AttributiveJudgment'));
/** Words a list of labels may have around its labels: "nogal theatraal", "allebei behoorlijk koppig", "ongeduldig en prikkelbaar". */
const LABEL_LIST_WORDS = new Set(['en', 'of', 'allebei', 'beiden', 'beide', 'zo', 'nogal']);
/** Pronouns in "zo koppig als ze is", "bemoeizuchtig als hij is". */
const AS_PRONOUNS = new Set(['ze', 'zij', 'hij']);
const AS_COPULAS = new Set(['is', 'was', 'zijn', 'waren']);

/** The labels of a list at `from`, with its degree and joining words, and where the list ends (exclusive); none when it holds no label. */
function labelListAt(clause: readonly Term[], from: number): { labels: Term[]; end: number } {
  const labels: Term[] = [];
  let at = from;
  while (at < clause.length) {
    const term = clause[at] as Term;
    if (isLabel(term)) labels.push(term);
    else if (!term.tags.has('Degree') && !LABEL_LIST_WORDS.has(term.normal)) break;
    at++;
    if (/[,;:]/.test(term.post) && !(isLabel(clause[at]) || LABEL_LIST_WORDS.has(clause[at]?.normal ?? ''))) break;
  }
  return { labels, end: at };
}

/**
 * Labels said of a person without a copula before them (reason: label-predicated), tagged
 * #LabelPredicate: an apposition ("Vader, ongeduldig en prikkelbaar als altijd, verliet ...",
 * "Moeder, nogal theatraal in haar reacties, ..."), a fronted "als"-clause ("Sluw als ze is,
 * zorgt moeder ..."), an inverted copula ("zo star en rigide is moeder") and "maakt een
 * asociale indruk". A list counts only as a whole clause of its own (the apposition) or
 * right before its copula and person, so "een chaotische periode" stays a thing.
 */
function tagPredicatedLabels(terms: Term[]): void {
  if (!terms.some(isLabel)) return;
  // Stretches between commas (and semicolons, colons): "als" and "en" open clauses of their own, an apposition does not end at them.
  const ranges: Array<[number, number]> = [];
  terms.forEach((_term, index) => {
    if (index === 0 || /[,;:]/.test((terms[index - 1] as Term).post)) ranges.push([index, index + 1]);
    else (ranges[ranges.length - 1] as [number, number])[1] = index + 1;
  });
  for (const [start, end] of ranges) {
    const clause = terms.slice(start, end);
    const before = terms[start - 1];
    const { labels, end: listEnd } = labelListAt(clause, 0);
    const rest = clause.slice(listEnd).map((term) => term.normal);
    const closes = /[,;:]/.test((clause[clause.length - 1] as Term).post) || end === terms.length;
    // "..., ongeduldig als altijd, ...", "..., dominant als ze is, ...", "..., nogal theatraal in haar reacties, ...".
    const asTail = rest.length === 0 || (rest[0] === 'als' && rest.length <= 3 && (['altijd', 'gewoonlijk', 'vanouds'].includes(rest[1] ?? '') || (AS_PRONOUNS.has(rest[1] ?? '') && AS_COPULAS.has(rest[2] ?? ''))));
    const inTail = rest.length <= 4 && (rest[0] === 'in' || rest[0] === 'tegenover' || rest[0] === 'naar') && ['haar', 'zijn', 'hun'].includes(rest[1] ?? '');
    const afterPerson = before !== undefined && /,/.test(before.post) && (isPerson(before) || before.tags.has('Subject'));
    if (labels.length > 0 && closes && afterPerson && (asTail || inTail) && end < terms.length) for (const label of labels) label.tags.add('LabelPredicate');
    // "Sluw als ze is, zorgt moeder ...": the fronted "als"-clause of the sentence's first clause.
    if (labels.length > 0 && start === 0 && rest[0] === 'als' && AS_PRONOUNS.has(rest[1] ?? '') && AS_COPULAS.has(rest[2] ?? '') && rest.length === 3) {
      for (const label of labels) label.tags.add('LabelPredicate');
    }
    clause.forEach((term, at) => {
      // "zo star en rigide is moeder": a list right before a copula and its person subject.
      if (isLabel(term) && (at === 0 || !isLabel(clause[at - 1]))) {
        const list = labelListAt(clause, at);
        const copula = clause[list.end];
        let next = list.end + 1;
        while (clause[next] && SUBJECT_DETERMINERS.has((clause[next] as Term).normal)) next++;
        const person = clause[next];
        if (list.labels.length > 0 && copula && AS_COPULAS.has(copula.normal) && person && isPerson(person) && !person.tags.has('Professional') && (at === 0 || clause[at - 1]?.normal === 'zo')) {
          for (const label of list.labels) label.tags.add('LabelPredicate');
        }
      }
      // "Moeder beantwoordde mijn vragen nogal brutaal": a degree word and a label that close a clause with a person subject and a verb of its own (no copula, no one's opinion: "vindt de juf erg brutaal").
      if (isLabel(term) && !term.tags.has('AlsoThings') && clause[at - 1]?.tags.has('Degree') && ['nogal', 'erg', 'zeer', 'heel', 'behoorlijk', 'vrij', 'tamelijk', 'ontzettend', 'enorm', 'uiterst'].includes(clause[at - 1]?.normal ?? '')) {
        const closesClause = /[,;:.!?]/.test(term.post) || at === clause.length - 1 || ['en', 'maar'].includes(clause[at + 1]?.normal ?? '');
        // A finite verb we know, or the word after the subject that looks like one ("Oma praatte ...").
        const afterSubject = clause.find((word, index) => index > 0 && clause[index - 1]?.tags.has('Subject') && !word.tags.has('Subject'));
        const looksLikeVerb = afterSubject !== undefined && afterSubject.tags.size === 0 && /^\p{Ll}{3,}(t|de|te|den|ten)$/u.test(afterSubject.normal);
        const ownVerb = looksLikeVerb || clause.some((word) => word.tags.has('Finite') && !word.tags.has('Copula') && !word.tags.has('Reporting'));
        const opinion = clause.some((word) => word.tags.has('Reporting') || word.tags.has('Copula') || word.tags.has('Hedge'));
        if (closesClause && ownVerb && !opinion && clause.some((word) => word.tags.has('Subject'))) term.tags.add('LabelPredicate');
      }
      // "Mw. maakt een asociale indruk": a label before "indruk", after "maakt een", with a person subject.
      if (term.normal === 'indruk' && ['maakt', 'maakte', 'maken', 'maakten'].includes(clause[at - 2]?.normal === 'een' ? (clause[at - 3]?.normal ?? '') : '') && isLabel(clause[at - 1]) && clause.some((word) => word.tags.has('Subject'))) {
        (clause[at - 1] as Term).tags.add('LabelPredicate');
      }
    });
  }
}

/** Forms of "laten" that, with "het", make "afweten" a refusal ("liet het afweten", "heeft het laten afweten"). */
const LATEN = new Set(['laat', 'liet', 'lieten', 'laten', 'gelaten']);
/** Determiners that open a direct object ("verzuimt de controles"). */
const OBJECT_DETERMINERS = new Set(['de', 'het', 'haar', 'zijn', 'hun', 'alle', 'elke', 'iedere']);
/** Units of time: "heeft 22 dagen verzuimd" is school absence, not a refusal. */
const TIME_UNITS = new Set(['dag', 'dagen', 'schooldag', 'schooldagen', 'uur', 'uren', 'les', 'lessen', 'lesuur', 'lesuren', 'week', 'weken', 'keer', 'maal', 'ochtend', 'ochtenden', 'middag', 'middagen']);
/** Words that say there was no reason: "zonder (enige) reden", "zonder opgaaf van reden", "zonder uitleg". */
const NO_REASON = new Set(['reden', 'opgaaf', 'opgave', 'uitleg', 'toelichting', 'verklaring']);

/** The clauses of a sentence as [start, end) positions, split where the clause tagger marked a start. */
function clauseRanges(terms: readonly Term[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  terms.forEach((term, index) => {
    if (index === 0 || term.tags.has('ClauseStart')) ranges.push([index, index + 1]);
    else (ranges[ranges.length - 1] as [number, number])[1] = index + 1;
  });
  return ranges;
}

/**
 * Refusal and failure framing by the verb's lemma (reason: refusal-verb-in-clause): a form of
 * a verb from lexicon/refusal.ts, checked against its clause: a split verb's particle after
 * it, the negation, "te", "het" or "zich" it needs, no negation where it must have none
 * ("heeft de afspraak niet geweigerd"), and none of the words that make it ability,
 * permission, a duty, a forecast or a condition. Also "is niet coöperatief", "non-compliant".
 * The words that carry it get #Refusing (forms of "weigeren": #Weigeren); whether a family member is the subject is the rule's
 * clause condition.
 */
function tagRefusing(terms: Term[]): void {
  if (!terms.some((term) => term.tags.has('RefusalForm'))) return;
  for (const [start, end] of clauseRanges(terms)) {
    const clause = terms.slice(start, end);
    // The opener before the clause counts too: "als" stands in a clause of its own ("Als | vader blijft weigeren").
    if ([terms[start - 1], ...clause].some((term) => term !== undefined && REFUSAL_BLOCKERS.has(term.normal))) continue;
    const words = clause.map((term) => term.normal);
    clause.forEach((term, at) => {
      if (!term.tags.has('RefusalForm')) return;
      const adjective = REFUSAL_ADJECTIVES.includes(term.normal);
      if (adjective) {
        // "niet coöperatief", "weinig therapietrouw", "niet erg meewerkend", "non-compliant", after a copula.
        const before = clause[at - 1];
        const negated = before !== undefined && (REFUSAL_NEGATION.has(before.normal) || (before.normal === 'non' && /-/.test(before.post)));
        const degreeNegated = before?.tags.has('Degree') && REFUSAL_NEGATION.has(clause[at - 2]?.normal ?? '');
        if ((negated || degreeNegated) && clause.some((word) => word.tags.has('Copula'))) {
          for (const word of clause.slice(at - (negated ? 1 : 2), at + 1)) word.tags.add('Refusing');
        }
        return;
      }
      const forms = REFUSAL_FORMS.get(term.normal) ?? [];
      // "weigeren" is the rule nl-refusal's own word (switching that rule off switches it off); the other verbs are nl-refusal-clause's.
      for (const form of forms) if (refuses(form, clause, at, words)) term.tags.add(form.entry.verb === 'weigeren' ? 'Weigeren' : 'Refusing');
    });
  }
}

/**
 * The finite part of a split refusal verb is a finite verb where its particle follows before
 * the next comma or clause opener ("Tijdens de evaluatie wimpelde [moeder] het voorstel af"),
 * so the clause tagger finds the inverted subject after it.
 */
function tagSplitRefusalVerbs(terms: Term[]): void {
  terms.forEach((term, index) => {
    // The plural is the infinitive: "Sinds de verhuizing onttrekken [de ouders] zich ...", with its subject after it.
    if (REFUSAL_FORMS.get(term.normal)?.some((form) => form.kind === 'infinitive') && index > 0 && !terms.slice(0, index).some((word) => word.tags.has('Finite') || isFiniteVerb(word))) {
      let next = index + 1;
      while (terms[next] && SUBJECT_DETERMINERS.has((terms[next] as Term).normal)) next++;
      const after = terms[next];
      if (after && isPerson(after) && !after.tags.has('Professional') && !/[,;:]/.test(terms[index - 1]?.post ?? '')) term.tags.add('Finite');
    }
    const split = REFUSAL_FORMS.get(term.normal)?.filter((form) => form.kind === 'split' && form.particle) ?? [];
    if (split.length === 0 || term.tags.has('Finite')) return;
    for (let at = index + 1; at < terms.length; at++) {
      const word = terms[at] as Term;
      if (CLAUSE_OPENERS.has(word.normal)) return;
      if (split.some((form) => form.particle === word.normal) && (at === terms.length - 1 || /[,;:.!?]/.test(word.post))) {
        term.tags.add('Finite');
        return;
      }
      if (/[,;:]/.test(word.post)) return;
    }
  });
}

/** Whether one reading of a word is a refusal in its clause. */
function refuses(form: RefusalForm, clause: readonly Term[], at: number, words: readonly string[]): boolean {
  const { entry } = form;
  const after = words.slice(at + 1);
  if (form.kind === 'split') {
    const particle = after.indexOf(form.particle ?? '');
    if (particle < 0) return false;
    const next = after[particle + 1];
    const lastOfClause = particle === after.length - 1 || /[,;:.!?]/.test((clause[at + 1 + particle] as Term).post);
    if (!lastOfClause && !(next !== undefined && AFTER_PARTICLE.has(next))) return false;
    // "liet na twee weken weten": "na" is a preposition unless "om" or "te" follows it.
    if (entry.needs === 'te' && !['om', 'te'].includes(next ?? '')) return false;
  }
  // A form that needs its finite verb elsewhere ("blijft weigeren", "heeft geweigerd") is one only with a verb in its clause.
  // The infinitive is the plural too: "Ze verzuimen ...", "Ouders weigeren ..." right after their subject.
  const plural = form.kind === 'infinitive' && (clause[at - 1]?.tags.has('Subject') === true || (clause[at] as Term).tags.has('Finite'));
  if ((form.kind === 'infinitive' || form.kind === 'participle') && !plural && !clause.some((word, index) => index !== at && word.tags.has('Finite'))) return false;
  if (entry.notWith?.some((word) => words.includes(word))) return false;
  const negated = (index: number) => ['niet', 'geen', 'nooit'].includes(words[index] ?? '');
  const teAfter = after.indexOf('te');
  switch (entry.needs) {
    case 'negation':
      if (!words.some((word) => REFUSAL_NEGATION.has(word))) return false;
      break;
    case 'te':
      if (teAfter < 0 && !(entry.orObject && OBJECT_DETERMINERS.has(after[0] ?? '') && !words.some((word) => TIME_UNITS.has(word) || /^\d/.test(word)))) return false;
      break;
    case 'het':
      if (!words.includes('het') || !words.some((word) => LATEN.has(word))) return false;
      break;
    case 'reflexive':
      if (!words.includes('zich') && !words.includes('zichzelf')) return false;
      break;
    case 'no-reason': {
      const without = words.indexOf('zonder');
      if (without < 0 || !words.slice(without + 1, without + 5).some((word) => NO_REASON.has(word))) return false;
      break;
    }
    default:
      break;
  }
  if (entry.needs !== 'negation') {
    // "weigerde niet", "heeft de hulp niet geweigerd", "weigert de hulp niet": no refusal. A negation
    // inside the infinitive that follows ("weigert ... niet te ...") is not looked at.
    const until = teAfter < 0 ? words.length : at + 1 + teAfter;
    for (let index = 0; index < until; index++) if (negated(index)) return false;
  }
  return true;
}

/** "(is|was|lijkt ...)": after "maar dat" these make "dat" the writer's pointer back, not a reported clause. */
const COMMENT_VERBS = new Set(['is', 'was', 'lijkt', 'leek', 'klinkt', 'klonk', 'blijkt', 'bleek', 'noem', 'vind']);

/**
 * Where the writer takes the word back after reported speech, so a reported-speech opener
 * before it no longer covers what follows: a verdict after a semicolon ("Volgens vader is de
 * brief zoek; een bekende uitvlucht") and a comment that points back ("Moeder zegt dat ze ziek
 * was, maar dat is een smoes", "..., wat ik betwijfel"). Reported speech goes on in "..., maar dat ze morgen komt".
 */
function tagVoiceResuming(terms: Term[]): void {
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    const pointsBack = ['dat', 'dit', 'het'].includes(term.normal) && COMMENT_VERBS.has(terms[index + 1]?.normal ?? '');
    // After a semicolon only a verdict without a clause of its own ("; een bekend verhaal") or
    // one that points back is the writer's: "...; moeder wil vooral ..." may still be her view.
    const afterSemicolon = previous !== undefined && previous.post.includes(';');
    if (afterSemicolon && (term.normal === 'een' || pointsBack)) term.tags.add('VoiceResumes');
    if (pointsBack && previous?.normal === 'maar' && /,/.test(terms[index - 2]?.post ?? '')) term.tags.add('VoiceResumes');
    // "Ze zei dat ze had gebeld, wat ik betwijfel": the writer comments on what was reported.
    if (term.normal === 'wat' && previous?.post.includes(',') && terms[index + 1]?.normal === 'ik') term.tags.add('VoiceResumes');
  });
}

/** Verbs of a closing attribution: "..., vertelt moeder", "..., aldus vader". */
const ATTRIBUTION_VERBS = new Set(['zegt', 'zei', 'vertelt', 'vertelde', 'aldus', 'vindt', 'vond', 'meldt', 'meldde', 'legt', 'geeft']);
/** Words around the speaker of a closing attribution: "legt (ons) uit", "geeft aan", "desgevraagd". */
const ATTRIBUTION_FILLERS = new Set(['uit', 'aan', 'ons', 'mij', 'me', 'de', 'het', 'haar', 'zijn', 'hun', 'desgevraagd', 'zelf', 'later']);
/** Speakers whose account it is: the family, or a pronoun for one of them (not the writer). */
const ATTRIBUTION_PRONOUNS = new Set(['hij', 'zij', 'ze']);

/**
 * "Moeder is lui, zegt vader.", "Vader moet nog wennen, vertelt hij.": a sentence that closes
 * by naming a family member as its source is their account, as "vader zegt dat ..." is. The
 * reporting verb is tagged; the engine keeps what comes before it quiet.
 */
function tagTrailingAttribution(terms: Term[]): void {
  for (let at = terms.length - 1; at > 0 && at >= terms.length - 5; at--) {
    const verb = terms[at] as Term;
    if (!ATTRIBUTION_VERBS.has(verb.normal) || !(terms[at - 1] as Term).post.includes(',')) continue;
    // "legt uit", "geeft aan": the particle closes the clause after the speaker.
    const rest = terms.slice(at + 1).filter((term) => !ATTRIBUTION_FILLERS.has(term.normal));
    const speaker = rest[0];
    if (!speaker || rest.length > 1) continue;
    if (ATTRIBUTION_PRONOUNS.has(speaker.normal) || isPerson(speaker)) verb.tags.add('AttributedAfter');
    return;
  }
}

/**
 * "Vader zou de huur hebben overgemaakt": a past participle with "zou" reports the parent's
 * account at one remove, which is how a note doubts it. Only sentences with "zou" pay for
 * the conjugator's look-up.
 */
/** How far a purpose clause may run from its "om" to the end of its goal: "om [zijn verdriet over de dood van zijn vader] weg te drukken". */
const PURPOSE_REACH = 14;
/** Words that may stand between "uit" and its motive: "uit pure angst", "uit een soort schaamte". */
const MOTIVE_MODIFIERS = new Set(['pure', 'puur', 'louter', 'blinde', 'diepe', 'grote', 'oprechte', 'een', 'soort', 'misplaatste', 'zekere']);

/** Tags the words `from`..`to` (both included) with a tag and the reason for it. */
function tagRange(terms: Term[], from: number, to: number, tag: DutchTag, reason: string): void {
  for (let at = from; at <= to; at++) {
    (terms[at] as Term).tags.add(tag);
    addReason(terms[at] as Term, reason);
  }
}

/**
 * Marks a purpose clause ("om ... te" + infinitive) whose goal is self-serving, hiding or
 * hurting (lexicon class `purposes.goals`), and "uit" + a motive ("uit schaamte"), as #Purpose
 * from its first word to its last: the motive the writer gives an act. The clause ends at a
 * comma or the sentence's end; an "om" that tells the time ("om half acht") opens none.
 */
function tagPurposes(terms: Term[]): void {
  const mark = (from: number, to: number, reason: string) => tagRange(terms, from, to, 'Purpose', reason);
  terms.forEach((term, index) => {
    if (term.normal === 'om' && !CLOCK.test(terms[index + 1]?.normal ?? '')) {
      for (let at = index + 1; at < terms.length && at <= index + PURPOSE_REACH; at++) {
        const word = terms[at] as Term;
        // The goal's last word closes the clause: "om ... weg te drukken", "om ... te ontlopen".
        if (word.tags.has('PurposeGoal') && !terms[at + 1]?.tags.has('PurposeGoal')) {
          mark(index, at, 'purpose-with-self-serving-goal');
          break;
        }
        if (/[,;:.!?]/.test(word.post) || word.normal === 'om') break;
      }
    }
    if (term.normal === 'uit' && !/[,;:]/.test(term.post)) {
      let at = index + 1;
      while (at < index + 3 && MOTIVE_MODIFIERS.has(terms[at]?.normal ?? '')) at++;
      if (terms[at]?.tags.has('MotiveNoun')) mark(index, at, 'motive-after-uit');
    }
  });
}

function tagReportedParticiples(terms: Term[]): void {
  const at = terms.findIndex((term) => term.normal === 'zou' || term.normal === 'zouden');
  if (at < 0) return;
  for (const term of terms.slice(at + 1)) if (!term.tags.has('Parent') && isPastParticiple(term.normal)) term.tags.add('Participle');
}

const UNSEEN_MATTERS = new Set(UNSEEN_MATTER);
const UNSEEN_NEEDS = new Set(UNSEEN_NEED);
/** How far "niet" may stand after "ziet" in its clause: "ziet [zelf het gevaar] niet". */
const SEEING_REACH = 7;

/**
 * #Unaware on "ziet ... niet" when what is not seen takes knowing someone's inner world or an
 * act's effect: a matter of the lexicon in between ("ziet zelf het gevaar niet"), or after
 * "niet (meer)" a "hoe" ("ziet niet hoe bang Sem is", not "hoe ze het moet regelen") or a
 * "wat" with a need or an effect ("ziet niet meer wat de kinderen nodig hebben"). "zag niet
 * dat de bus kwam" is a fact and stays quiet.
 */
function tagBlindSpots(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!term.tags.has('SeeingVerb')) return;
    // Verb last, in a subordinate clause: "omdat vader [het risico niet ziet]".
    if (terms[index - 1]?.normal === 'niet') {
      for (let at = index - 2; at >= Math.max(0, index - 5); at--) {
        const word = terms[at] as Term;
        if (/[,;:]/.test(word.post)) break;
        if (UNSEEN_MATTERS.has(word.normal)) {
          tagRange(terms, terms[at - 1]?.tags.has('Subject') ? at : Math.max(0, at - 1), index, 'Unaware', 'seeing-denied');
          return;
        }
      }
      return;
    }
    let negation = -1;
    for (let at = index + 1; at < terms.length && at <= index + SEEING_REACH; at++) {
      const word = terms[at] as Term;
      if (word.normal === 'niet') {
        negation = at;
        break;
      }
      if (/[,;:.!?]/.test(word.post) || word.tags.has('ClauseStart')) return;
    }
    if (negation < 0) return;
    const between = terms.slice(index + 1, negation);
    let end = negation;
    let known = between.some((word) => UNSEEN_MATTERS.has(word.normal));
    if (!known && between.length === 0) {
      let at = negation + 1;
      if (terms[at]?.normal === 'meer' || terms[at]?.normal === 'goed') at++;
      const opener = terms[at];
      const rest = terms.slice(at + 1, at + 12);
      const stop = rest.findIndex((word) => /[,;:]/.test(word.post));
      const clause = stop < 0 ? rest : rest.slice(0, stop + 1);
      if (opener?.normal === 'hoe') known = !clause.some((word) => ['moet', 'moeten', 'kan', 'kunnen', 'zou', 'zal'].includes(word.normal));
      if (opener?.normal === 'wat') known = clause.some((word) => UNSEEN_NEEDS.has(word.normal));
      if (known) end = at;
    }
    if (known) tagRange(terms, index, end, 'Unaware', 'seeing-denied');
  });
}

const FELT_VERBS = new Set(FELT_VERB);
const FELT_WORDS = new Set(FELT_WORD);
const FELT_NOTS = new Set(FELT_NOT);
/** How far the feeling may stand after "voelt zich": "voelt zich [door de hele situatie rond de verhuizing] overvallen". */
const FELT_REACH = 9;

/**
 * #FeltState from "voelt/voelde" to the feeling it says of someone: "voelt zich gepasseerd",
 * "voelde moeder zich duidelijk aangevallen", "voelt zich door mij niet serieus genomen". The
 * feeling is a past participle or a word of the lexicon class `felt`, in the same clause.
 */
function tagFeltStates(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!FELT_VERBS.has(term.normal)) return;
    const zich = terms.slice(index + 1, index + 4).findIndex((word) => word.normal === 'zich');
    if (zich < 0) return;
    // Inverted ("Tijdens het gesprek voelde [moeder] zich ..."): the person after the verb is its subject.
    const inverted = terms[index + 1];
    if (!term.tags.has('ClauseStart') && index > 0 && inverted && zich > 0 && (inverted.tags.has('Parent') || inverted.tags.has('Name')) && !inverted.tags.has('Professional')) inverted.tags.add('Subject');
    let denied = false;
    for (let at = index + 2 + zich; at < terms.length && at <= index + FELT_REACH; at++) {
      const word = terms[at] as Term;
      // "voelt zich gehoord" is feedback on the help; "voelt zich [niet] gehoord", "door niemand" a grievance read into her.
      if (['niet', 'niemand', 'nergens', 'nooit'].includes(word.normal)) denied = true;
      const feeling = FELT_WORDS.has(word.normal) || (isPastParticiple(word.normal) && (denied || !FELT_NOTS.has(word.normal)));
      if (feeling) {
        tagRange(terms, index, at, 'FeltState', 'feeling-said-of-person');
        return;
      }
      if (/[,;:.!?]/.test(word.post) || word.tags.has('ClauseStart')) return;
    }
  });
}

export function parseDutch(sentence: string, people?: NotePeople): TaggedSentence {
  const doc = nlp.tokenize(sentence);
  for (const terms of doc.docs as Term[][]) {
    tagFromLexicon(terms);
    if (people) markNotePeople(terms, people, 'Name');
    tagSplitPhrases(terms);
    untagVerbIdioms(terms);
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
    tagSplitRefusalVerbs(terms);
    tagReportedParticiples(terms);
    tagVoiceResuming(terms);
    tagTrailingAttribution(terms);
    tagClauses(terms);
    joinAppositionToSubject(terms);
    untagRuleScope(terms);
    tagRefusing(terms);
    tagExpecting(terms);
    tagPredicatedLabels(terms);
    tagPurposes(terms);
    tagBlindSpots(terms);
    tagFeltStates(terms);
    tagCommands(terms, COMMAND_WORDS);
  }
  return doc as unknown as TaggedSentence;
}
