// English sentence rewriters named by rules/en/*.json. Like the Dutch ones they return
// null when the sentence's shape is not one they can rebuild grammatically.
import nlp from 'compromise/two';
import type { RewriteInput, Rewriter, Span } from '../engine';
import { asRequest } from './request-rewrite';
import { dropFocus } from '../drop-focus';
import { dropAttributiveLabel } from '../drop-label';
import { JUDGMENT, LABEL_NOUN } from './lexicon';

const FEMALE = new Set([
  'mother', 'mum', 'mom', 'mam', 'mummy', 'stepmother', 'stepmum', 'stepmom', 'grandmother', 'grandma', 'gran', 'granny',
  'nan', 'nana', 'aunt', 'auntie', 'aunty', 'wife', 'daughter', 'stepdaughter', 'ms', 'mrs', 'miss', 'girl', 'she',
]);
const MALE = new Set([
  'father', 'dad', 'daddy', 'stepfather', 'stepdad', 'grandfather', 'grandpa', 'grandad', 'granddad', 'uncle', 'husband',
  'son', 'stepson', 'mr', 'boy', 'he',
]);
const PLURAL = new Set([
  'parents', 'carers', 'caregivers', 'guardians', 'grandparents', 'stepparents', 'children', 'kids', 'clients', 'mothers',
  'fathers', 'mums', 'moms', 'dads', 'sons', 'daughters', 'teenagers', 'youngsters', 'boys', 'girls', 'people', 'they',
]);
const OBJECT_PRONOUN: Record<string, string> = { she: 'her', he: 'him', they: 'them' };
/**
 * Words that open a subject and are written in lower case inside a sentence. Singular roles
 * ("Mother", "Dad") stay as the writer capitalised them: in many notes they work as names.
 */
const LOWER_START = /^(The|Her|His|Their|Both|All|Our|My|Foster|Parents|Carers|Caregivers|Guardians|Grandparents|Children|Kids)\b/;

interface Subject {
  /** The subject as it can stand inside a sentence ("the parents", "Mother", "her"). */
  object: string;
  /** The subject as it can open a sentence. */
  text: string;
  pronoun: string;
  plural: boolean;
}

function subjectOf(span: Span): Subject {
  const lower = span.text.toLowerCase().split(/\s+/).map((word) => word.replace(/[.,]$/, ''));
  const last = lower[lower.length - 1] ?? '';
  const plural = lower.includes('and') || PLURAL.has(last);
  let pronoun = 'they';
  if (!plural && lower.some((word) => FEMALE.has(word))) pronoun = 'she';
  if (!plural && lower.some((word) => MALE.has(word))) pronoun = 'he';
  const key = lower.length === 1 ? last : '';
  const single = Object.hasOwn(OBJECT_PRONOUN, key) ? OBJECT_PRONOUN[key] : undefined;
  const object = single ?? (LOWER_START.test(span.text) ? span.text.charAt(0).toLowerCase() + span.text.slice(1) : span.text);
  return { object, text: span.text, pronoun, plural };
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[.!?;:]+$/, '').trim();
}

/** "She's got to…", "Dad's refused…": a subject with a verb contracted onto it cannot be rebuilt around. */
const contracted = (subject: string) => /['’](s|ll|ve|d|re|m)$/i.test(subject);

/** The subject group, with a determiner before it ("The" + "family"); null unless it opens the sentence. */
function openingSubject(input: RewriteInput): Span | null {
  const { subject } = input.groups;
  if (!subject) return null;
  const lead = input.sentence.slice(0, subject.start);
  if (subject.start !== 0 && !/^(the|her|his|their|both)\s+$/i.test(lead)) return null;
  // "She's got to…", "Dad's refused…": rebuilding around a contraction goes wrong; "Mum, who
  // is …" or "Mum, Dad …" is no subject to rebuild around either.
  if (contracted(subject.text) || subject.text.includes(',')) return null;
  return { text: input.sentence.slice(0, subject.end), start: 0, end: subject.end };
}

function mainClause(input: RewriteInput): { subject: Subject; rest: string } | null {
  const { rest } = input.groups;
  const subject = openingSubject(input);
  if (!subject) return null;
  if (input.sentence.slice(subject.end, input.focus.start).trim() !== '') return null;
  const after = withoutEndPunctuation(rest?.text ?? '');
  if (/[,;:"“”]/.test(after)) return null;
  return { subject: subjectOf(subject), rest: after };
}

const PAST_MODALS = new Set(['had to', 'needed to', 'was required to', 'were required to', 'was obliged to', 'were obliged to', 'was expected to', 'were expected to']);

/** Words a fronted phrase that can stay in front opens with ("Under the CP plan, ..."); "Selfish as she is, ..." is none. */
const LEAD_OPENERS = new Set(
  'under in since because as if when while until following after before from given for during at on with due now once unless whenever'.split(' '),
);

/** Who "will" do it: the pronoun, or the name again where we do not know which pronoun fits ("that Aisha will ..."). */
const agent = (subject: Subject) => (subject.pronoun === 'they' && !subject.plural ? subject.object : subject.pronoun);

/**
 * The duty's clause for "what you agreed": the subject opens the sentence, or follows a
 * fronted phrase with its comma ("Under the CP plan, Mum must ..."), which stays in front.
 * What follows the modal is kept word for word ("will" takes the same bare verb as "must"),
 * with a tail after a comma (", as the baby is now crawling"); not with a quote, a colon or
 * a semicolon, where the clause may end somewhere we cannot see.
 */
function dutyClause(input: RewriteInput): { lead: string; subject: Subject; rest: string } | null {
  const { subject } = input.groups;
  if (!subject) return null;
  let lead = input.sentence.slice(0, subject.start);
  if (/^(the|her|his|their|both)\s+$/i.test(lead)) lead = '';
  else if (lead !== '' && (!/^\p{Lu}[^,;:"“”]*,\s+$/u.test(lead) || !LEAD_OPENERS.has(lead.split(/\s/)[0]?.toLowerCase() ?? ''))) return null;
  const start = lead.length;
  if (contracted(subject.text)) return null;
  // "will be required to", "is to": the words before the duty word go with it.
  const between = input.sentence.slice(subject.end, input.focus.start).trim();
  if (between !== '' && !(/^(will|is|are)( also| still)?( be)?$/i.test(between) && /^(required|obliged|expected)$/i.test(input.focus.text))) return null;
  // What follows the duty word, to the sentence's end: a clause's "rest" may stop at an "and"
  // that joins two nouns ("between Dad and the boys").
  const after = withoutEndPunctuation(input.sentence.slice(input.focus.end).trim());
  if (/[;:"“”]/.test(after) || !/^(to\s+)?[a-z]/.test(after)) return null;
  const span = { text: input.sentence.slice(start, subject.end), start, end: subject.end };
  // "Mum, Dad must ...": an address before the subject, not one subject.
  if (span.text.includes(',')) return null;
  return { lead, subject: subjectOf(span), rest: after.replace(/^to\s+/, '') };
}

/** "Mother must attend all appointments." → "We agreed with Mother that she will attend all appointments." */
const agreedTogether: Rewriter = (input) => {
  const clause = dutyClause(input);
  if (!clause || /^(be|have)\s+\w+ed\b/.test(clause.rest)) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  const we = clause.lead ? `${clause.lead}we` : 'We';
  return `${we} ${past ? 'had agreed' : 'agreed'} with ${clause.subject.object} that ${agent(clause.subject)} ${past ? 'would' : 'will'} ${clause.rest}.`;
};

/**
 * A restriction as what you agreed: "Dad is not allowed to see the children unsupervised."
 * → "We agreed with Dad that he will not see the children unsupervised."; "may not", "is
 * not to", "may only" and "We will not allow Gran to ..." the same way.
 */
const RESTRICTION = /^(?:(is|are|was|were) (not|no longer|never) (?:allowed|permitted) to|(?:may|can) (not|never|no longer|only)|(is|are|was|were) (not|never) to) /i;
const WE_WILL_NOT_ALLOW = /^(?:We|I) (?:will not|won't|do not|don't|cannot|can't|shall not) (?:allow|permit) ((?:the |her |his |their )?(?:[A-Z][\w'-]*|mum|mom|dad|mother|father|grandma|gran|grandad|parents|carers)(?: [A-Z][\w'-]*)?) to ([a-z].*)$/;
const agreedNotTo: Rewriter = (input) => {
  const sentence = withoutEndPunctuation(input.sentence);
  if (/[;:"“”]/.test(sentence)) return null;
  const allow = WE_WILL_NOT_ALLOW.exec(sentence);
  if (allow) {
    const person = subjectOf({ text: allow[1] ?? '', start: 0, end: 0 });
    return `We agreed with ${person.object} that ${agent(person)} will not ${allow[2]}.`;
  }
  const { subject } = input.groups;
  if (!subject || subject.start !== 0 || contracted(subject.text)) return null;
  const after = sentence.slice(subject.end).trimStart();
  const found = RESTRICTION.exec(after);
  if (!found) return null;
  const rest = after.slice(found[0].length);
  if (!/^[a-z]/.test(rest) || /^(be|have)\s/.test(rest)) return null;
  const past = /^(was|were)$/i.test(found[1] ?? found[4] ?? '');
  const scope = (found[2] ?? found[3] ?? found[5] ?? 'not').toLowerCase();
  const person = subjectOf(subject);
  return `We ${past ? 'had agreed' : 'agreed'} with ${person.object} that ${agent(person)} ${past ? 'would' : 'will'} ${scope} ${rest}.`;
};

/** "Mother must attend all appointments." → "Mother says she wants to attend all appointments." */
const parentWish: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  let rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest) || /^(be|have)\s+\w+ed\b/.test(rest)) return null;
  const { subject } = clause;
  if (Object.hasOwn(OBJECT_PRONOUN, subject.text.toLowerCase())) return null;
  const says = subject.plural ? 'say' : 'says';
  const negative = /^not\s+/.test(rest);
  rest = rest.replace(/^not\s+/, '');
  if (negative) return `${subject.text} ${says} ${subject.pronoun} ${subject.plural || subject.pronoun === 'they' ? 'do' : 'does'} not want to ${rest}.`;
  const wants = subject.plural || subject.pronoun === 'they' ? 'want' : 'wants';
  return `${subject.text} ${says} ${subject.pronoun} ${wants} to ${rest}.`;
};

const REFUSED_OBJECT_START = new Set([
  'the', 'a', 'an', 'any', 'all', 'his', 'her', 'their', 'every', 'our', 'my', 'further', 'more', 'this', 'that', 'these',
  'help', 'support', 'contact', 'treatment', 'medication', 'medicine', 'food', 'advice', 'services', 'assessment', 'visits',
  'access', 'entry', 'consent', 'therapy', 'counselling',
]);

/** "Father refuses help." → "Father does not want help at the moment." */
const doesNotWant: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const form = input.focus.text.toLowerCase();
  if (!/^refus(es|ed|e)$/.test(form)) return null;
  const past = form.endsWith('ed');
  const auxiliary = past ? 'did' : clause.subject.plural || form === 'refuse' ? 'do' : 'does';
  if (!clause.rest) return null;
  // "refused the offer", "refused to come"; not idioms such as "refused point blank to…".
  const first = clause.rest.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first !== 'to' && !REFUSED_OBJECT_START.has(first)) return null;
  if (past) return `${clause.subject.text} did not want ${clause.rest}.`;
  // "… and stays in bed": "at the moment" at the end would land in the wrong clause.
  if (/\b(and|but|or|so|because|while|that|which|who|when|if)\b/.test(clause.rest)) return `${clause.subject.text} ${auxiliary} not currently want ${clause.rest}.`;
  return `${clause.subject.text} ${auxiliary} not want ${clause.rest} at the moment.`;
};

/** "Mum failed to attend the review." → "Mum did not attend the review." (what happened, without the blame). */
const didNot: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const form = input.focus.text.toLowerCase();
  const match = /^(fails|failed|fail) to$/.exec(form);
  if (!match || !/^[a-z]/.test(clause.rest) || /^(be|have)\s/.test(clause.rest)) return null;
  // "does not keep the agreements" is the refusal framing itself (LABELS.md): from this shape
  // there is no neutral rewrite, and offering it would trip the same rule again.
  if (/^(keep|stick|comply|follow|adhere|engage|cooperate|co-operate)\b/.test(clause.rest)) return null;
  const auxiliary = match[1] === 'failed' ? 'did' : clause.subject.plural || match[1] === 'fail' ? 'do' : 'does';
  return `${clause.subject.text} ${auxiliary} not ${clause.rest}.`;
};

const PRESENT_COPULA = new Set(['is', 'are', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'becomes', 'become', 'gets', 'get']);
const PAST_COPULA = new Set(['was', 'were', 'seemed', 'appeared', 'remained', 'became', 'got']);

/** Openers of a clause whose subject may be rebuilt around ("..., because she is unreliable"). */
const INNER_CLAUSE_OPENER = /(?:^|\s)(because|as|since|when|while|although|though|and|but|so|whereas|if)\s+$/i;

/** The subject of a clause inside the sentence, right after its opener ("because [she] is ..."). */
function innerSubject(input: RewriteInput): Span | null {
  const { subject } = input.groups;
  if (!subject || subject.start === 0 || subject.text.includes(',') || contracted(subject.text)) return null;
  if (!INNER_CLAUSE_OPENER.test(input.sentence.slice(0, subject.start))) return null;
  return subject;
}

/** "Mother was hostile during the visit." → "I experienced Mother as hostile during the visit." */
const ownExperience: Rewriter = (input) => {
  const opening = openingSubject(input);
  const inner = opening ? null : innerSubject(input);
  const subject = opening ?? inner;
  if (!subject) return null;
  const between = input.sentence.slice(subject.end, input.focus.start).trim().split(/\s+/);
  const copula = (between.shift() ?? '').toLowerCase();
  const present = PRESENT_COPULA.has(copula);
  const past = PAST_COPULA.has(copula);
  if (!present && !past) return null;
  if (between.some((word) => /[,;:]/.test(word))) return null;
  let tail = withoutEndPunctuation(input.sentence.slice(input.focus.end));
  const person = subjectOf(subject);
  // "Mother is overprotective and won't let Emma go": the second verb needs its own subject.
  const coordinated = /^(.*?)\s*\band\s+(\S+)(?:\s+(\S+))?(.*)$/.exec(tail);
  if (coordinated) {
    const [, head = '', first = '', second = '', more = ''] = coordinated;
    if (startsVerbPhrase(first.toLowerCase(), (second ?? '').toLowerCase())) {
      tail = `${head ? ` ${head}` : ''}; ${person.pronoun} ${first}${second ? ` ${second}` : ''}${more}`.trim();
    }
  }
  const adverbs = between.filter((word) => word.length > 0).join(' ');
  const rest = tail ? (/^[,;]/.test(tail) ? tail : ` ${tail}`) : '';
  const mine = `${present ? 'experience' : 'experienced'} ${person.object} as ${adverbs ? `${adverbs} ` : ''}${input.focus.text}${rest}.`;
  // "..., because she is unreliable." → "..., because I experience her as unreliable."
  if (inner) return `${input.sentence.slice(0, inner.start)}I ${mine}`;
  return `I ${mine}`;
};

// Label nouns too: in "are liars and scroungers" the word after "and" is another label, not a verb.
const JUDGMENT_WORDS = new Set([...JUDGMENT, ...LABEL_NOUN]);
const AUXILIARY = /^(is|are|was|were|do|does|did|have|has|had|will|would|can|could|should|must|won't|can't|doesn't|didn't|isn't|wasn't|cannot)$/;
const VERB_OPENER = /^(won't|can't|doesn't|didn't|isn't|wasn't|cannot|will|would|never|rarely|often|mostly|always|also|then|still|keeps|kept|does|did|has|had|is|was)$/;

/** Whether the words after "and" start a new verb phrase ("rings the office", "won't let") rather than another adjective or a clause with its own subject. */
function startsVerbPhrase(first: string, second: string): boolean {
  if (JUDGMENT_WORDS.has(first) || /^(very|quite|rather|really|so|too|extremely|out)$/.test(first)) return false;
  if (AUXILIARY.test(second)) return false;
  // "and only thinks about ...", "and just walks off": an adverb before a finite verb.
  if (/^(only|just|simply|barely|hardly|rarely|seldom|usually|sometimes|often)$/.test(first) && /(?<!s)s$|ed$/.test(second)) return true;
  return VERB_OPENER.test(first) || /(?<!s)s$|ed$/.test(first);
}


const ORDER_VERBS = /^(told|instructed|ordered|directed|warned|reminded|urged|commanded|forbade|forbidden|forbid)$/i;
/** One person or group: "her", "mother", "the parents", "Mr El Amrani", "Ms Jansen". */
const PERSON = String.raw`(?:(?:the|her|his|their|both)\s+(?!that\b))?(?:[A-Z][\w'-]*\s+){0,2}(?!that\b)[\w'-]+`;

/**
 * The writer's order as a request: "I told her to call the GP." → "I asked her to call the GP.";
 * "I warned father that he must stay calm." → "I explained to father that he must stay calm.";
 * an action list for a parent ("Mother to attend…", "Dad: stop…") → what was agreed together.
 */
const askInstead: Rewriter = (input) => {
  const { sentence, focus } = input;
  const before = sentence.slice(0, focus.start);
  const after = sentence.slice(focus.end);
  const verb = focus.text;
  if (ORDER_VERBS.test(verb)) {
    const forbid = /^forb/i.test(verb);
    // "… told her to …", "… was told to …", "… told the parents not to …"
    const object = new RegExp(String.raw`^((?:\s+by\s+(?:me|us))|(?:\s+${PERSON}))?(\s+)(not to|to)\b`).exec(after);
    if (object) {
      const [whole, who = '', space = '', to = ''] = object;
      if (forbid) return to === 'to' ? `${before}asked${who}${space}not to${after.slice(whole.length)}` : null;
      return `${before}asked${who}${space}${to}${after.slice(whole.length)}`;
    }
    // "I told/warned mother that …", with the writer as the one speaking.
    const that = new RegExp(String.raw`^\s+(${PERSON})\s+(that\b|(?=(?:she|he|they)\s))`).exec(after);
    if (that && /\b(I|we|We)\s+(?:have\s+|had\s+|also\s+|then\s+)?$/.test(before)) {
      const rest = after.slice(that[0].length).replace(/^\s*/, ' ');
      return `${before}explained to ${that[1]} that${rest}`;
    }
    return null;
  }
  // "I made it clear to the parents that …"
  if (/^made it (\w+ )?clear$/i.test(verb)) return `${before}explained${after}`;
  // Action lists: "Mother to attend …", "Dad: stop …", "Action for mother: ring …", "Ms Jansen, make sure …"
  const list = new RegExp(String.raw`^(?:(?:actions?|tasks?|points?|todo) for\s+)?(${PERSON}?)(?:\s+to|:|,)\s*(?:please\s+)?$`, 'i').exec(before);
  if (list && focus.start > 0) {
    const subject = subjectOf({ text: list[1] ?? '', start: 0, end: 0 });
    const rest = withoutEndPunctuation(sentence.slice(focus.start)).replace(/^to\s+/i, '');
    const verbPhrase = rest.charAt(0).toLowerCase() + rest.slice(1);
    if (!/^[a-z]/.test(verbPhrase) || /[;:]/.test(verbPhrase)) return null;
    return `We agreed with ${subject.object} that ${subject.pronoun} will ${verbPhrase}.`;
  }
  return null;
};

/** Words and phrases that can simply be left out of a sentence without breaking it. */
// Not "allegedly"/"supposedly": without them a claim would read as an established fact.
const DROPPABLE = new Set(['as usual', 'as always', 'as ever', 'again and again', 'time and again', 'time after time']);

/** "As usual, dad turned up late." → "Dad turned up late." */
const dropPhrase: Rewriter = (input) => (DROPPABLE.has(input.focus.text.toLowerCase()) ? dropFocus(input) : null);

/** Words that open a sentence and are written in lower case after "My impression is that". */
const COMMON_START = new Set([
  'the', 'her', 'his', 'their', 'she', 'he', 'they', 'it', 'this', 'that', 'these', 'both', 'mother', 'father', 'mum',
  'mom', 'dad', 'parents', 'foster', 'grandma', 'grandmother', 'grandfather', 'stepdad', 'stepmum', 'carers',
]);

const COMPROMISE_WORDS = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'Place', 'Country', 'City', 'Organization', 'Acronym'];

/**
 * Whether a sentence's first word keeps its capital after "My impression is that": a name
 * ("Kelsey", "Ms", or a word compromise does not know that has no ending of an ordinary
 * word), not "During", "Bitter", "Because" or "Uneducated".
 */
function looksLikeName(word: string): boolean {
  // Own entries only: a note's word may be "constructor".
  const tags = Object.hasOwn(COMPROMISE_WORDS, word) ? COMPROMISE_WORDS[word] : undefined;
  if (tags === undefined) return !/(ed|ly|ing|ful|ous|ive|less|able)$/.test(word);
  return [tags].flat().some((tag) => NAME_TAGS.includes(tag));
}

/** "Mother doesn't care about school." → "My impression is that mother doesn't care about school." */
const myImpression: Rewriter = (input) => {
  if (/[?]\s*$/.test(input.sentence)) return null;
  let body = withoutEndPunctuation(input.sentence)
    // "It is obvious that …": the impression replaces the certainty.
    .replace(/^it is (obvious|clear|evident|apparent) that\s+/i, '')
    .replace(/\s+(clearly|obviously|evidently)\b/gi, '');
  if (body.length === 0) return null;
  const first = (body.split(/\s+/)[0] ?? '').toLowerCase().replace(/[^a-z'-]/g, '');
  if (COMMON_START.has(first) || !looksLikeName(first)) body = body.charAt(0).toLowerCase() + body.slice(1);
  return `My impression is that ${body}.`;
};

/** Words a label stands after when it is attributive: "the stubborn mom", "a feckless father", "her lazy son". */
const ATTRIBUTIVE_AFTER = new Set('the a an her his their this that such my our your these those'.split(' '));

/** "The stubborn mom refused …" → "The mom refused …"; "an unreliable man" → "a man". */
const dropLabel = dropAttributiveLabel({
  notANoun: new Set(
    'and or but to about with in at on of for as when because during towards toward again today now than if so that who which is was are were be been being'.split(' '),
  ),
  copulas: new Set([...PRESENT_COPULA, ...PAST_COPULA, 'be', 'been', 'being', "he's", "she's", "they're"]),
  attributiveForm: (_label, before, noun) => ATTRIBUTIVE_AFTER.has(before) && !/ly$/.test(noun),
  article: (article, noun) => {
    if (!/^an?$/i.test(article)) return article;
    const vowel = /^[aeiou]/i.test(noun) && !/^(u[bcfhjkqrstn]i|eu|one|uni|use)/i.test(noun);
    const chosen = vowel || /^(hour|honest|heir)/i.test(noun) ? 'an' : 'a';
    return article[0] === 'A' ? chosen.charAt(0).toUpperCase() + chosen.slice(1) : chosen;
  },
});

export const ENGLISH_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'agreed-together': agreedTogether,
  'agreed-not-to': agreedNotTo,
  'parent-wish': parentWish,
  'does-not-want': doesNotWant,
  'did-not': didNot,
  'ask-instead': askInstead,
  'own-experience': ownExperience,
  'drop-phrase': dropPhrase,
  'my-impression': myImpression,
  'as-request': asRequest,
  'drop-words': dropFocus,
  'drop-label': dropLabel,
};
