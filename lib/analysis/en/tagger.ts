// English tagging: compromise's full tagger (only reached for sentences the hook filter
// passed), plus our own tags set on the document's terms:
// - word lists (lexicon.ts), also for hyphenated words compromise splits ("non-compliant");
// - #Reported: the words of a clause that gives someone else's words, view or question
//   ("Mother says [she never hits them]", "father asked whether [he has to come]");
// - #Subject: a family member (a #Parent noun, or she/he/they) as the subject of one of
//   the writer's own statements: not an object ("I told mother"), not after a preposition
//   ("the call with dad kept dropping"), not inside a reported clause.
import { markNotePeople, type NotePeople } from '../attendance';
import nlp from 'compromise/two';
import { hookWordsOf, type CompromiseTerm, type TaggedSentence } from '../engine';
import {
  ABSOLUTE, CERTAINTY_ADVERBS, CONDUCT_NOUNS, COURT, CREDIBILITY, DOCUMENT_NOUNS, FAMILY, HEDGE, HIDDEN_STATE_ADVERBS, INNER_MATTERS, BURDEN_NOUNS, RESENTMENT_VERBS, PURPOSE_GOALS, MOTIVE_NOUNS, SOLE_PURPOSE_MARKERS, PLAIN_PURPOSE_VERBS, FELT_IRREGULAR, FELT_NOT, UNAWARE, UNAWARE_MATTERS, BLIND_SPOTS, SEEING_DENIERS, NAMES_LIKE_NOUNS, JUDGMENT, JUDGMENT_BEFORE_PERSON, LABEL_NOUN, LINK_VERBS, MIND_ADVERBS, MIND_VERBS, NEGATION, NEGATIVE_STATES, PRIVATE_STATES, BODIES, FEELINGS, BELIEFS, PRESENT_LINKS, REASON_OPENERS, CONDITIONAL_OPENERS, UNDERSTANDING_CLASS,
  OTHER_PARTY, PARENT, PERSON_NOUN, PROFESSIONAL, QUESTION_VERBS, REFUSAL, REPORTING, STATE, TOGETHER, VIEW_ADJECTIVES,
  VIEW_VERBS, YOUNG,
} from './lexicon';
import { compilePhrases, tagPhrases } from '../phrase-tags';
import { tagsByWord } from '../tags-by-word';
import { tagCommands } from '../openings';
import { addReason } from '../reasons';
import { PHRASE_LISTS } from './phrases';
import { COMMANDS, CONFIRM_AFTER, COORDINATORS, NEGATIVE_IMPERATIVE, SECOND_PERSON, SUBJECT_AFTER, isCommandVerb, joinedOwnOrder } from './commands';
import type { ENGLISH_OWN_TAGS } from './tagset';
import { fastSweep } from './sweep';
import { fastTransliteration } from '../transliterate';

nlp.plugin(fastSweep);
nlp.plugin(fastTransliteration);

type OwnTag = (typeof ENGLISH_OWN_TAGS)[number];

const LISTS: Array<[OwnTag, readonly string[]]> = [
  ['Parent', PARENT], ['Family', FAMILY], ['Professional', PROFESSIONAL], ['Court', COURT],
  ['Reporting', REPORTING], ['Hedge', HEDGE], ['Together', TOGETHER], ['Judgment', JUDGMENT],
  ['WeakJudgment', JUDGMENT_BEFORE_PERSON], ['LabelNoun', LABEL_NOUN], ['Credibility', CREDIBILITY],
  ['Refusal', REFUSAL], ['Absolute', ABSOLUTE], ['NegationWord', NEGATION], ['PersonNoun', PERSON_NOUN], ['State', STATE],
  ['CommandVerb', COMMANDS.plain], ['AmbiguousCommandVerb', COMMANDS.ambiguous], ['LinkVerb', LINK_VERBS],
  ['UnderstandingVerb', UNDERSTANDING_CLASS], ['MindVerb', MIND_VERBS], ['MindAdverb', MIND_ADVERBS],
  ['Certainty', CERTAINTY_ADVERBS], ['HiddenState', HIDDEN_STATE_ADVERBS], ['InnerState', NEGATIVE_STATES], ['PrivateState', PRIVATE_STATES],
  ['Feeling', FEELINGS], ['ReasonState', [...FEELINGS, ...BELIEFS]], ['PresentLink', PRESENT_LINKS], ['Because', REASON_OPENERS], ['Conditional', CONDITIONAL_OPENERS],
  ['Document', DOCUMENT_NOUNS], ['InnerMatter', INNER_MATTERS], ['Resentment', RESENTMENT_VERBS], ['Burden', BURDEN_NOUNS],
  ['PurposeGoal', PURPOSE_GOALS], ['MotiveNoun', MOTIVE_NOUNS], ['NoIdea', UNAWARE], ['BlindSpot', BLIND_SPOTS],
  ...(PHRASE_LISTS as Array<[OwnTag, string[]]>),
];

const COMMAND_WORDS = {
  plain: new Set(COMMANDS.plain),
  ambiguous: new Set(COMMANDS.ambiguous),
  secondPerson: new Set(SECOND_PERSON),
  subjectAfter: new Set(SUBJECT_AFTER),
  confirmAfter: new Set(CONFIRM_AFTER),
  isVerb: isCommandVerb,
  negation: NEGATIVE_IMPERATIVE,
  coordinators: COORDINATORS,
  joiners: COORDINATORS,
  ownOrder: joinedOwnOrder(new Set(COMMANDS.plain)),
};

/** Hook words for a tag, for rule hooks that name one. */
export const englishHookWords = hookWordsOf(LISTS);

const LEXICON = tagsByWord(LISTS, (word) => word);

const SPEECH = new Set([...REPORTING, ...VIEW_VERBS]);
const VIEW_ADJECTIVE = new Set(VIEW_ADJECTIVES);
const QUESTION_VERB = new Set(QUESTION_VERBS);
const OTHER = new Set(OTHER_PARTY);
const BODY = new Set(BODIES);
const YOUNG_WORDS = new Set(YOUNG);
const NAME_LIKE_NOUN = new Set(NAMES_LIKE_NOUNS);
const CONDUCT = new Set(CONDUCT_NOUNS);
const PARENT_WORD = new Set(PARENT);
const WRITER = new Set(['i', 'we']);
const WRITER_VOICE = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
/** Hedge words that hedge only when the writer speaks: "I notice", "my impression"; not "at short notice". */
const WRITER_HEDGE = new Set([
  'notice', 'noticed', 'sense', 'guess', 'suspect', 'experience', 'experienced', 'think', 'wonder', 'wondered', 'impression',
  'interpretation', 'hypothesis',
]);
/** Verbs after which a wh-word opens an indirect question ("I asked mum what she needs"). */
const ASKING = new Set(['asked', 'asks', 'ask', 'wondered', 'wonders', 'wonder', 'discussed', 'explored', 'checked', 'know', 'knows']);
const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whether', 'if']);
const THIRD_PERSON = new Set(['she', 'he', 'they']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'get', 'got', 'gets']);
/** Words that may stand between a subject's determiner and the family noun ("both", "the young"). */
const NOUN_PHRASE_START = new Set([
  'the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'both', 'all', 'each', 'either', 'neither', 'this',
  'these', 'those', 'young', 'new', 'birth', 'biological', 'former', 'own',
]);
/** Conjunctions that end a reported clause: what follows is the writer's own voice again. */
const CLAUSE_BREAK = new Set(['but', 'although', 'though', 'whereas', 'however', 'yet', 'while']);
/** Suffixes of common nouns compromise does not know; a capitalised unknown word without them may be a name. */
const NOUN_SUFFIX = /(tion|sion|ment|ness|ity|ance|ence|ing|ery|ry|ism|ship|age|al|apy|ogy|ics|ure|cy)$/;

type Term = CompromiseTerm;

/** Labels of more than one word, by their words: "wild child", "nasty piece of work", "highly strung". */
const LABEL_PHRASES = new Map<string, string[][]>();
for (const label of [...LABEL_NOUN, ...JUDGMENT, ...JUDGMENT_BEFORE_PERSON]) {
  if (!label.includes(' ')) continue;
  const words = label.split(' ');
  LABEL_PHRASES.set(words[0]!, [...(LABEL_PHRASES.get(words[0]!) ?? []), words]);
}

/**
 * A label of several words is one word for the rules: its first words are no adjective or
 * adverb of their own ("a wild | child", "highly | strung" were found as two labels), so a
 * pattern underlines the whole label once.
 */
function joinLabelPhrases(terms: Term[]): void {
  for (let index = 0; index + 1 < terms.length; index++) {
    for (const words of LABEL_PHRASES.get(terms[index]!.normal) ?? []) {
      if (!words.every((word, offset) => terms[index + offset]?.normal === word && (offset === words.length - 1 || !/[,;:]/.test(terms[index + offset]!.post)))) continue;
      const last = terms[index + words.length - 1]!;
      for (const term of terms.slice(index, index + words.length - 1)) {
        for (const tag of ['Adjective', 'Adverb', 'Judgment', 'WeakJudgment']) if (!last.tags.has(tag)) term.tags.delete(tag);
        // "a soft | touch": the first words of a noun are the noun's.
        if (last.tags.has('Noun')) term.tags.add('Noun');
        term.tags.add('JoinedLabel');
      }
      index += words.length - 1;
      break;
    }
  }
}

/** Finite auxiliaries: after a family noun they are its verb, never part of a compound. */
const FINITE_AUXILIARY = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'must']);

/** Our verb tags: compromise sometimes reads "refuses" or "claims" as a plural noun. */
const VERB_LIKE = ['Refusal', 'Credibility', 'Reporting', 'Obligation', 'Absolute', 'Hedge'];

const COMPROMISE_LEXICON = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

/** "she's", "Dad's", "they've" before compromise's silent expansion term: the word without its contraction. */
function wordOf(terms: Term[], index: number): string {
  const term = terms[index]!;
  const next = terms[index + 1];
  if (next && next.text === '') {
    const stem = /^(.+?)['’](s|ve|ll|d|re|m)$/.exec(term.normal);
    if (stem?.[1]) return stem[1];
  }
  return term.normal;
}

/** A young person named by age: "15-year-old", "two-year-olds" (not "a 15-year-old boy": there the noun is the person). */
const AGE_NOUN = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-years?-olds?$/;

/** Titles before a family member's surname. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss']);

const ENGLISH_PHRASES = compilePhrases(LISTS, (word) => word.toLowerCase(), PARENT);

/** Who agreed, after "agreed by": only professionals ("the team", "the professionals", "panel"), no parent. */
function agreedAmongProfessionals(terms: Term[], from: number): boolean {
  let at = from;
  if (terms[at]?.normal === 'the') at++;
  const agent = terms[at];
  if (!agent || !(PROFESSIONALS_WHO_AGREE.has(agent.normal) || agent.tags.has('Professional'))) return false;
  // "agreed by the team and mum": the parent was part of it.
  const rest = terms.slice(at + 1, at + 4);
  return !rest.some((term) => term.tags.has('Parent') || term.tags.has('Family'));
}

// The first word of who agreed: "the core group", "the strategy meeting", "the professional network" as well.
const PROFESSIONALS_WHO_AGREE = new Set(['team', 'professionals', 'panel', 'conference', 'network', 'agencies', 'managers', 'management', 'core', 'strategy', 'multi-agency', 'professional']);

function tagFromLexicon(terms: Term[]): void {
  tagPhrases(terms, ENGLISH_PHRASES);
  for (const [index, term] of terms.entries()) {
    for (const tag of LEXICON.get(wordOf(terms, index)) ?? []) term.tags.add(tag);
    // "in Kelly's sole care", "the care plan": the noun, not the verb of caring or understanding.
    // ("has no (real) bond", "no grasp of" stay: there the noun is what is denied of the person.)
    const denied = [terms[index - 1], terms[index - 2]].some((before) => before?.normal === 'no' || before?.normal === 'any');
    if (term.tags.has('UnderstandingVerb') && term.tags.has('Noun') && !term.tags.has('Verb') && !denied) term.tags.delete('UnderstandingVerb');
    // "below the agreed level", "at the agreed times": what was agreed earlier is the yardstick
    // of this sentence's duty, not an agreement made in it.
    const nextTerm = terms[index + 1];
    if (term.normal === 'agreed' && terms[index - 1]?.normal === 'the' && nextTerm?.tags.has('Noun') && !nextTerm.tags.has('Pronoun') && !/[,;:]/.test(term.post)) term.tags.delete('Together');
    // "As agreed by the team, mum is expected to ...": agreed among the professionals, without the parent.
    if (term.normal === 'agreed' && nextTerm?.normal === 'by' && agreedAmongProfessionals(terms, index + 2)) term.tags.delete('Together');
    // compromise recognises names ("Kate", "Mr Miller"); in a case note they are the people it is about.
    if (term.tags.has('Person') && !term.tags.has('Pronoun')) term.tags.add('Parent');
    // "Dad refuses to come", "Mother claims that…": a verb, whatever compromise guessed.
    const following = terms[index + 1]?.normal;
    if ((term.tags.has('Refusal') || term.tags.has('Credibility')) && term.tags.has('Noun') && /s$/.test(term.normal) && (following === 'to' || following === 'that')) {
      term.tags.delete('Noun');
      term.tags.delete('Plural');
      term.tags.add('Verb');
      term.tags.add('PresentTense');
    }
    // A capitalised word compromise does not know, in the middle of a sentence and not after
    // "the", is a name too ("Sanne", "Okafor").
    const previous = terms[index - 1];
    if (
      // (Not half of a hyphenated word: "Wi-Fi", "Self-centred".)
      previous && term.tags.has('ProperNoun') && /^[A-Z][a-z]/.test(term.text) && previous.normal !== 'the' && !term.tags.has('Hyphenated') &&
      !(terms[index + 1]?.tags.has('Noun') && !terms[index + 1]?.tags.has('ProperNoun') && !terms[index + 1]?.tags.has('Pronoun')) &&
      !['Organization', 'Place', 'Date', 'Acronym', 'Demonym', 'Month', 'WeekDay', 'Holiday'].some((tag) => term.tags.has(tag))
    ) {
      term.tags.add('Parent');
    }
    // "she is entitled to bring an advocate": a right, not the label "entitled".
    if (RIGHT_BEFORE_TO.has(term.normal) && nextTerm?.normal === 'to') term.tags.delete('Judgment');
    // "Children: Jack (8), Isla (4)": a capitalised word before a bracketed age is a name, not a verb.
    if (/^[A-Z][a-z]/.test(term.text) && /\(\s*$/.test(nextTerm?.pre ?? '') && nextTerm?.tags.has('NumericValue')) {
      for (const verbTag of ['Verb', 'Infinitive', 'PresentTense', 'Imperative']) term.tags.delete(verbTag);
      term.tags.add('Noun');
      term.tags.add('Parent');
    }
    // "Mr Hill", "Ms Lane": after a title a capitalised word is a name, whatever else it means.
    if (previous && TITLES.has(previous.normal) && /^[A-Z][a-z]/.test(term.text)) term.tags.add('Parent');
    // The first word: a capitalised word compromise does not know, followed by a verb, is most likely a name.
    if (
      index === 0 && /^[A-Z][a-z]+$/.test(term.text) && !Object.hasOwn(COMPROMISE_LEXICON, term.normal) && !LEXICON.has(term.normal) &&
      !NOUN_SUFFIX.test(term.normal) && term.tags.has('Noun') && !term.tags.has('Plural') &&
      terms[1]?.tags.has('Verb') && !terms[1]?.tags.has('Gerund')
    ) {
      term.tags.add('Parent');
    }
    // "F is ...", "M & F say ...": case notes shorten mother and father to M and F; a lone
    // capital M or F before a verb, or joined to the other, is one of them.
    if (/^[MF]&[MF]$/.test(term.text)) term.tags.add('Parent');
    if (/^[MF]$/.test(term.text) && (['Verb', 'Modal', 'Copula', 'Finite'].some((tag) => terms[index + 1]?.tags.has(tag)) || /^(needs|has|had|wants|says|said|told|refuses|agreed|feels)$/.test(terms[index + 1]?.normal ?? '') || (/^(&|and)$/.test(terms[index + 1]?.text ?? term.post.trim()) && /^[MF]$/.test(terms[index + 2]?.text ?? terms[index + 1]?.text ?? '')))) {
      term.tags.add('Parent');
    }
    // "The Bakers have ...", "the Kellys are ...": a family by its surname.
    if (previous?.normal === 'the' && term.tags.has('ProperNoun') && /^[A-Z][a-z]+s$/.test(term.text) && ['Verb', 'Modal', 'Copula'].some((tag) => terms[index + 1]?.tags.has(tag)) &&
      !['Organization', 'Place', 'Demonym'].some((tag) => term.tags.has(tag))) {
      term.tags.add('Family');
    }
    // (Not "Jade: continue weekly visits": a name before a colon may be anyone's, the writer's colleague too.)
    if (index === 0 && NAME_LIKE_NOUN.has(term.normal) && /^[A-Z][a-z]+$/.test(term.text) && !/[:,;]/.test(term.post) && ['Verb', 'Modal', 'Copula'].some((tag) => terms[1]?.tags.has(tag))) {
      term.tags.add('Parent');
    }
    if (previous && YOUNG_WORDS.has(previous.normal) && (term.normal === 'person' || term.normal === 'people')) {
      previous.tags.add('Parent');
      term.tags.add('Parent');
    }
  }
  // "I notice", "my impression", "I wonder": a hedge only in the writer's own voice ("at short notice" is none).
  for (const [index, term] of terms.entries()) {
    if (!term.tags.has('Hedge') || !WRITER_HEDGE.has(term.normal)) continue;
    const from = Math.max(0, index - 3);
    const near = terms.slice(from, index + 3).map((other, at) => (from + at === index ? '' : other.normal));
    if (!near.some((word) => WRITER_VOICE.has(word))) term.tags.delete('Hedge');
  }
  // compromise splits hyphenated words ("non-compliant" → "non", "compliant"); look the whole word up.
  for (let start = 0; start < terms.length; start++) {
    if (!terms[start]!.tags.has('Hyphenated') || !/-$/.test(terms[start]!.post.trim())) continue;
    let end = start;
    while (end + 1 < terms.length && /-$/.test(terms[end]!.post.trim()) && terms[end + 1]!.tags.has('Hyphenated')) end++;
    const parts = terms.slice(start, end + 1);
    const word = parts.map((part) => part.normal).join('-');
    for (const tag of LEXICON.get(word) ?? []) for (const part of parts) part.tags.add(tag);
    // "the 15-year-old", "her two-year-old": a child of the family, named by age.
    if (AGE_NOUN.test(word) && !terms[end + 1]?.tags.has('Noun')) for (const part of parts) part.tags.add('Family');
    start = end;
  }
  // …and the same words written apart ("attention seeking", "non compliant").
  for (let index = 0; index + 1 < terms.length; index++) {
    const [first, second] = [terms[index]!, terms[index + 1]!];
    if (/[,;:]/.test(first.post)) continue;
    for (const tag of LEXICON.get(`${first.normal}-${second.normal}`) ?? []) {
      first.tags.add(tag);
      second.tags.add(tag);
    }
  }
}

const MODAL_OBLIGATION = new Set(['must', 'should', 'ought', 'required', 'obliged', 'forbidden', 'prohibited', 'shall']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
/** "is to blame", "is to be expected": "be to" that states no duty. */
const NOT_A_DUTY_AFTER_TO = new Set(['blame', 'expected', 'thank', 'credit', 'believed', 'trusted', 'seen', 'found']);
const TO_OBLIGATION = new Set(['has', 'have', 'had', 'having', 'need', 'needs', 'needed', 'got']);

/** #Obligation on the word that carries a duty: "must", "has (got) to", "needs to", "is required", "not allowed". */
function markObligations(terms: Term[]): void {
  for (const [index, term] of terms.entries()) {
    const next = terms[index + 1]?.normal;
    const previous = terms[index - 1];
    // "Should mum want support, ...": "should" that opens the sentence before its subject makes a condition (or a question).
    if (term.normal === 'should' && index === 0 && !/[,;:]/.test(term.post)) continue;
    if (MODAL_OBLIGATION.has(term.normal)) term.tags.add('Obligation');
    else if (TO_OBLIGATION.has(term.normal) && next === 'to') term.tags.add('Obligation');
    else if ((term.normal === 'has' || term.normal === 'have') && next === 'got' && terms[index + 2]?.normal === 'to') term.tags.add('Obligation');
    else if (term.normal === 'allowed' && previous && (previous.normal === 'not' || previous.tags.has('Negative'))) term.tags.add('Obligation');
    // "Grandma is to supervise all contact", "Ellie-Mae is to be in bed by 8pm": "be to" + verb is a duty.
    else if (BE_FORMS.has(term.normal) && next === 'to' && isDutyVerb(terms[index + 2], terms[index + 3]) && !parentheticalOrExclamative(terms, index)) term.tags.add('Obligation');
    // "Mum is under an obligation to tell us ...".
    else if (term.normal === 'obligation' && next === 'to' && terms.slice(Math.max(0, index - 2), index).some((word) => word.normal === 'under')) term.tags.add('Obligation');
  }
}

/**
 * "Dad's account is, to put it mildly, ...", "Kai is, to be honest, ...": a "to" after a comma
 * opens an aside. "how lucky she is to have her mother": after "how", "is to" is no duty.
 */
function parentheticalOrExclamative(terms: Term[], be: number): boolean {
  if (/[,;:(—–]/.test(terms[be]!.post)) return true;
  return terms.slice(Math.max(0, be - 4), be).some((term) => term.normal === 'how');
}

function isDutyVerb(verb: Term | undefined, after: Term | undefined): boolean {
  if (!verb || NOT_A_DUTY_AFTER_TO.has(verb.normal) || (verb.normal === 'be' && NOT_A_DUTY_AFTER_TO.has(after?.normal ?? ''))) return false;
  return verb.normal === 'be' || verb.tags.has('Verb') || verb.tags.has('Infinitive');
}

/** Finite verbs and modals: after a relative clause ("Mum, who ..., needs to"), the main clause goes on with one. */
const FINITE_TAGS = ['Modal', 'Auxiliary', 'Copula', 'PresentTense', 'PastTense', 'Obligation'];
function markFinite(terms: Term[]): void {
  for (const term of terms) if (FINITE_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Infinitive') && !term.tags.has('Participle')) term.tags.add('Finite');
}

function endsClause(term: Term): boolean {
  return /[;:—–]|\s-\s/.test(term.post);
}

/** Index of the speaker of the speech word at `index`: the nearest noun or pronoun before it in the clause. */
function speakerOf(terms: Term[], index: number): Term | undefined {
  for (let back = index - 1; back >= 0 && back >= index - 8; back--) {
    const term = terms[back]!;
    if (endsClause(term)) return undefined;
    if (term.tags.has('Noun') || term.tags.has('Pronoun')) return term;
  }
  return undefined;
}

function previousWord(terms: Term[], index: number): Term | undefined {
  for (let back = index - 1; back >= 0; back--) {
    const term = terms[back]!;
    if (term.text === '') continue;
    if (term.tags.has('Adverb') && !term.tags.has('Negative')) continue;
    return term;
  }
  return undefined;
}

/** Where the words of someone other than the writer start, if the term at `index` introduces them. */
/** Phrase classes whose speech verbs are the writer's own words: "needless to say", "tells you everything about her priorities", "will say whatever he tells her". */
const PHRASE_OWN_ASIDE = ['Habit', 'Doubt', 'Motive', 'Deficit'];

/** Determiners before a participle used as an attribute ("a shared calendar"). */
const ATTRIBUTE_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'her', 'his', 'their', 'this', 'that']);

/**
 * Whether the speech verb at `index` stands in a relative clause between commas ("Mr Kaya,
 * who told police he had been drinking, has to ..."): what was said ends with that clause.
 */
function inRelativeClause(terms: Term[], index: number): boolean {
  for (let back = index - 1; back > 0; back--) {
    const term = terms[back]!;
    if (/[,;:]/.test(term.post)) return false;
    if ((term.normal === 'who' || term.normal === 'whose') && /,/.test(terms[back - 1]!.post)) return true;
  }
  return false;
}

function reportedFrom(terms: Term[], index: number): number | null {
  const term = terms[index]!;
  const word = term.normal;
  const next = terms[index + 1];
  if (word === 'according') return next?.normal === 'to' && !WRITER.has(terms[index + 2]?.normal ?? '') && terms[index + 2]?.normal !== 'me' ? index + 1 : null;
  if (word === 'whether') return index + 1;
  if (word === 'if') {
    const before = previousWord(terms, index);
    return before && QUESTION_VERB.has(before.normal) ? index + 1 : null;
  }
  // "I asked mum what she needs": an indirect question asserts nothing, whoever asks it.
  if (ASKING.has(word)) {
    for (let ahead = index + 1; ahead <= index + 4 && ahead < terms.length; ahead++) {
      // "knows (exactly) how to work the system" is a skill the writer asserts, not a question.
      if ((word === 'know' || word === 'knows') && terms[ahead + 1]?.normal === 'to') break;
      if (WH_WORDS.has(terms[ahead]!.normal)) return ahead + 1;
      if (endsClause(terms[ahead]!)) break;
    }
  }
  if (!SPEECH.has(word) && !VIEW_ADJECTIVE.has(word)) return null;
  // "Needless to say", "it goes without saying": the writer's own aside, a phrase of the
  // lexicon (phrases.json), not somebody's speech.
  if (PHRASE_OWN_ASIDE.some((tag) => term.tags.has(tag))) return null;
  const before = previousWord(terms, index);
  // "Dad feels no remorse", "she feels nothing": a feeling with an object is no view she reports.
  if (FELT_VERBS.has(word) && (next?.normal === 'no' || next?.normal === 'nothing')) return null;
  // "Mum feels guilty about ...", "feels threatened by": a feeling said of her, not a view she reports ("feels that ...").
  if (FELT_VERBS.has(word) && next?.tags.has('Feeling')) return null;
  // "Dad feels undermined", "felt attacked": a feeling said of him (markFeltStates), not a view he reports.
  if (FELT_VERBS.has(word) && feltParticipleAt(terms, index) !== null) return null;
  // "a shared calendar", "the stated aim": the verb's participle before a noun names a thing, no one speaks.
  if (before && ATTRIBUTE_DETERMINERS.has(before.normal) && next?.tags.has('Noun') && !next.tags.has('Pronoun')) return null;
  if (VIEW_ADJECTIVE.has(word)) {
    if (!before || !(before.tags.has('Copula') || before.normal === 'feels' || before.normal === 'felt')) return null;
  } else if (before && BE.has(before.normal)) {
    // "father was told that…": he is the one spoken to, not the speaker.
    return null;
  }
  const speaker = speakerOf(terms, index);
  const said = speaker ? wordOf(terms, terms.indexOf(speaker)) : '';
  if (speaker && (WRITER.has(said) || said === 'me' || said === 'us')) return null;
  return index + 1;
}

function markReported(terms: Term[]): void {
  for (let index = 0; index < terms.length; index++) {
    const from = reportedFrom(terms, index);
    if (from === null) continue;
    if (endsClause(terms[index]!) && terms[index]!.normal !== 'according') continue;
    // "Whether she agrees or not, mother must…": a fronted question clause ends at its comma.
    const frontedQuestion = index === 0 && terms[index]!.normal === 'whether';
    const relative = inRelativeClause(terms, index);
    let at = from;
    for (; at < terms.length; at++) {
      const term = terms[at]!;
      if (frontedQuestion && at > from && /,/.test(terms[at - 1]!.post)) break;
      // "..., who told police he had been drinking, has to stay away": the main clause goes on with its verb.
      if (relative && at > from && /,/.test(terms[at - 1]!.post) && term.tags.has('Finite')) break;
      // "... told me that he shouts but that he has never hit her": a second "that" clause is still
      // hers; "..., but that is not enough" (a pronoun before its verb) is the writer's again.
      const secondThat = term.normal === 'but' && terms[at + 1]?.normal === 'that' && !['Verb', 'Copula', 'Modal'].some((tag) => terms[at + 2]?.tags.has(tag));
      if (CLAUSE_BREAK.has(term.normal) && !secondThat) break;
      const previous = terms[at - 1];
      // ", which …", ", so …", "…, and I …": the writer speaks again.
      if (previous && /,/.test(previous.post) && (term.normal === 'which' || term.normal === 'so')) break;
      // "She said the bus was late, a likely story": the writer's aside on what was said.
      if (previous && /,/.test(previous.post) && PHRASE_OWN_ASIDE.some((tag) => term.tags.has(tag))) break;
      if (term.normal === 'and' && WRITER.has(terms[at + 1]?.normal ?? '')) break;
      term.tags.add('Reported');
      addReason(term, 'reported-speech');
      if (endsClause(term)) {
        at++;
        break;
      }
    }
    // Speech inside the reported clause is reported too; nothing new to start there.
    index = Math.max(index, at - 1);
  }
}

/** Speech verbs that close a sentence as its source: "..., she said.", "..., the school says." */
const TAIL_SPEECH = new Set(['said', 'says', 'told', 'tells', 'explained', 'explains', 'reported', 'reports', 'added', 'adds', 'mentioned', 'stated']);
/** Who may be the source of a closing speech tag: a family member or another party, not the writer ("..., I said"). */
const TAIL_SPEAKER = new Set(['she', 'he', 'they']);

/**
 * "Mum has no wish to move again, she said.", "Kai enjoys the attention of his new teacher,
 * the school says.": a speech tag after the last comma makes all before it someone else's
 * words, as "She said that ..." would (markReported reads only tags that open the clause).
 */
function markTrailingSpeech(terms: Term[]): void {
  let comma = -1;
  for (let at = terms.length - 2; at >= Math.max(0, terms.length - 6); at--) {
    if (/,/.test(terms[at]!.post)) {
      comma = at;
      break;
    }
  }
  if (comma < 1) return;
  const tail = terms.slice(comma + 1).filter((term) => term.text !== '');
  let at = 0;
  if (tail[at]?.normal === 'the') at++;
  const speaker = tail[at];
  if (!speaker || !(TAIL_SPEAKER.has(speaker.normal) || speaker.tags.has('Parent') || OTHER.has(speaker.normal))) return;
  const verb = tail[at + 1];
  if (!verb || !TAIL_SPEECH.has(verb.normal)) return;
  const rest = tail.slice(at + 2);
  if (rest.length > 1 || (rest.length === 1 && !['me', 'us'].includes(rest[0]!.normal))) return;
  for (const term of terms.slice(0, comma + 1)) {
    term.tags.add('Reported');
    addReason(term, 'reported-speech-tail');
  }
}

/** Labels that name a right when "to" follows ("is entitled to a review"). */
const RIGHT_BEFORE_TO = new Set(['entitled']);

/** Pronouns that point to one person: "staff" or "the teachers" cannot be what "he" refers to. */
const SINGULAR_PRONOUN = new Set(['she', 'he', 'her', 'his', 'him']);
/** Professional nouns that name a group: after one, "he" or "she" is someone else. */
const GROUP_OF_PROFESSIONALS = new Set(['staff', 'professionals', 'services', 'agencies', 'team', 'workers', 'teachers', 'police']);

/**
 * Whether a professional noun is not who a pronoun can point to: a modifier of the noun after it
 * ("the health visitor appointment", "the school nurse letter"), or a group after "he"/"she".
 */
function notAReferent(terms: Term[], back: number, pronoun: Term): boolean {
  const term = terms[back]!;
  const next = terms[back + 1];
  // (In "the school nurse", "the nursery staff" the first noun is a modifier too: the head decides.)
  const modifier =
    next !== undefined && !/[,;:.]/.test(term.post) && (next.tags.has('Noun') || OTHER.has(next.normal)) &&
    !['Pronoun', 'Parent', 'Family', 'Possessive'].some((tag) => next.tags.has(tag));
  return modifier || (SINGULAR_PRONOUN.has(pronoun.normal) && (GROUP_OF_PROFESSIONALS.has(term.normal) || term.tags.has('Plural')));
}

/** For she/he/they: false when the nearest earlier noun in the sentence is someone outside the family. */
function pronounIsFamily(terms: Term[], index: number): boolean {
  for (let back = index - 1; back >= 0; back--) {
    const term = terms[back]!;
    if (term.tags.has('Pronoun')) continue;
    if (term.tags.has('Parent') || term.tags.has('Family')) return true;
    if (SINGULAR_PRONOUN.has(terms[index]!.normal) && BODY.has(term.normal)) continue;
    if ((term.tags.has('Professional') || OTHER.has(term.normal)) && notAReferent(terms, back, terms[index]!)) continue;
    if (OTHER.has(term.normal) || term.tags.has('Professional') || term.tags.has('Court')) return false;
  }
  return true;
}

/** "(15)", "( 8 )": an age in brackets after a name. */
function isBracketedAge(term: Term | undefined): boolean {
  return term !== undefined && term.tags.has('NumericValue') && /\(\s*$/.test(`${term.pre}${term.text.startsWith('(') ? '(' : ''}`) && /^\(?\d{1,2}\)?$/.test(term.text.trim()) && /\)/.test(`${term.text}${term.post}`);
}

/** A duty opens here: a modal or "has to" ("must", "has to", "may not"), or "is expected/required to". */
function opensDuty(verb: Term | undefined, next: Term | undefined): boolean {
  if (!verb) return false;
  if (verb.tags.has('Obligation') || verb.tags.has('Restriction') || verb.tags.has('Modal')) return true;
  return BE.has(verb.normal) && ['expected', 'required', 'obliged', 'to', 'not'].includes(next?.normal ?? '');
}

function markSubjects(terms: Term[]): void {
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    if (term.tags.has('Reported')) continue;
    if (THIRD_PERSON.has(wordOf(terms, index))) {
      if (pronounIsFamily(terms, index)) {
        term.tags.add('Subject');
        addReason(term, 'pronoun-refers-to-family');
      }
      continue;
    }
    if (!term.tags.has('Parent') && !term.tags.has('Family')) continue;
    let end = index;
    // A title opens a noun phrase of its own: "With his daughter | Mr Sato is ...".
    while (end + 1 < terms.length && (terms[end + 1]!.tags.has('Parent') || terms[end + 1]!.tags.has('Family')) && !terms[end]!.tags.has('Possessive') && !/,/.test(terms[end]!.post) && !TITLES.has(terms[end + 1]!.normal)) end++;
    const run = terms.slice(index, end + 1);
    index = end;
    const last = run[run.length - 1]!;
    // "Mila's eczema", "the parents' evening": the family noun belongs to another noun.
    if (last.tags.has('Possessive') || /['’]$/.test(last.text)) continue;
    // "Sophie (15) must ...": a bracketed age after the person stands outside the clause.
    const ageAfter = isBracketedAge(terms[end + 1]) ? 1 : 0;
    const after = terms[end + 1 + ageAfter];
    // "The YP self-harms ...": a hyphenated verb, split by compromise, is no noun after the person.
    const hyphenatedVerb = after !== undefined && /-$/.test(after.post.trim()) && terms[end + 2]?.tags.has('Verb') === true;
    // "The couple have no interest ...": compromise may read a finite auxiliary as a noun.
    const auxiliaryAfter = after !== undefined && FINITE_AUXILIARY.has(after.normal);
    if (after && !hyphenatedVerb && !auxiliaryAfter && !VERB_LIKE.some((tag) => after.tags.has(tag)) && after.tags.has('Noun') && !after.tags.has('Pronoun') && !after.tags.has('Date') && !after.tags.has('Parent') && !/,/.test(last.post)) continue;
    let before = index - run.length;
    while (before >= 0 && NOUN_PHRASE_START.has(terms[before]!.normal) && !/,/.test(terms[before]!.post)) before--;
    const previous = terms[before];
    // "The mother of Tyler must ...": the person after "of" names whose the subject is, and belongs to its phrase.
    const ofSubject = previous?.normal === 'of' && terms[before - 1]?.tags.has('Subject') === true && !/[,;:]/.test(terms[before - 1]!.post);
    if (previous && !ofSubject && !/[,;:]/.test(previous.post)) {
      // "that Dean is …", "Since Dad keeps failing …": compromise may read a conjunction as a preposition.
      let verbAt = end + 1 + ageAfter;
      // "Since Mum yet again brought …": adverbs may stand before the verb.
      while (verbAt <= end + 2 && ['Adverb', 'Habit', 'Absolute'].some((tag) => terms[verbAt]?.tags.has(tag))) verbAt++;
      const verb = terms[verbAt];
      const verbNext = verb !== undefined && ['Verb', 'Modal', 'Auxiliary', 'Copula'].some((tag) => verb.tags.has(tag)) && !verb.tags.has('Gerund');
      // "Deep down Courtney ...", "Later on dad ...": an adverbial, not a preposition with the person as object.
      const adverbial = ADVERBIAL_PARTICLE.has(`${terms[before - 1]?.normal ?? ''} ${previous.normal}`) && verbNext;
      if (previous.tags.has('Preposition') && !(SUBORDINATORS.has(previous.normal) && verbNext) && !adverbial) continue;
      // "Since the twins were born mum cannot cope": a fronted clause without its comma ends
      // at its verb, and the person with a modal or auxiliary after it opens the main clause.
      const afterFrontedClause = SUBORDINATORS.has(terms[0]!.normal) && verb !== undefined && ['Modal', 'Auxiliary', 'Copula'].some((tag) => verb.tags.has(tag));
      if (previous.tags.has('Verb') && !previous.tags.has('Auxiliary') && !previous.tags.has('Modal') && !previous.tags.has('Copula') && !afterFrontedClause) continue;
    }
    // Before a duty the age belongs to the person's noun phrase, so the duty still follows its
    // subject ("Chloe (15) has to ..."); before a label it stays out, as the label rewrites expect.
    const ageInSubject = ageAfter === 1 && opensDuty(terms[end + 2], terms[end + 3]);
    for (const part of ageInSubject ? [...run, terms[end + 1]!] : run) {
      part.tags.add('Subject');
      addReason(part, 'family-noun-as-subject');
    }
  }
}

const POSSESSIVE_PRONOUN = new Set(['her', 'his', 'their']);

/** Whether the possessive at `at` is a family member's: "Dad's", "Mrs Kaya's", "her" (of a family member). */
function familyPossessive(terms: Term[], at: number): boolean {
  const term = terms[at]!;
  if (POSSESSIVE_PRONOUN.has(term.normal)) return pronounIsFamily(terms, at);
  if (!term.tags.has('Possessive') && !/['’]s?$/.test(term.text)) return false;
  const stem = term.normal.replace(/['’]s?$/, '');
  return PARENT_WORD.has(stem) || term.tags.has('Parent') || (term.tags.has('ProperNoun') && /^[A-Z]/.test(term.text));
}

/**
 * "Dad's behaviour at contact was infantile", "Mum's low mood is just a way of avoiding
 * responsibility": a family member's conduct or state, as the subject of the writer's
 * statement, stands for the person (#Subject on the noun). Only where the possessive opens
 * the clause: not "I spoke about Dad's behaviour".
 */
function markConduct(terms: Term[]): void {
  for (let possessive = 0; possessive < terms.length; possessive++) {
    if (terms[possessive]!.tags.has('Reported') || !familyPossessive(terms, possessive)) continue;
    let at = possessive + 1;
    while (at < possessive + 3 && terms[at]?.tags.has('Adjective') && !CONDUCT.has(terms[at]!.normal)) at++;
    const noun = terms[at];
    if (!noun || !CONDUCT.has(noun.normal)) continue;
    let start = possessive;
    while (start > 0 && (terms[start - 1]!.tags.has('Parent') || TITLES.has(terms[start - 1]!.normal)) && !/[,;:]/.test(terms[start - 1]!.post)) start--;
    const before = terms[start - 1];
    if (before && !/[,;:]/.test(before.post) && !SUBORDINATORS.has(before.normal) && before.normal !== 'and' && before.normal !== 'but') continue;
    noun.tags.add('Subject');
    addReason(noun, 'conduct-of-person');
  }
}

const COORDINATING = new Set(['and', 'but']);
/** Adverbs that may stand between "and" and its verb: "and clearly has", "and only turns up". */
const isAdverbial = (term: Term | undefined) => term !== undefined && (term.tags.has('Adverb') || term.tags.has('Negative'));

/**
 * #CoSubject on an "and"/"but" that opens a second verb phrase of a family member's clause:
 * "He is bone idle [and] has zero motivation", "Mum was cagey [and] evidently has something to
 * hide". The nearest subject before it must be the family member's: not "Dad shouted and I
 * left", not "Mum said the school rang and is ..." (another noun with its own verb).
 */
function markCoordinatedSubjects(terms: Term[]): void {
  for (let index = 1; index < terms.length - 1; index++) {
    const term = terms[index]!;
    if (!COORDINATING.has(term.normal) || term.tags.has('Reported')) continue;
    let verbAt = index + 1;
    while (verbAt < index + 3 && isAdverbial(terms[verbAt]) && !terms[verbAt]!.tags.has('Finite')) verbAt++;
    const verb = terms[verbAt];
    if (!verb || !(verb.tags.has('Finite') || verb.tags.has('Verb')) || verb.tags.has('Gerund') || verb.tags.has('Participle') || verb.tags.has('Reported')) continue;
    // "has", "is", "does", "-s": a verb the writer's "I"/"we" cannot be the subject of ("... when I asked about X and evidently has ...").
    const thirdPerson = ['has', 'is', 'does'].includes(verb.normal) || (verb.tags.has('PresentTense') && /[^s]s$/.test(verb.normal));
    // A bare verb may belong to a modal or a "to" before it ("must keep ... and never leave"), not to the subject.
    const bare = !verb.tags.has('Finite');
    for (let back = index - 1; back >= 0; back--) {
      const before = terms[back]!;
      if (bare && (before.tags.has('Modal') || before.tags.has('Obligation') || before.normal === 'to')) break;
      if (before.tags.has('Subject')) {
        term.tags.add('CoSubject');
        addReason(term, 'coordinated-verb-of-person');
        break;
      }
      if (thirdPerson && WRITER.has(before.normal)) continue;
      if (before.tags.has('Professional') || before.tags.has('Reported') || before.tags.has('Court')) break;
      const ownVerb = terms[back + 1];
      if ((before.tags.has('Noun') || before.tags.has('Pronoun')) && !before.tags.has('Possessive') && ownVerb?.tags.has('Finite') && back + 1 < index) break;
    }
  }
}

/** Fronted adverbials that end in a word compromise reads as a preposition: "Deep down Courtney doesn't ...". */
const ADVERBIAL_PARTICLE = new Set(['deep down', 'later on', 'early on', 'all along', 'then on', 'round about']);

const OBJECT_PRONOUN = new Set(['her', 'him', 'them']);
/** Conjunctions compromise may tag as prepositions: after them a family member with a verb is a subject. */
const SUBORDINATORS = new Set(['that', 'since', 'as', 'because', 'when', 'while', 'whilst', 'until', 'after', 'before', 'once', 'unless', 'though', 'although']);
const FAMILY_DETERMINER = new Set(['the', 'both', 'her', 'his', 'their', 'my', 'our', 'young', 'foster']);

/** #FamilyRef: a family member in any position, with its determiner: "her", "the parents", "his mother". */
function markFamilyReferences(terms: Term[]): void {
  for (const term of terms) {
    if (term.tags.has('Parent') || term.tags.has('Family') || OBJECT_PRONOUN.has(term.normal)) term.tags.add('FamilyRef');
  }
  for (let index = terms.length - 2; index >= 0; index--) {
    const term = terms[index]!;
    if (FAMILY_DETERMINER.has(term.normal) && terms[index + 1]!.tags.has('FamilyRef') && !OBJECT_PRONOUN.has(terms[index + 1]!.normal)) {
      term.tags.add('FamilyRef');
    }
  }
}

/** Verbs with which the writer directs a family member: "I instructed mum to …", "we require both parents to …". */
const DIRECTING = new Set(['told', 'instructed', 'ordered', 'directed', 'warned', 'urged', 'commanded', 'required', 'require', 'requires', 'demanded']);
/** Of these, the ones that order whatever their "that" clause says: "I instructed the parents that Amira is to …". */
const DIRECTING_THAT = new Set(['instructed', 'ordered', 'directed', 'warned', 'demanded', 'insist', 'insisted', 'insists']);
/** Verbs whose "that" clause is an order when it names the person who is to act: "we insist that Mr Ali attend". */
const DEMANDING = new Set(['insist', 'insisted', 'insists', 'demanded', 'demand']);
/** The same verbs in the passive, said of a family member: "Dad was told to …", "Mum has been warned that …". */
const DIRECTED = new Set(['told', 'instructed', 'ordered', 'directed', 'warned', 'reminded', 'informed']);
/** Words between the writer and the verb ("I have also told", "we now insist") or after the verb ("told firmly"). */
const BESIDE_VERB = new Set(['have', 'has', 'had', 'also', 'then', 'again', 'now', 'today', 'clearly', 'firmly', 'explicitly', 'repeatedly', 'already', 'once', 'more', 'both']);
/** Determiners and words before the person addressed: "the (hostile) grandmother", "both parents". */
const ADDRESSEE_START = new Set(['the', 'both', 'her', 'his', 'their', 'all', 'each', 'either']);
/** Words in the content of a "that" clause that make it an order: a duty, a ban, or what will happen otherwise. */
const BAN = new Set(['may', 'cannot', "can't", 'mustn’t', "mustn't"]);

const isPersonWord = (term: Term | undefined) =>
  term !== undefined && (term.tags.has('Parent') || term.tags.has('Family') || OBJECT_PRONOUN.has(term.normal) || THIRD_PERSON.has(term.normal)) && !term.tags.has('Professional');

/** The index after a family member named from `at` on ("the stroppy 15-year-old", "Dad, a known troublemaker,"), or -1. */
function afterAddressee(terms: Term[], at: number): number {
  let index = at;
  while (index < terms.length && ADDRESSEE_START.has(terms[index]!.normal) && !/,/.test(terms[index]!.post)) index++;
  for (let adjectives = 0; adjectives < 3 && index < terms.length && !isPersonWord(terms[index]); adjectives++) {
    const term = terms[index]!;
    if (!['Adjective', 'Judgment', 'WeakJudgment', 'Possessive'].some((tag) => term.tags.has(tag)) || /,/.test(term.post)) return -1;
    index++;
  }
  if (!isPersonWord(terms[index])) return -1;
  while (index + 1 < terms.length && isPersonWord(terms[index + 1]) && !/,/.test(terms[index]!.post)) index++;
  // "Dad, a known troublemaker, …": an apposition between commas belongs to the person.
  if (/,/.test(terms[index]!.post)) {
    for (let ahead = index + 1; ahead < terms.length && ahead <= index + 6; ahead++) {
      if (/[;:]/.test(terms[ahead]!.post)) return -1;
      if (/,/.test(terms[ahead]!.post)) return ahead + 1;
    }
    return -1;
  }
  return index + 1;
}

/** Whether the clause from `at` on holds a duty, a ban or a threat: "that she may not smoke", "that if this happens again contact will end". */
function ordersFrom(terms: Term[], at: number): boolean {
  const window = terms.slice(at, at + 10);
  for (const [offset, term] of window.entries()) {
    if (offset > 0 && /[;:]/.test(window[offset - 1]!.post)) return false;
    if (term.tags.has('Obligation')) return true;
    const next = window[offset + 1]?.normal;
    if (BAN.has(term.normal) && (next === 'not' || term.normal !== 'may')) return true;
    if (BE_FORMS.has(term.normal) && next === 'not' && window[offset + 2]?.normal === 'to') return true;
    if ((term.normal === 'not' || term.normal === 'no') && (next === 'allowed' || next === 'permitted' || next === 'longer')) return true;
  }
  // "… that if this happens again, contact will be ended": a consequence the writer sets.
  return window[0]?.normal === 'if' && window.some((term) => term.normal === 'will' || term.normal === 'would');
}

/** "I have not told …", "At no point have I told …", "Mum was never told …": no order given. */
function negatedBefore(terms: Term[], index: number): boolean {
  for (let back = index - 1; back >= 0 && !/[,;:]/.test(terms[back]!.post); back--) {
    const term = terms[back]!;
    if (term.tags.has('Negative') || term.normal === 'not' || term.normal === 'never' || term.normal === 'no') return true;
  }
  return false;
}

/** A family member opens the clause from `at` on ("that Kyle's stepfather is …", "that mum show me …"). */
function personOpens(terms: Term[], at: number): boolean {
  let index = at;
  while (index < terms.length && (ADDRESSEE_START.has(terms[index]!.normal) || (terms[index]!.tags.has('Adjective') && !isPersonWord(terms[index])))) index++;
  return isPersonWord(terms[index]);
}

/**
 * #Instruction on the verb with which the writer orders a family member about, in the
 * constructions the patterns of en-instruction do not reach: the writer as subject ("I
 * instructed the hostile grandmother to leave", "We require both parents to undertake …",
 * "I demanded that Mr Popescu hand over the key", "I have told Mum that she may not smoke"),
 * a family member as the subject of the passive ("Dad was told in no uncertain terms to …",
 * "Mum has been warned that …", "He was told that if this happens again …"), and "is
 * under instruction to". Not in someone else's words, not negated, not with another agent
 * ("was told by the GP").
 */
function markInstructions(terms: Term[]): void {
  for (const [index, term] of terms.entries()) {
    if (term.tags.has('Reported')) continue;
    const word = term.normal;
    // "Dad is under instruction to keep Milo away": the instruction as a state.
    if ((word === 'instruction' || word === 'instructions' || word === 'orders') && terms[index - 1]?.normal === 'under' && terms[index + 1]?.normal === 'to') {
      const before = terms.slice(Math.max(0, index - 5), index - 1);
      if (before.some((other) => other.tags.has('Subject'))) term.tags.add('Instruction');
      continue;
    }
    if (!DIRECTING.has(word) && !DIRECTED.has(word) && !DEMANDING.has(word)) continue;
    let back = index - 1;
    while (back >= 0 && BESIDE_VERB.has(terms[back]!.normal) && !/[,;:]/.test(terms[back]!.post)) back--;
    const before = terms[back];
    if (!before || negatedBefore(terms, index)) continue;
    let after = index + 1;
    // "told in no uncertain terms", "told firmly", "warned again".
    if (terms[after]?.normal === 'in' && terms[after + 1]?.normal === 'no' && terms[after + 2]?.normal === 'uncertain' && terms[after + 3]?.normal === 'terms') after += 4;
    while (after < terms.length && BESIDE_VERB.has(terms[after]!.normal) && terms[after]!.tags.has('Adverb')) after++;
    const next = terms[after];
    const writer = WRITER.has(before.normal) || (before.tags.has('Professional') && !(terms[back - 1] && OTHER.has(terms[back - 1]!.normal)));
    if (writer && (DIRECTING.has(word) || DEMANDING.has(word))) {
      // "… that Mr Popescu hand over …", "… insist that Kyle's stepfather is not present".
      if (next?.normal === 'that' && DEMANDING.has(word)) {
        if (personOpens(terms, after + 1)) term.tags.add('Instruction');
        continue;
      }
      const end = afterAddressee(terms, after);
      if (end < 0) continue;
      const then = terms[end];
      if (!then) continue;
      if (then.normal === 'to' || (then.normal === 'not' && terms[end + 1]?.normal === 'to')) {
        if (!DEMANDING.has(word)) term.tags.add('Instruction');
      } else if (then.normal === 'that') {
        // "I told Mum that she may not smoke": an order to her; "I told Kelly that Dean is not to come" is about someone else.
        if (DIRECTING_THAT.has(word) || (THIRD_PERSON.has(terms[end + 1]?.normal ?? '') && ordersFrom(terms, end + 1))) term.tags.add('Instruction');
      } else if (THIRD_PERSON.has(then.normal) && word === 'told' && ordersFrom(terms, end + 1)) {
        term.tags.add('Instruction');
      }
      continue;
    }
    // The passive, of a family member: "Dad was told …", "Parents have been warned …".
    if (!DIRECTED.has(word) || !BE.has(before.normal) || before.normal === 'get' || before.normal === 'gets' || before.normal === 'got') continue;
    const subject = terms.slice(Math.max(0, back - 5), back).reverse().find((other) => other.tags.has('Subject') || other.tags.has('Professional') || other.normal === 'i' || other.normal === 'we');
    if (!subject?.tags.has('Subject')) continue;
    if (!next) continue;
    const firm = after - index > 1;
    if (next.normal === 'by') {
      // "was told by me to …": the writer's own order; "was told by the GP" is the GP's.
      if (['me', 'us'].includes(terms[after + 1]?.normal ?? '') && ['to', 'not', 'that'].includes(terms[after + 2]?.normal ?? '')) term.tags.add('Instruction');
      continue;
    }
    if (next.normal === 'to' || (next.normal === 'not' && terms[after + 1]?.normal === 'to')) {
      if (word !== 'informed' && word !== 'reminded') term.tags.add('Instruction');
    } else if (next.normal === 'that') {
      // A duty in what they were told is a finding of its own ("… that she must …"); a warning or a threat is the order.
      if (word === 'warned' || firm || (terms[after + 1]?.normal === 'if' && ordersFrom(terms, after + 1))) term.tags.add('Instruction');
    } else if (THIRD_PERSON.has(next.normal) && ordersFrom(terms, after + 1)) {
      term.tags.add('Instruction');
    }
  }
}

/** After "may not", verbs that make it a guess, not a ban: "she may not know", "he may not want to". */
const MAY_NOT_GUESS = new Set([
  'be', 'know', 'realise', 'realize', 'remember', 'understand', 'want', 'like', 'feel', 'agree', 'need', 'wish', 'recall',
  'notice', 'mean', 'seem', 'appear', 'get', 'cope', 'manage', 'hear', 'recognise', 'recognize', 'care', 'think', 'believe', 'mind',
]);
const BAN_PARTICIPLES = new Set(['allowed', 'permitted']);
const BARRED = new Set(['banned', 'barred', 'prohibited', 'forbidden']);

/**
 * #Restriction on the words of a ban or a limit a family member is put under, whatever
 * stands between them and their subject ("Mum, who …, may not attend", "The parents, who
 * are frankly reckless, must not leave …"): "must not", "mustn't", "may not / never / no
 * longer" (not "may not know": a guess), "is not to", "is not / no longer / only allowed",
 * "will not be permitted", "is banned from", "may only see". Whose subject it is, the
 * clause rule en-restriction-clause checks.
 */
function markRestrictions(terms: Term[]): void {
  const tag = (from: number, to: number) => {
    for (let at = from; at <= to; at++) terms[at]!.tags.add('Restriction');
  };
  const word = (at: number) => terms[at]?.normal ?? '';
  // "not", "never", "no longer", "n't" after `at`: the index of its last word, or -1.
  const negationAfter = (at: number) => {
    if (word(at + 1) === 'not' || word(at + 1) === 'never' || (terms[at + 1]?.text === '' && terms[at + 1]?.tags.has('Negative'))) return at + 1;
    if (word(at + 1) === 'no' && word(at + 2) === 'longer') return at + 2;
    return -1;
  };
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    if (term.tags.has('Reported')) continue;
    const normal = term.normal;
    if (normal === 'must' || normal === "mustn't" || normal === 'mustn’t') {
      const end = normal === 'must' ? negationAfter(index) : index + (terms[index + 1]?.text === '' ? 1 : 0);
      // Not "must not have been", "must never have known": a conclusion about the past.
      if (end >= 0 && word(end + 1) !== 'have') tag(index, end);
      continue;
    }
    if (normal === 'may') {
      const end = negationAfter(index);
      if (end >= 0) {
        const verb = word(end + 1);
        const guess = MAY_NOT_GUESS.has(verb) || (verb === 'have' && (terms[end + 2]?.tags.has('PastTense') || terms[end + 2]?.tags.has('Participle') || word(end + 2) === 'been'));
        if (!guess && terms[end + 1]?.tags.has('Verb')) tag(index, end);
      } else if (word(index + 1) === 'only' && terms[index + 2]?.tags.has('Verb') && !MAY_NOT_GUESS.has(word(index + 2))) tag(index, index + 1);
      continue;
    }
    if (BE_FORMS.has(normal) || normal === "isn't" || normal === "aren't" || normal === 'will' || normal === 'would') {
      let at = index;
      const neg = negationAfter(at);
      const limited = neg < 0 && word(at + 1) === 'only';
      if (neg >= 0) at = neg;
      else if (limited) at++;
      if ((normal === 'will' || normal === 'would')) {
        if (neg < 0 && !limited) continue;
        if (word(at + 1) !== 'be') continue;
        at++;
      }
      // "is not to use", "are not to return".
      if (neg >= 0 && BE_FORMS.has(normal) && word(at + 1) === 'to' && terms[at + 2]?.tags.has('Verb') && !NOT_A_DUTY_AFTER_TO.has(word(at + 2))) {
        tag(index, at + 1);
        continue;
      }
      // "is not allowed (to)", "is only allowed supervised contact", "will not be permitted to".
      if ((neg >= 0 || limited) && BAN_PARTICIPLES.has(word(at + 1)) && !['in', 'on', 'at', 'into', 'near', 'inside'].includes(word(at + 2))) {
        tag(index, at + 1);
        continue;
      }
      // "is banned from the property".
      if (neg < 0 && !limited && BARRED.has(word(at + 1)) && word(at + 2) === 'from') tag(index, at + 1);
    }
  }
  // "Mum, who becomes hysterical, may not attend": a "may" that restricts is permission, not the writer's hedge.
  for (const term of terms) if (term.normal === 'may' && term.tags.has('Restriction')) term.tags.delete('Hedge');
}

/** Verbs of refusing and failing; and what may stand between "failed" and its "to" ("failed yet again to"). */
const REFUSING = new Set(['refuses', 'refused', 'refuse', 'refusing']);
const DECLINED = new Set(['declined', 'declines', 'decline', 'declining']);
/** Words that make a plain "declined" blunt: "declined point-blank", "flatly declined". */
const BLUNTLY = new Set(['point-blank', 'flatly', 'outright', 'categorically', 'bluntly', 'curtly']);
const FAILING = new Set(['fails', 'failed', 'fail', 'failing', 'neglected', 'neglects', 'neglect', 'neglecting']);
const FAILED_THEN = new Set(['yet', 'again', 'once', 'more', 'repeatedly', 'consistently', 'persistently', 'still', 'also', 'simply', 'completely', 'totally']);
/** After "failed to": an ability or a result, not a duty left undone ("failed to see", "failed to get a place"). */
const FAILED_NOT_DUTY = new Set([
  'see', 'understand', 'grasp', 'realise', 'realize', 'recognise', 'recognize', 'appreciate', 'get', 'obtain', 'secure', 'pass',
  'win', 'qualify', 'thrive', 'gain', 'conceive', 'load', 'arrive', 'start', 'connect', 'materialise', 'materialize', 'notice',
]);
/** Where a parent takes a child: "failed to get them to school". */
const DUTY_PLACES = new Set(['school', 'nursery', 'college', 'bed', 'appointments', 'contact', 'clinic', 'hospital', 'the']);
const WORKING_VERBS = new Set(['engage', 'comply', 'cooperate', 'co-operate', 'adhere']);
const IGNORED = new Set(['ignored', 'ignores', 'ignore', 'ignoring']);
const IGNORED_WHAT = new Set([
  'advice', 'letters', 'letter', 'requests', 'request', 'warnings', 'warning', 'calls', 'messages', 'emails', 'texts',
  'agreements', 'agreement', 'plan', 'instructions', 'recommendations', 'concerns', 'reminders', 'appointments', 'invitations', 'offers',
]);
const ACCEPT = new Set(['accept', 'take']);
/** What a parent may be offered and turn down: "will not accept any advice". */
const OFFERED = new Set(['advice', 'help', 'support', 'feedback', 'guidance', 'input', 'suggestions', 'criticism', 'responsibility']);
/** A condition or reason after the refusal makes it the parent's own choice: "will not accept help until ...". */
const CONDITION = new Set(['until', 'unless', 'because', 'since', 'as', 'till']);
/** Verbs that frame someone as blocking or defying, whatever follows: "stonewalled", "flouted". */
const STONEWALLED = new Set(['stonewalled', 'stonewalls', 'stonewalling', 'flouted', 'flouts', 'flouting', 'defied', 'defies']);
const NOT_AUX = new Set(['did', 'does', 'do', 'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);

/**
 * #RefusalAct on the words that frame a family member as refusing or failing, for the
 * clause rule en-refusal-clause (the patterns of en-refusal need the subject right before
 * them): "refuses (point-blank) to", "failed (yet again) to", "neglected to", "did not
 * bother (to)", "will not engage", "has disengaged from", "ignored (all three of my)
 * letters", "broke the (working) agreement". Not negated ("has never failed to"), not
 * the passive ("was refused a place"), not an ability ("failed to see").
 */
function markRefusals(terms: Term[]): void {
  // "didn't bother", "won't accept": compromise keeps "didn't" as "did" (machine) and a silent "not" after it.
  const word = (at: number) => terms[at]?.machine || terms[at]?.normal || '';
  const tag = (from: number, to: number) => {
    for (let at = from; at <= to; at++) terms[at]!.tags.add('RefusalAct');
  };
  for (let index = 0; index < terms.length; index++) {
    const normal = word(index);
    const before = word(index - 1);
    const negated = before === 'not' || before === 'never' || terms[index - 1]?.tags.has('Negative') === true;
    if (REFUSING.has(normal)) {
      if (negated || BE.has(before)) continue;
      const next = word(index + 1);
      // "refuses to", "refused point-blank to", "refused the referral", "refused help"; not "refused by".
      if (next === 'by' || next === 'of') continue;
      // "Dad, an angry man, refuses point-blank to …": a verb after the apposition, not a plural noun.
      const term = terms[index]!;
      if (term.tags.has('Plural') && (/,/.test(terms[index - 1]?.post ?? '') || terms[index - 1]?.tags.has('Subject'))) {
        term.tags.delete('Noun');
        term.tags.delete('Plural');
        for (const verbTag of ['Verb', 'PresentTense', 'Finite']) term.tags.add(verbTag);
      }
      tag(index, index);
      continue;
    }
    if (FAILING.has(normal)) {
      if (negated || BE.has(before)) continue;
      let to = index + 1;
      while (to < terms.length && to <= index + 3 && FAILED_THEN.has(word(to))) to++;
      // "fails to get the younger two to school": getting someone somewhere is a duty, getting a place is not.
      const getsThemThere = word(to + 1) === 'get' && terms.slice(to + 2, to + 7).some((term, at, ahead) => term.normal === 'to' && DUTY_PLACES.has(ahead[at + 1]?.normal ?? ''));
      if (word(to) !== 'to' || (FAILED_NOT_DUTY.has(word(to + 1)) && !getsThemThere) || !terms[to + 1]?.tags.has('Verb')) continue;
      tag(index, index);
      if (to === index + 1) tag(to, to);
      continue;
    }
    // "declined point blank to talk", "flatly declined the referral": a plain "declined" is a
    // neutral account (LABELS.md, quiet 7); the intensifier makes it a refusal framing.
    if (DECLINED.has(normal) && !negated) {
      const after = word(index + 1) === 'point' && word(index + 2) === 'blank' ? index + 2 : BLUNTLY.has(word(index + 1)) ? index + 1 : -1;
      if (after >= 0) tag(index, after);
      else if (BLUNTLY.has(before)) tag(index - 1, index);
      continue;
    }
    // "did not bother (to)", "didn't bother ringing", "has not bothered to".
    if (normal === 'bother' || normal === 'bothered') {
      const not = index - 1;
      const auxiliary = normal === 'bother' ? NOT_AUX.has(word(not - 1)) : ['has', 'have', 'had'].includes(word(not - 1));
      if ((word(not) === 'not' || terms[not]?.tags.has('Negative')) && auxiliary) {
        tag(not - 1, word(index + 1) === 'to' ? index + 1 : index);
      }
      continue;
    }
    // "will not accept any advice", "won't accept help": help turned down, framed as refusal.
    if (ACCEPT.has(normal) && (before === 'not' || terms[index - 1]?.tags.has('Negative')) && ['will', 'would', 'does', 'do', 'did'].includes(word(index - 2))) {
      let at = index + 1;
      if (['any', 'the', 'our', 'my', 'her', 'his', 'their', 'further', 'professional'].includes(word(at))) at++;
      if (terms[at]?.tags.has('Adjective')) at++;
      let conditional = false;
      for (let ahead = at + 1; ahead < terms.length && !/[;:]/.test(terms[ahead - 1]!.post); ahead++) if (CONDITION.has(word(ahead))) conditional = true;
      if (OFFERED.has(word(at)) && !conditional) tag(index - 2, index);
      continue;
    }
    // "stonewalled every question", "flouted the agreement".
    if (STONEWALLED.has(normal) && !negated && !BE.has(before)) {
      tag(index, index);
      continue;
    }
    // "will not engage", "does not comply", "would not cooperate".
    if (WORKING_VERBS.has(normal) && (before === 'not' || terms[index - 1]?.tags.has('Negative')) && ['did', 'does', 'do', 'will', 'would'].includes(word(index - 2))) {
      if (word(index + 1) === 'in') continue;
      tag(index - 2, index);
      continue;
    }
    // "The family have disengaged from Early Help".
    if ((normal === 'disengaged' || normal === 'disengages') && !negated) {
      tag(['has', 'have', 'had'].includes(before) ? index - 1 : index, index);
      continue;
    }
    // "ignored three letters", "has ignored all three of my letters".
    if (IGNORED.has(normal) && !negated && !BE.has(before)) {
      for (let ahead = index + 1; ahead <= index + 5 && ahead < terms.length; ahead++) {
        if (/[,;:]/.test(terms[ahead - 1]!.post)) break;
        if (IGNORED_WHAT.has(word(ahead))) {
          tag(index, index);
          break;
        }
      }
      continue;
    }
    // "broke the working agreement", "has broken the safety plan".
    if ((normal === 'broke' || normal === 'broken' || normal === 'breaks') && !negated) {
      let at = index + 1;
      if (['the', 'her', 'his', 'their', 'our'].includes(word(at))) at++;
      if (['working', 'written', 'safety', 'contact', 'family'].includes(word(at))) at++;
      if (['agreement', 'agreements', 'plan'].includes(word(at))) tag(index, at);
    }
  }
}

/** Words an apposition or a fronted description may open with: "Dad, a cunning man, …", "Smug and self-satisfied, Dad …". */
const APPOSITION_START = new Set(['a', 'an', 'the', 'ever', 'always', 'so', 'rather', 'very', 'quite', 'too', 'such']);
const isLabelish = (term: Term | undefined) => term !== undefined && (term.tags.has('Judgment') || term.tags.has('LabelNoun'));

/**
 * #Apposition on a description of a family member set off by commas, where a label is said
 * of the person without a verb: after the person ("Dad, a cunning and scheming man, has …",
 * "The paternal grandmother, snooty and stuck-up, looks down …", "Mum, a fantasist, told
 * me …"), or before the clause whose subject the person is ("Smug and self-satisfied, Dad
 * is …", "Bitter about the divorce, Dad …"). The label rules read a clause with it as a
 * clause about that person.
 */
function markAppositions(terms: Term[]): void {
  const segments: Array<[number, number]> = [];
  let start = 0;
  for (const [index, term] of terms.entries()) {
    if (/[,;:()]/.test(term.post) || index === terms.length - 1) {
      segments.push([start, index]);
      start = index + 1;
    }
  }
  const isPerson = (term: Term | undefined) => term !== undefined && (term.tags.has('Parent') || term.tags.has('Family')) && !term.tags.has('Professional');
  segments.forEach(([from, to], at) => {
    const words = terms.slice(from, to + 1);
    if (words.length === 0 || words.length > 10 || words.some((term) => term.tags.has('Reported'))) return;
    const first = words[0]!;
    if (!isLabelish(first) && !APPOSITION_START.has(first.normal) && !first.tags.has('Adverb')) return;
    if (!words.some(isLabelish)) return;
    // A clause of its own ("…, she was rude") is no apposition: no verb but the label words'.
    if (words.some((term) => (term.tags.has('Finite') || (term.tags.has('Pronoun') && !term.tags.has('Possessive'))) && !isLabelish(term))) return;
    const previous = segments[at - 1];
    const next = segments[at + 1];
    const afterPerson = previous !== undefined && next !== undefined && /,/.test(terms[previous[1]]!.post) && isPerson(terms[previous[1]]) && /,/.test(terms[to]!.post);
    // "Smug and self-satisfied, Dad is …": the sentence opens with it, and the next clause with the person.
    let opener = -1;
    if (at === 0 && next !== undefined && /,/.test(terms[to]!.post)) {
      opener = next[0];
      while (opener <= next[1] && ['the', 'her', 'his', 'their', 'both', 'paternal', 'maternal'].includes(terms[opener]!.normal)) opener++;
    }
    const beforePerson = opener >= 0 && isPerson(terms[opener]) && terms[opener]!.tags.has('Subject');
    if (!afterPerson && !beforePerson) return;
    for (const term of words) term.tags.add('Apposition');
  });
}

/** Whether the noun at `at` is the predicate of a family subject: "Mom is a scrounger", "Rhiannon is a damaged girl". */
function predicateOfSubject(terms: Term[], at: number): boolean {
  const describes = (term: Term | undefined) => ['Judgment', 'WeakJudgment', 'Adjective'].some((tag) => term?.tags.has(tag));
  for (let back = at - 1; back >= 0 && back >= at - 6; back--) {
    const term = terms[back]!;
    // "a streetwise, mouthy girl who ...": the comma of a list of descriptions stays inside the predicate.
    const inList = /^\s*,\s*$/.test(term.post) && describes(term) && describes(terms[back + 1]);
    if (/[,;:]/.test(term.post) && !inList) return false;
    if (term.tags.has('Copula') && !term.tags.has('Reported')) return back > 0 && terms[back - 1]!.tags.has('Subject');
  }
  return false;
}

/** Words that open a clause of their own: a clause condition reads only its own clause's subject. */
const CLAUSE_OPENERS = new Set([
  'that', 'because', 'which', 'who', 'whom', 'whose', 'when', 'while', 'whilst', 'although', 'though', 'but', 'since', 'if',
  'unless', 'whereas', 'so', 'until', 'after', 'before', 'what', 'how', 'where', 'why', 'whether',
]);

/** Openers that are also prepositions or adverbs: "twice before", "after the meeting", "since May". */
const PREPOSITION_OPENERS = new Set(['before', 'after', 'since', 'until']);

/**
 * Whether "before"/"after"/"since"/"until" at `index` opens a clause: a finite verb follows
 * before the stretch ends ("before she left"), not only a noun phrase or nothing ("evicted
 * twice before for rent arrears and is ...", "after the meeting").
 */
function opensTimeClause(terms: Term[], index: number): boolean {
  for (let ahead = index + 1; ahead < terms.length; ahead++) {
    const term = terms[ahead]!;
    if (term.normal === 'and' || term.normal === 'or' || CLAUSE_OPENERS.has(term.normal)) return false;
    if (term.tags.has('Finite') && !term.tags.has('Gerund')) return true;
    if (/[,;:]/.test(term.post)) return false;
  }
  return false;
}

/**
 * #ClauseStart where a clause opens: the sentence start, after a comma, semicolon or colon,
 * at an opener ("because", "which"), and at "and"/"or" unless they join two people ("mum
 * and dad") or two descriptions. "The bus is never on time, which is why mother ..." is two
 * clauses. ("as" is no opener: "came across as smug".)
 */
function markClauseStarts(terms: Term[]): void {
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    // "Mum, who becomes hysterical in meetings, ...": a relative clause after a person is about that person.
    if (term.normal === 'who' && previous?.tags.has('Parent') && previous.post.includes(',')) {
      term.tags.add('Subject');
      addReason(term, 'relative-clause-about-person');
    }
    // "Mom is a scrounger who has never held down a job": a relative clause on what a family member is said to be is about them.
    if (term.normal === 'who' && previous && !previous.post.includes(',') && (previous.tags.has('LabelNoun') || previous.tags.has('PersonNoun') || previous.tags.has('Parent')) && predicateOfSubject(terms, index - 1)) {
      term.tags.add('Subject');
      addReason(term, 'relative-clause-about-predicate');
    }
    // "mum and dad", "smug and dismissive": "and" joins two people or two descriptions, not two clauses.
    const joinsPeople = (term.normal === 'and' || term.normal === 'or') && previous?.tags.has('Parent') && terms[index + 1]?.tags.has('Parent');
    // "hostile and obstructive" joins two descriptions; "shifty and would not look at me" opens a clause.
    const next = terms[index + 1];
    const describes = (word: Term | undefined) => ['Judgment', 'WeakJudgment', 'Adjective', 'Adverb'].some((tag) => word?.tags.has(tag)) && !word?.tags.has('Modal');
    const joinsWords = (term.normal === 'and' || term.normal === 'or') && describes(previous) && describes(next);
    // "so lazy", "so much": an intensifier, not "so (that)" opening a clause.
    const intensifier = (term.normal === 'so' && describes(next)) || (PREPOSITION_OPENERS.has(term.normal) && !opensTimeClause(terms, index));
    if (
      index === 0 || /[,;:]/.test(previous?.post ?? '') || (CLAUSE_OPENERS.has(term.normal) && !intensifier) ||
      ((term.normal === 'and' || term.normal === 'or') && !joinsPeople && !joinsWords)
    ) {
      term.tags.add('ClauseStart');
    }
  });
}

/**
 * compromise expands "doesn't" into "does" and a silent term whose text and normal form are
 * "": a clause condition that asks for a negation missed it ("Mum doesn't understand the
 * baby's needs" went unflagged where "does not understand" was found). The silent "not" is
 * tagged as the negation word it is; its normal form stays "", which the phrase tables expect.
 */
function nameSilentWords(terms: Term[]): void {
  for (const term of terms) if (term.text === '' && term.machine === 'not') term.tags.add('NegationWord').add('Negative');
}

/** Tags the words `from`..`to` (both included) with a tag and the reason for it. */
function tagRange(terms: Term[], from: number, to: number, tag: OwnTag, reason: string): void {
  for (let word = from; word <= to; word++) {
    terms[word]!.tags.add(tag);
    addReason(terms[word]!, reason);
  }
}

const SOLE_MARKERS = new Set(SOLE_PURPOSE_MARKERS);
const PLAIN_PURPOSES = new Set(PLAIN_PURPOSE_VERBS);

/**
 * Whether "only", "purely" or "solely" stands on the act before this "to", in its clause and
 * right before its verb: "[only] comes to these meetings to keep an eye on her" gives the
 * purpose as the act's one motive. "has only two days to", "only just" are no such act.
 */
function soleAct(terms: Term[], to: number): boolean {
  for (let at = to - 1; at >= Math.max(0, to - 8); at--) {
    const word = terms[at]!;
    if (/[,;:]/.test(word.post) || word.tags.has('Because') || word.normal === 'and' || word.normal === 'but') return false;
    if (SOLE_MARKERS.has(word.normal)) {
      const verb = terms[at + 1];
      return !!verb && at + 1 < to && (verb.tags.has('Verb') || verb.tags.has('Gerund')) && !['has', 'have', 'had', 'just'].includes(verb.normal);
    }
  }
  return false;
}

/** Words that may stand between "out of" and its motive: "out of sheer spite". */
const MOTIVE_MODIFIERS = new Set(['sheer', 'pure', 'blind', 'misplaced', 'petty', 'a', 'sense']);
/** Verbs whose "to" opens their complement, not a purpose: "wants to impress", "agreed to punish". */
const TO_COMPLEMENT = new Set(
  'want wants wanted try tries tried trying need needs needed have has had agree agrees agreed plan plans planned decide decides decided refuse refuses refused promise promises promised hope hopes hoped seem seems seemed like likes liked love loves loved prefer prefers preferred intend intends intended mean means meant going able unable ask asks asked tell tells told use used start starts started begin begins began continue continues continued learn learns learned forget forgets forgot remember remembers remembered manage manages managed fail fails failed dare dares dared choose chooses chose wish wishes wished allowed supposed got threatens threatened threaten'.split(' '),
);

/**
 * #Purpose on a purpose ("to" + a goal of the lexicon class `purposes.goals`) after what
 * someone does, and on "out of" + a motive: "skips school [to get attention]", "says nothing
 * [out of shame]". A "to" right after an adjective or a verb that takes "to" is its
 * complement, no purpose ("wants to impress", "is keen to impress").
 */
function markPurposes(terms: Term[]): void {
  const mark = (from: number, to: number, reason: string) => tagRange(terms, from, to, 'Purpose', reason);
  terms.forEach((term, index) => {
    const before = terms[index - 1];
    if (term.normal === 'to' && before && !/[,;:]/.test(before.post) && terms[index + 1]?.tags.has('PurposeGoal')) {
      const complement = before.tags.has('Adjective') || before.tags.has('Modal') || TO_COMPLEMENT.has(before.normal);
      if (!complement) {
        let end = index + 1;
        while (terms[end + 1]?.tags.has('PurposeGoal') && !/[,;:.!?]/.test(terms[end]!.post)) end++;
        mark(index, end, 'purpose-with-self-serving-goal');
      }
    }
    if (term.normal === 'to' && before && !/[,;:]/.test(before.post) && !terms[index + 1]?.tags.has('PurposeGoal') && soleAct(terms, index)) {
      const goal = terms[index + 1];
      const complement = before.tags.has('Adjective') || before.tags.has('Modal') || TO_COMPLEMENT.has(before.normal);
      if (goal && goal.tags.has('Verb') && !PLAIN_PURPOSES.has(goal.normal) && !complement) tagRange(terms, index, index + 1, 'SolePurpose', 'sole-purpose');
    }
    if (term.normal === 'out' && terms[index + 1]?.normal === 'of') {
      let at = index + 2;
      while (at < index + 4 && MOTIVE_MODIFIERS.has(terms[at]?.normal ?? '')) at++;
      if (terms[at]?.tags.has('MotiveNoun')) mark(index, at, 'motive-after-out-of');
    }
  });
}

const FELT_VERBS = new Set(['feels', 'felt', 'feel']);
const FELT_IRREGULARS = new Set(FELT_IRREGULAR);
const FELT_NOTS = new Set(FELT_NOT);

/** The index of the participle after "feels" (adverbs between allowed: "clearly felt attacked"), or null. */
function feltParticipleAt(terms: Term[], verb: number): number | null {
  let at = verb + 1;
  while (terms[at]?.tags.has('Adverb') && at < verb + 3) at++;
  const word = terms[at];
  // "felt listened to" is feedback on the help; "did not feel listened to" a grievance read into him.
  const denied = terms[verb - 1]?.tags.has('NegationWord') || terms[verb - 1]?.normal === 'never';
  if (!word || (FELT_NOTS.has(word.normal) && !denied) || word.normal === 'that' || word.tags.has('Noun')) return null;
  const participle = /ed$/.test(word.normal) && word.normal.length > 4;
  return participle || FELT_IRREGULARS.has(word.normal) ? at : null;
}

/**
 * #FeltState from "feels"/"felt" to its participle: "[feels undermined] by the school",
 * "Mum clearly [felt attacked]", "[feels caught] out". The writer's reading of someone's
 * feeling; "Dad said he feels undermined" stays reported.
 */
function markFeltStates(terms: Term[]): void {
  terms.forEach((term, index) => {
    if (!FELT_VERBS.has(term.normal)) return;
    const end = feltParticipleAt(terms, index);
    if (end === null) return;
    // The particle belongs to the participle: "caught out", "let down", "pushed aside".
    const particle = ['out', 'down', 'aside', 'off', 'up'].includes(terms[end + 1]?.normal ?? '') && !/[,;:]/.test(terms[end]!.post);
    tagRange(terms, index, particle ? end + 1 : end, 'FeltState', 'feeling-said-of-person');
  });
}

const DENIES_SEEING = new Set(SEEING_DENIERS);
const MATTERS = new Set(UNAWARE_MATTERS);
const OF_WORDS = new Set(['of', 'about', 'into']);
/** "see that well", "see that far": "that" as a degree word, tagged a noun now and then. */
const DEGREE_AFTER_THAT = new Set(['well', 'far', 'much', 'clearly', 'long', 'often']);
const MATTER_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'any', 'this', 'that', 'these', 'those']);

/**
 * Whether what follows "no idea", "can't see" (from `at`) is someone's inner world or an
 * act's effect on them, which only an inference can know: "how frightened they are", "what
 * it does to Sam", "of the harm". "how to fill in the form", "the appointment had moved",
 * "of English" are facts about knowledge, and "see that far" no clause at all.
 */
function opensUnknowable(terms: Term[], at: number, clause: boolean): boolean {
  const next = terms[at];
  if (!next) return false;
  if (next.normal === 'just' && terms[at + 1]?.normal === 'how') return opensUnknowable(terms, at + 1, clause);
  if (next.normal === 'how') return terms[at + 1]?.normal !== 'to';
  if (next.normal === 'what') {
    const after = terms[at + 1];
    if (!after) return false;
    // "what the problem is", "what the risk is": a matter of the lexicon, not "what the teacher said".
    if (MATTER_DETERMINERS.has(after.normal) && MATTERS.has(terms[at + 2]?.normal ?? '')) return true;
    return ['it', 'this', 'that'].includes(after.normal) || after.tags.has('Possessive');
  }
  if (OF_WORDS.has(next.normal)) {
    let word = at + 1;
    if (terms[word]?.normal === 'how') return true;
    if (MATTER_DETERMINERS.has(terms[word]?.normal ?? '') || terms[word]?.tags.has('Possessive')) word++;
    return MATTERS.has(terms[word]?.normal ?? '');
  }
  // After a seeing that ends in "that" or "how" ("can't see that"), a clause must follow.
  return clause && !next.tags.has('Adverb') && !next.tags.has('Adjective') && !DEGREE_AFTER_THAT.has(next.normal);
}

/**
 * #Unaware on "no idea", "little awareness" (#NoIdea) before someone's inner world or an
 * act's effect, and on a way of seeing (#BlindSpot: "see that", "see the harm") that a
 * negation or a denier ("unable", "fails") up to three words before it denies, from that word
 * on: "can't [see that] his temper ...", "is [unable to see the harm]". "did not see the bus"
 * is no blind spot: only the lexicon's ways of seeing count.
 */
function markUnawareness(terms: Term[]): void {
  const mark = (from: number, to: number, reason: string) => tagRange(terms, from, to, 'Unaware', reason);
  terms.forEach((term, index) => {
    if (term.tags.has('NoIdea') && !terms[index - 1]?.tags.has('NoIdea')) {
      let end = index;
      while (terms[end + 1]?.tags.has('NoIdea')) end++;
      if (!/[,;:.!?]/.test(terms[end]!.post) && opensUnknowable(terms, end + 1, false)) mark(index, end, 'no-idea-of-inner-world');
    }
    if (!term.tags.has('BlindSpot') || terms[index - 1]?.tags.has('BlindSpot')) return;
    let end = index;
    while (terms[end + 1]?.tags.has('BlindSpot')) end++;
    const last = terms[end]!.normal;
    if ((last === 'how' || last === 'what') && !opensUnknowable(terms, end, true)) return;
    if (last === 'that' && !opensUnknowable(terms, end + 1, true)) return;
    for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
      const before = terms[at]!;
      if (/[,;:]/.test(before.post)) break;
      if (before.tags.has('NegationWord') || DENIES_SEEING.has(before.normal)) {
        // "can't" is two terms, the second one empty ("not"), and "does not" two words: the underline starts at the auxiliary.
        const auxiliary = terms[at - 1]?.tags.has('Auxiliary') || terms[at - 1]?.tags.has('Modal');
        const from = (before.text === '' || before.normal === 'not') && at > 0 && auxiliary ? at - 1 : at;
        // A deficit or motive phrase of the lexicon over these words ("fails to see the") is its rule's finding.
        if (terms.slice(from, end + 1).some((word) => word.tags.has('Deficit') || word.tags.has('Motive'))) return;
        mark(from, end, 'seeing-denied');
        return;
      }
    }
  });
}

export function parseEnglish(sentence: string, people?: NotePeople): TaggedSentence {
  const doc = nlp(sentence);
  for (const terms of doc.docs as Term[][]) {
    nameSilentWords(terms);
    tagFromLexicon(terms);
    if (people) markNotePeople(terms, people, 'Parent');
    joinLabelPhrases(terms);
    markObligations(terms);
    markFinite(terms);
    markReported(terms);
    markTrailingSpeech(terms);
    markSubjects(terms);
    markConduct(terms);
    markCoordinatedSubjects(terms);
    markFamilyReferences(terms);
    markInstructions(terms);
    markRestrictions(terms);
    markRefusals(terms);
    markAppositions(terms);
    markClauseStarts(terms);
    markPurposes(terms);
    markUnawareness(terms);
    markFeltStates(terms);
    tagCommands(terms, COMMAND_WORDS);
  }
  return doc as unknown as TaggedSentence;
}
