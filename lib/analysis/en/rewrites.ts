// English sentence rewriters named by rules/en/*.json. Like the Dutch ones they return
// null when the sentence's shape is not one they can rebuild grammatically.
import nlp from 'compromise/two';
import type { RewriteInput, RewriteTerm, Rewriter, Span } from '../engine';
import { asRequest } from './request-rewrite';
import { importantThatCondition } from './condition-rewrite';
import { dropFocus, droppable, dropTrailingPhrase } from '../drop-focus';
import { dropAttributiveLabel } from '../drop-label';
import { dropAside, dropLabelList } from './drop-aside';
import { neutralWords } from '../neutral-words';
import neutralWordTable from '../../../rules/en/lexicon/neutral-words.json';
import { JUDGMENT, JUDGMENT_BEFORE_PERSON, LABEL_NOUN, PARENT, PERSON_NOUN } from './lexicon';
import { formsOfGerund, participleOf } from './verb-forms';

const FEMALE = new Set([
  'mother', 'mum', 'mom', 'mam', 'mummy', 'stepmother', 'stepmum', 'stepmom', 'grandmother', 'grandma', 'gran', 'granny',
  'nan', 'nana', 'aunt', 'auntie', 'aunty', 'wife', 'daughter', 'stepdaughter', 'sister', 'stepsister', 'niece', 'girlfriend', 'ms', 'mrs', 'miss', 'girl', 'she',
]);
const MALE = new Set([
  'father', 'dad', 'daddy', 'stepfather', 'stepdad', 'grandfather', 'grandpa', 'grandad', 'granddad', 'uncle', 'husband',
  'son', 'stepson', 'brother', 'stepbrother', 'nephew', 'boyfriend', 'mr', 'boy', 'he',
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
const LOWER_START = /^(The|This|That|Her|His|Their|Both|All|Our|My|Foster|Parents|Carers|Caregivers|Guardians|Grandparents|Children|Kids)\b/;

interface Subject {
  /** The subject as it can stand inside a sentence ("the parents", "Mother", "her"). */
  object: string;
  /** The subject as it can open a sentence. */
  text: string;
  pronoun: string;
  plural: boolean;
}

function subjectOf(span: Span): Subject {
  const lower = span.text.toLowerCase().split(/[\s-]+/).map((word) => word.replace(/[.,]$/, ''));
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

/** Where a clause may end somewhere we cannot see: a semicolon, a colon (not the one of a time, "8:45"), a quote. */
const CLAUSE_BREAK = /;|(?<!\d):(?!\d)|["“”]/;

function withoutEndPunctuation(text: string): string {
  return text.replace(/[.!?;:]+$/, '').trim();
}

/** "She's got to…", "Dad's refused…": a subject with a verb contracted onto it cannot be rebuilt around. */
const contracted = (subject: string) => /['’](s|ll|ve|d|re|m)$/i.test(subject);

/** Words a fronted phrase that can stay in front opens with ("Under the CP plan, ..."); "Selfish as she is, ..." is none. */
const LEAD_OPENERS = new Set(
  ('under in since because as if when while until following after before from given for during at on with due now once unless whenever ' +
    'going regarding throughout').split(' '),
);
/**
 * A time phrase that stays in front without its comma ("During the home visit mother refused
 * ...", "On the phone this morning Dad was ...", "At contact ..."); not "In these families ...",
 * which sets a scope no rebuilt clause should inherit.
 */
const TIME_LEAD_OPENERS = new Set('yesterday today tomorrow tonight during throughout last this next following earlier later once on at'.split(' '));
/** Words that show a phrase before the subject is a clause of its own, not a time or place ("In the meeting I noted that ..."). */
const CLAUSE_WORD = /^(is|are|was|were|has|have|had|do|does|did|will|would|can|could|says|said|told|asked|i|we|she|he|they|you|that|which|who|when|if|because|and|but)$/i;

/** What stands before the subject and can stay in front of a rebuilt clause; `capital`: whether the clause opens the sentence. */
interface Lead {
  text: string;
  capital: boolean;
}

/**
 * The phrase before a clause's subject that can stay where it is when the clause is rebuilt:
 * nothing, a list bullet ("- Mum must ..."), a fronted phrase with its comma ("Under the CP
 * plan, "), and with `time` a time phrase with or without one ("Yesterday", "During the home
 * visit"); null for anything else ("Selfish as she is, ", "In the meeting I noted that ").
 * Time goes only where the clause keeps its verb: before "we agreed" it would date the
 * agreement instead of the duty ("Tomorrow we agreed ...").
 */
function frontedLead(lead: string, time: boolean): Lead | null {
  const bullet = /^[-•*–]\s+/.exec(lead)?.[0] ?? '';
  const phrase = lead.slice(bullet.length);
  if (phrase === '') return { text: lead, capital: true };
  // "Frankly, ", "Honestly, ": the emphasis goes with the judgment and is left out with it.
  if (/^(?:quite frankly|frankly|honestly|to be honest),\s+$/i.test(phrase)) return { text: bullet, capital: true };
  // A heading ("Handover: ", "CP conference: ") or a clause of its own before a semicolon stays as written.
  if (/^[^,;:"“”()]{1,40}:\s+$/.test(phrase) || /^[^"“”]+;\s+$/.test(phrase)) return { text: lead, capital: false };
  const first = phrase.split(/\s/)[0]?.toLowerCase() ?? '';
  if (/^\p{Lu}[^,;:"“”()–—]*,\s+$/u.test(phrase) && (LEAD_OPENERS.has(first) || (time && TIME_LEAD_OPENERS.has(first)))) return { text: lead, capital: false };
  if (!time) return null;
  const words = phrase.trim().split(/\s+/);
  if (/^\p{Lu}[^,;:"“”()–—]*\s$/u.test(phrase) && TIME_LEAD_OPENERS.has(first) && words.length <= 5 && !words.some((word) => CLAUSE_WORD.test(word))) {
    return { text: lead, capital: false };
  }
  return null;
}

/** The rebuilt clause after its lead: "We agreed ..." at the start or after a bullet, "we agreed ..." after a fronted phrase. */
function afterLead(lead: Lead, clause: string): string {
  return lead.text + (lead.capital ? clause.charAt(0).toUpperCase() + clause.slice(1) : clause);
}

/**
 * Where the subject's noun phrase starts, before the word the rule found: the first half of a
 * compound ("Step-" dad), a determiner ("the" parents), with a label between it and the noun
 * ("the feckless" father: the label is another finding's to change), or a possessive name
 * ("Kacper's" mum). Not any word: in "During the visit mum ..." the visit is the lead's.
 */
function subjectStart(input: RewriteInput, start: number): number {
  const { sentence } = input;
  let at = start;
  const compound = /(?:^|\s)(\p{L}+-)$/u.exec(sentence.slice(0, at));
  if (compound) at -= compound[1]?.length ?? 0;
  // "Mr Cole": the title goes with the name.
  const title = /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)$/.exec(sentence.slice(0, at));
  if (title) at -= title[1]?.length ?? 0;
  const before = sentence.slice(0, at);
  const determiner = /(?:^|\s)((?:the|her|his|their|both|our|my|this|that|\p{Lu}[\p{L}-]*['’]s|mum['’]s|mom['’]s|dad['’]s)\s+(?:([\p{L}-]+)\s+)?)$/iu.exec(before);
  if (!determiner) return at;
  const [, whole = '', adjective] = determiner;
  if (adjective && !isAdjective(input, at - whole.length + whole.indexOf(adjective), adjective)) {
    // "During the visit mum ...": the word before the subject is no adjective of it.
    const possessive = /(?:^|\s)(\p{Lu}[\p{L}-]*['’]s\s+)$/u.exec(before);
    return possessive ? at - (possessive[1]?.length ?? 0) : at;
  }
  // "this"/"that" only with a label ("this irresponsible mother"): "that mum" opens a clause.
  if (!adjective && /^(this|that)\s/i.test(whole)) return at;
  return at - whole.length;
}

/** Whether a word before a subject's noun describes it: a label, or what the tagger took for an adjective ("the older brother"). */
function isAdjective(input: RewriteInput, start: number, word: string): boolean {
  if (ASIDE_WORDS.labels.has(word.toLowerCase())) return true;
  const term = input.terms?.find((candidate) => candidate.start === start);
  return term !== undefined && term.tags.has('Adjective') && !term.tags.has('Noun');
}

/** Subjects a rewrite cannot be about a person with: "This is a chaotic family", "It is ...". */
const NOT_A_PERSON = /^(this|that|it|there|these|those|which|what)$/i;

/**
 * The subject group with the determiner before it ("the" + "parents"), and what stands in
 * front of it when that can stay (frontedLead); null when the subject is not one to rebuild around.
 */
function leadAndSubject(input: RewriteInput, time = false): { lead: Lead; subject: Span } | null {
  const { subject } = input.groups;
  if (!subject) return null;
  const start = subjectStart(input, subject.start);
  const lead = frontedLead(input.sentence.slice(0, start), time);
  if (!lead) return null;
  const text = input.sentence.slice(start, subject.end);
  // "She's got to…", "Dad's refused…": rebuilding around a contraction goes wrong; "Mum, who
  // is …" or "Mum, Dad …" is no subject to rebuild around either.
  // "Household: family": a heading is no part of the subject.
  if (contracted(text) || /[,:;]/.test(text) || NOT_A_PERSON.test(text)) return null;
  return { lead, subject: { text, start, end: subject.end } };
}

/** The clause's subject and what follows its focus word, with the words between them (adverbs, an auxiliary). */
function mainClause(input: RewriteInput): { lead: Lead; subject: Subject; between: string; rest: string } | null {
  const { rest } = input.groups;
  const found = leadAndSubject(input, true);
  if (!found) return null;
  const between = input.sentence.slice(found.subject.end, input.focus.start).trim();
  // Without a rest group the clause runs to the sentence's end (the checks below keep it one clause).
  const after = withoutEndPunctuation(rest?.text ?? input.sentence.slice(input.focus.end).trim());
  if (CLAUSE_BREAK.test(after) || /,/.test(after) || CLAUSE_BREAK.test(between) || /,/.test(between)) return null;
  return { lead: found.lead, subject: subjectOf(found.subject), between, rest: after };
}

const PAST_MODALS = new Set(['had to', 'needed to', 'was required to', 'were required to', 'was obliged to', 'were obliged to', 'was expected to', 'were expected to']);

/** Who "will" do it: the pronoun, or the name again where we do not know which pronoun fits ("that Aisha will ..."). */
const agent = (subject: Subject) => (subject.pronoun === 'they' && !subject.plural ? subject.object : subject.pronoun);

/**
 * The duty's clause for "what you agreed": the subject opens the sentence, or follows a
 * lead that can stay in front (frontedLead: "Under the CP plan, Mum must ...", "- Mum must ...").
 * What follows the modal is kept word for word ("will" takes the same bare verb as "must"),
 * with a tail after a comma (", as the baby is now crawling"); not with a quote, a colon or
 * a semicolon, where the clause may end somewhere we cannot see.
 */
function dutyClause(input: RewriteInput): { lead: Lead; subject: Subject; rest: string } | null {
  const found = leadAndSubject(input);
  if (!found) return null;
  const { subject } = found;
  if (INFANT.test(subject.text)) return null;
  // "will be required to", "is to": the words before the duty word go with it.
  const between = input.sentence.slice(subject.end, input.focus.start).trim();
  if (between !== '' && !(/^(will|is|are)( also| still)?( be)?$/i.test(between) && /^(required|obliged|expected)$/i.test(input.focus.text))) return null;
  // What follows the duty word, to the sentence's end: a clause's "rest" may stop at an "and"
  // that joins two nouns ("between Dad and the boys").
  const after = withoutEndPunctuation(input.sentence.slice(input.focus.end).trim());
  if (CLAUSE_BREAK.test(after) || !/^(to\s+)?[a-z]/.test(after)) return null;
  return { lead: found.lead, subject: subjectOf(subject), rest: after.replace(/^to\s+/, '') };
}

/**
 * A duty on someone else than its subject ("The baby must never be left alone with Reece",
 * "Dad has to have been seen"): no one to agree it with.
 */
const PASSIVE = /^(?:(?:not|never|also|still|always|only)\s+)?(?:be|have|get)\s+(?:\w+ed|\w+en|left|kept|made|put|set|told|shown|seen|done|brought|sent|held|met|paid|read)\b/;
/** Who cannot make an agreement: "We agreed with the baby that ..." says nothing true. */
const INFANT = /\b(baby|babies|toddler|toddlers|infant|infants|newborn)$/i;

/** "Mother must attend all appointments." → "We agreed with Mother that she will attend all appointments." */
const agreedTogether: Rewriter = (input) => {
  const clause = dutyClause(input);
  // "As agreed by the team, ...": an agreement of others in front would read "As agreed by the team, we agreed with mum".
  if (!clause || PASSIVE.test(clause.rest) || VIEW_TO_TAKE_ON.test(clause.rest) || /\bagreed\b/i.test(clause.lead.text)) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  return afterLead(clause.lead, `we ${past ? 'had agreed' : 'agreed'} with ${clause.subject.object} that ${agent(clause.subject)} ${past ? 'would' : 'will'} ${clause.rest}.`);
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
  if (CLAUSE_BREAK.test(sentence)) return null;
  const allow = WE_WILL_NOT_ALLOW.exec(sentence);
  if (allow) {
    const person = subjectOf({ text: allow[1] ?? '', start: 0, end: 0 });
    return `We agreed with ${person.object} that ${agent(person)} will not ${allow[2]}.`;
  }
  const never = underNoCircumstances(input, (person, rest) => `We agreed with ${person.object} that ${agent(person)} will never ${rest}.`);
  if (never) return never;
  const opening = leadAndSubject(input);
  if (!opening) return null;
  const { lead, subject } = opening;
  const after = sentence.slice(subject.end).trimStart();
  const found = RESTRICTION.exec(after);
  if (!found) return prohibitedFrom(input, 'agree');
  const rest = after.slice(found[0].length);
  if (!/^[a-z]/.test(rest) || /^(be|have)\s/.test(rest)) return null;
  const past = /^(was|were)$/i.test(found[1] ?? found[4] ?? '');
  const scope = (found[2] ?? found[3] ?? found[5] ?? 'not').toLowerCase();
  const person = subjectOf(subject);
  return afterLead(lead, `we ${past ? 'had agreed' : 'agreed'} with ${person.object} that ${agent(person)} ${past ? 'would' : 'will'} ${scope} ${rest}.`);
};

/** A second duty or clause after the first, which a question about the first would swallow ("..., and she must do so in writing"). */
const SECOND_DUTY = /\b(must|has to|have to|needs to|need to|is to|are to|required to|should|will have to|may not|may only|cannot|can't|not allowed)\b|,\s*(and|but|so|which)\b/i;
/**
 * What a question cannot carry: a threat ("or I will inform ..."), a condition the duty is
 * for ("before contact can resume"), a view to take on ("accept that ...", "understand that ..."),
 * or emphasis ("really must").
 */
const NO_QUESTION = /\b(no exceptions|or else|otherwise)\b|\bor\s+(I|we|the|he|she|they|it|contact)\b|\b(before|until)\b.*\b(can|could|will)\b|^(really|definitely|absolutely|urgently)\b/i;
/**
 * A view to take on, which no one agrees to, wishes or is asked for: "must realise how her
 * behaviour affects the children" gives no "We agreed ... she will realise", no "she wants to
 * realise"; "accept that ..." neither, but "accept the referral" is something to do.
 */
const VIEW_TO_TAKE_ON = /^(understand|realise|realize|recognise|recognize|know|appreciate|acknowledge|admit)\b|^accept\s+(that|this|it|how|what|why)\b/i;
/** Modals a question cannot take back: "had to" happened already. */
const QUESTION_MODALS = /^(must|has to|have to|has got to|have got to|needs to|need to|needs|need|should|is to|are to|is|are|has|have|will have to|will need to|required|is required|are required|obliged|expected)$/i;

/** The parent as the subject of a question: "Could she ...", "Could the parents ...", "Could Mum ...". */
const askedSubject = (subject: Subject) => (/^(she|he|they)$/i.test(subject.text) ? subject.text.toLowerCase() : subject.object);

/**
 * The duty as a question to the parent, which invents no agreement: "Mum must attend all
 * appointments." → "Could Mum attend all appointments?"; an aside after the subject stays
 * ("Could Mr Cole, an idle man, get up ...?"), and so does a fronted phrase with its comma.
 */
const couldParent: Rewriter = (input) => expectationAsQuestion(input) ?? dutyAsQuestion(input);

function dutyAsQuestion(input: RewriteInput): string | null {
  if (!QUESTION_MODALS.test(input.focus.text)) return null;
  for (const attempt of subjectCandidates(input)) {
    const question = questionAbout(attempt, leadAndSubject(attempt));
    if (question) return question;
  }
  return null;
}

function questionAbout(input: RewriteInput, found: { lead: Lead; subject: Span } | null): string | null {
  if (!found || INFANT.test(found.subject.text)) return null;
  const between = input.sentence.slice(found.subject.end, input.focus.start);
  const shape = /^((?:,\s[^,;:"“”()]+,)?)\s*((?:will|is|are)(?: also| still)?(?: be)?)?\s*$/.exec(between);
  if (!shape || (shape[2] && !/^(required|obliged|expected)$/i.test(input.focus.text))) return null;
  if (/^(is|are|has|have|needs|need)$/i.test(input.focus.text) && !/^\s+to\s/.test(input.sentence.slice(input.focus.end))) return null;
  const rest = withoutEndPunctuation(input.sentence.slice(input.focus.end).trim()).replace(/^to\s+/, '');
  if (!questionRest(rest)) return null;
  const could = found.lead.capital ? 'Could' : 'could';
  return `${found.lead.text}${could} ${askedSubject(subjectOf(found.subject))}${shape[1] ?? ''} ${rest}?`;
}

/** What follows the modal, as a question can take it: a verb phrase of one clause, not negated, not passive. */
function questionRest(rest: string): boolean {
  return /^[a-z]/.test(rest) && !/^(not|never)\b/.test(rest) && !PASSIVE.test(rest) && !CLAUSE_BREAK.test(rest) && !/[?!]/.test(rest) && !SECOND_DUTY.test(rest) && !NO_QUESTION.test(rest) && !VIEW_TO_TAKE_ON.test(rest);
}

/** One person or group: "her", "mother", "the parents", "Mr El Amrani", "Ms Jansen". */
const PERSON = String.raw`(?:(?:the|her|his|their|both)\s+(?!that\b))?(?:[A-Z][\w'-]*\s+){0,2}(?!that\b)[\w'-]+`;
/** One person, ending where their name or role ends ("Mr Popescu", "the parents", "mum"), so a verb after it is not taken in. */
const NAMED_PERSON = String.raw`(?:(?:the|her|his|their|both)\s+(?:[\w'-]+\s+)?[\w'-]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}|mum|mom|dad|mother|father|nan|gran|grandma|grandad|grandmother|grandfather|parents|carers|her|him|them)`;
/**
 * The person after "It is essential that", with "will" and the verb after them: of one word
 * after its determiner first ("both parents will ..."), then of two ("the new partner").
 */
const EXPECTED_PERSON = [String.raw`(?:the|her|his|their|both)\s+[\w'-]+`, NAMED_PERSON, 'she|he|they'].map(
  (who) => new RegExp(String.raw`^(${who})\s+(will\s+)?([a-z]+)\s+`),
);
const EXPECTATION_OPENING = /^(?:it is (?:essential|necessary|vital|important|crucial|imperative)|(?:the|our|my) expectation is|it is expected) that\s+/i;
/** "It is essential that mum engages with the service." → "Could mum engage with the service?" */
function expectationAsQuestion(input: RewriteInput): string | null {
  const sentence = withoutEndPunctuation(input.sentence);
  const opening = EXPECTATION_OPENING.exec(sentence);
  if (!opening || input.focus.start > opening[0].length) return null;
  const clause = sentence.slice(opening[0].length);
  for (const expected of EXPECTED_PERSON) {
    const person = expected.exec(clause);
    if (!person) continue;
    const [whole, text = '', will, verb = ''] = person;
    const subject = subjectOf({ text, start: 0, end: 0 });
    const bare = infinitive(verb, subject.plural, will !== undefined);
    const rest = `${bare} ${clause.slice(whole.length)}`;
    if (bare && questionRest(rest)) return `Could ${askedSubject(subject)} ${rest}?`;
  }
  return null;
}

/** The bare verb after "that mum": "engages" → "engage", "tries" → "try", "will keep" → "keep"; null where it is no present verb of that subject. */
function infinitive(verb: string, plural: boolean, afterWill: boolean): string | null {
  if (afterWill && verb === 'be') return verb;
  if (/^(is|are|was|were|will|would|must|should|can|could|does|did|do|had|may|might|not|be|been)$/.test(verb) || /ed$/.test(verb)) return null;
  if (afterWill || plural) return /(?<!s)s$/.test(verb) && !afterWill ? null : verb;
  if (verb === 'has') return 'have';
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|zes|oes)$/.test(verb)) return verb.slice(0, -2);
  return /(?<![su])s$/.test(verb) ? verb.slice(0, -1) : null;
}

/** A present prohibition after its subject (and an aside): "is not allowed to", "may not", "must not", "is not to". */
const PROHIBITION = /^((?:,\s[^,;:"“”()]+,)?)\s+(?:(?:is|are)\s+not\s+(?:allowed|permitted)\s+to|may\s+not|must\s+not|mustn['’]t|(?:is|are)\s+not\s+to|should\s+not|shouldn['’]t)\s+/i;

/**
 * A prohibition as the writer's request, which claims no agreement and no past event: "Dad,
 * who is manipulative, is not allowed to phone the children." → "I would ask Dad, who is
 * manipulative, not to phone the children."; "Mum must not smoke in the car." → "I would ask
 * Mum not to smoke in the car."
 */
const askNotTo: Rewriter = (input) => underNoCircumstances(input, (person, rest) => `I would ask ${person.object} never to ${rest}.`) ?? prohibitedFrom(input, 'ask') ?? askNotToAfterSubject(input);

/** "Under no circumstances is Mum to leave the twins with Darren": the person and the verb phrase after "to". */
const UNDER_PERSON = String.raw`([A-Z][\w-]*['’]s (?:mum|mom|dad|mother|father|stepdad|stepfather|stepmum|stepmother|nan|gran|grandma|grandad)|${NAMED_PERSON})`;
const UNDER_NO_CIRCUMSTANCES = new RegExp(String.raw`^Under no circumstances (?:(?:is|are) ${UNDER_PERSON} to|(?:should|must) ${UNDER_PERSON}) ([a-z].*)$`);

/** The person and what they are not to do after "Under no circumstances is ... to", said as the caller words it; null for a child or a passive. */
function underNoCircumstances(input: RewriteInput, say: (person: Subject, rest: string) => string): string | null {
  const found = UNDER_NO_CIRCUMSTANCES.exec(withoutEndPunctuation(input.sentence));
  if (!found || input.focus.start !== 0) return null;
  const [, isTo, should, rest = ''] = found;
  const who = isTo ?? should ?? '';
  // "should the children be left": the person ends before the verb ("the children", not "the children be").
  const end = input.sentence.indexOf(who) + who.length;
  const last = input.terms?.find((term) => term.end === end || term.end === end + 1);
  if (!last || last.tags.has('Verb') || isChild(who) || !questionRest(rest)) return null;
  return say(subjectOf({ text: who, start: 0, end: 0 }), rest);
}

/** A rule about the children is not theirs to be asked or to agree to ("The children should not be spending ..."). */
const CHILDREN = /\b(children|child|kids|kid|twins|boys|girls)$/i;
/** A child or a baby: not who an agreement, a question or a request is made with. */
const isChild = (who: string) => INFANT.test(who) || CHILDREN.test(who);

/**
 * "is prohibited from taking", "is forbidden from posting": a prohibition with the verb's "-ing"
 * form after it. Not "banned"/"barred": "banned from driving" is as often a court's or a shop's.
 */
const PROHIBITED_FROM = /^\s+(is|are|was|were)\s+(?:prohibited|forbidden)\s+from\s+([a-z]+ing)\b/i;

/**
 * "Paul is prohibited from taking the children out during contact." → "I would ask Paul not to
 * take the children out during contact." (`ask`), or "We agreed with Paul that he will not take
 * ..." (`agree`): the "-ing" verb in its bare form, where the tagger took it for a verb.
 */
function prohibitedFrom(input: RewriteInput, say: 'ask' | 'agree'): string | null {
  const found = leadAndSubject(input);
  if (!found || isChild(found.subject.text)) return null;
  const after = input.sentence.slice(found.subject.end);
  const prohibition = PROHIBITED_FROM.exec(after);
  const gerund = prohibition?.[2] ?? '';
  const at = found.subject.end + (prohibition?.[0].length ?? 0) - gerund.length;
  if (!prohibition || input.focus.start >= at) return null;
  const term = input.terms?.find((candidate) => candidate.start === at);
  const bare = term?.tags.has('Verb') ? formsOfGerund(gerund)?.Infinitive : undefined;
  const rest = `${bare} ${withoutEndPunctuation(input.sentence.slice(at + gerund.length)).trim()}`.trim();
  if (!bare || !questionRest(rest)) return null;
  const person = subjectOf(found.subject);
  if (say === 'ask') return afterLead(found.lead, `I would ask ${person.object} not to ${rest}.`);
  const past = /^(was|were)$/i.test(prohibition[1] ?? '');
  return afterLead(found.lead, `we ${past ? 'had agreed' : 'agreed'} with ${person.object} that ${agent(person)} ${past ? 'would' : 'will'} not ${rest}.`);
}

function askNotToAfterSubject(input: RewriteInput): string | null {
  for (const attempt of subjectCandidates(input)) {
    const found = leadAndSubject(attempt);
    // "The children should not be spending ...": a rule about the children is not theirs to be asked.
    if (!found || isChild(found.subject.text)) continue;
    const prohibition = PROHIBITION.exec(input.sentence.slice(found.subject.end));
    if (!prohibition || input.focus.start >= found.subject.end + prohibition[0].length) continue;
    const rest = withoutEndPunctuation(input.sentence.slice(found.subject.end + prohibition[0].length));
    if (!questionRest(rest) || /\b(any more|anymore|again)$/.test(rest) || /^be\s+\w+ing\b/.test(rest)) continue;
    const person = subjectOf(found.subject);
    return afterLead(found.lead, `I would ask ${person.object}${prohibition[1] ?? ''} not to ${rest}.`);
  }
  return null;
}

/** "Mother must attend all appointments." → "Mother says she wants to attend all appointments." */
const parentWish: Rewriter = (input) => {
  const clause = mainClause(input);
  // "Under the CP plan, Mum says she wants to ...": a wish does not go with a fronted condition.
  if (!clause || !clause.rest || clause.between !== '' || !clause.lead.capital) return null;
  let rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest) || PASSIVE.test(rest) || VIEW_TO_TAKE_ON.test(rest)) return null;
  // "wants to be home by 8pm or I will inform ...", "wants to never drive": a threat or a rule is no wish.
  if (/\b(or|otherwise|unless|never|no exceptions)\b/.test(rest)) return null;
  const { subject } = clause;
  // "Kevin says they want to ...": with a name whose pronoun we do not know, "they" reads as other people.
  if (Object.hasOwn(OBJECT_PRONOUN, subject.text.toLowerCase()) || (subject.pronoun === 'they' && !subject.plural)) return null;
  const says = subject.plural ? 'say' : 'says';
  const negative = /^not\s+/.test(rest);
  rest = rest.replace(/^not\s+/, '');
  if (negative) return afterLead(clause.lead, `${subject.text} ${says} ${subject.pronoun} ${subject.plural || subject.pronoun === 'they' ? 'do' : 'does'} not want to ${rest}.`);
  const wants = subject.plural || subject.pronoun === 'they' ? 'want' : 'wants';
  return afterLead(clause.lead, `${subject.text} ${says} ${subject.pronoun} ${wants} to ${rest}.`);
};

const REFUSED_OBJECT_START = new Set([
  'the', 'a', 'an', 'any', 'all', 'his', 'her', 'their', 'every', 'our', 'my', 'further', 'more', 'this', 'that', 'these',
  'help', 'support', 'contact', 'treatment', 'medication', 'medicine', 'food', 'advice', 'services', 'assessment', 'visits',
  'access', 'entry', 'consent', 'therapy', 'counselling',
]);

/** "Father refuses help." → "Father does not want help at the moment." */
const doesNotWant: Rewriter = (input) => clauseDoesNotWant(input) ?? refusalInPlace(input) ?? wouldNotWorkWith(input);

/**
 * "Dad would not engage with the attendance officer." → "Dad did not want to work with the
 * attendance officer."; "won't cooperate with" → "does not want to work with": what the
 * parent did not want, without the verdict in "engage" or "cooperate".
 */
function wouldNotWorkWith(input: RewriteInput): string | null {
  const found = /^(would not|wouldn['’]t|will not|won['’]t) (engage|cooperate|co-operate)$/i.exec(input.focus.text);
  const before = input.sentence.slice(0, input.focus.start);
  const after = input.sentence.slice(input.focus.end);
  if (!found || before.trim() === '' || !/^\s+with\s+\S/.test(after)) return null;
  // One works with people and services, not with "the handover" or "the plan".
  const partner = after.replace(/^\s+with\s+/, '').split(/\s+/).slice(0, 5).join(' ');
  if (!/\b(workers?|officers?|police|school|team|services?|nurse|visitor|teachers?|staff|practitioners?|therapist|counsellor|me|us|agency|CAMHS|GP|doctor|professionals?|support)\b/i.test(partner)) return null;
  const subject = input.groups.subject ? subjectOf(input.groups.subject) : null;
  const past = /^would/i.test(found[1] ?? '');
  const wants = past ? 'did not want' : subject?.plural ? 'do not want' : 'does not want';
  return `${before}${wants} to work${after}`;
}

const NOT_WANT: Record<string, string> = { refused: 'did not want', refuses: 'does not want', refuse: 'do not want' };
/** Words before a "refused" that make it no finite verb of its own: "was refused", "has refused", "to refuse". */
const NOT_FINITE_BEFORE = /\b(has|have|had|was|were|is|are|be|been|being|to|not|will|would|can|could|may|might|must|should)\s+(?:(?:once again|once more|yet again|again|also|still|now|then|repeatedly|consistently|so far|always|never)\s+)*$/i;

/**
 * The focus word looked up in a table of what it becomes, where it is a finite verb after
 * its subject ("Mum refused", "... and ignored"), with the text on either side of it.
 */
function finiteFocus<T>(input: RewriteInput, table: Readonly<Record<string, T>>, key = input.focus.text.toLowerCase()): { value: T; before: string; after: string } | null {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  const before = input.sentence.slice(0, input.focus.start);
  if (value === undefined || before.trim() === '' || NOT_FINITE_BEFORE.test(before)) return null;
  return { value, before, after: input.sentence.slice(input.focus.end) };
}

/**
 * "Mr Clarke was hostile and refused to let me in." → "... and did not want to let me in.";
 * "The parents, who refuse to accept any help, ..." → "..., who do not want to accept any help, ...":
 * the refusal said as what the parent did not want, where the clause's subject is out of reach.
 */
function refusalInPlace(input: RewriteInput): string | null {
  const found = finiteFocus(input, NOT_WANT);
  // "refused, of course, to let me ...": a short aside may stand before the "to".
  if (!found || !/^(?:,\s[^,;:]{1,30},)?\s+to\s+[a-z]/.test(found.after)) return null;
  return `${found.before}${found.value}${found.after}`;
}

function clauseDoesNotWant(input: RewriteInput): string | null {
  const clause = mainClause(input);
  // "flatly refused": the manner goes with the refusal it describes.
  if (!clause || !/^(flatly)?$/i.test(clause.between)) return null;
  const form = input.focus.text.toLowerCase();
  if (!/^refus(es|ed|e)$/.test(form)) return null;
  const { lead } = clause;
  const past = form.endsWith('ed');
  const auxiliary = past ? 'did' : clause.subject.plural || form === 'refuse' ? 'do' : 'does';
  if (!clause.rest) return null;
  // "refused the offer", "refused to come"; not idioms such as "refused point blank to…".
  const first = clause.rest.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first !== 'to' && !REFUSED_OBJECT_START.has(first)) return null;
  if (past) return afterLead(lead, `${clause.subject.text} did not want ${clause.rest}.`);
  // "… and stays in bed": "at the moment" at the end would land in the wrong clause.
  if (/\b(and|but|or|so|because|while|that|which|who|when|if)\b/.test(clause.rest)) return afterLead(lead, `${clause.subject.text} ${auxiliary} not currently want ${clause.rest}.`);
  return afterLead(lead, `${clause.subject.text} ${auxiliary} not want ${clause.rest} at the moment.`);
};

/** "Mum failed to attend the review." → "Mum did not attend the review." (what happened, without the blame). */
const didNot: Rewriter = (input) => clauseDidNot(input) ?? notBothered(input) ?? failedInPlace(input) ?? ignoredInPlace(input) ?? perfectInPlace(input);

/** A "has"/"have"/"had" before the focus, with adverbs between ("has once again"): the refusal in the perfect. */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:once again|once more|yet again|again|also|still|now|so far|repeatedly)\s+)*$/i;
/** What follows "failed to", "refused to", "not bothered to" and can take its participle: a verb of the parent's own doing, not the framing itself. */
const PERFECT_FRAMING = /^(be|have|keep|stick|comply|follow|adhere|engage|cooperate|co-operate)$/;

/**
 * The refusal in the perfect as what has not happened: "Nicola has once again failed to take
 * Ellie ..." → "Nicola has once again not taken Ellie ..."; "Father has refused to sign the
 * form." → "Father has not yet signed the form."; "Mum has not bothered to return my calls."
 * → "Mum has not returned my calls."; "Dad has ignored my letters." → "Dad has not responded
 * to my letters."
 */
function perfectInPlace(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const form = focus.text.toLowerCase();
  const after = sentence.slice(focus.end);
  // "has not bothered to": the perfect is in the focus itself.
  const bothered = /^(has|have|had|hasn['’]t|haven['’]t|hadn['’]t)( not)? bothered to$/.exec(form);
  const before = sentence.slice(0, focus.start);
  if (!bothered && (before.trim() === '' || !PERFECT_BEFORE.test(before))) return null;
  const ignored = /^ignored$/.test(form) ? IGNORED_THING.exec(after) : null;
  if (ignored) return `${before}${ignored[2] ? 'not followed' : 'not responded to'}${after}`;
  const verb = bothered || /^(failed to|refused to|neglected to)$/.test(form) ? /^\s+([a-z]+)\b/.exec(after) : /^(failed|refused|neglected)$/.test(form) ? /^\s+to\s+([a-z]+)\b/.exec(after) : null;
  const bare = verb?.[1] ?? '';
  const participle = verb && !PERFECT_FRAMING.test(bare) ? participleOf(bare) : null;
  const term = input.terms?.find((candidate) => candidate.start === focus.end + (verb?.[0].length ?? 0) - bare.length);
  if (!verb || !participle || !term?.tags.has('Verb')) return null;
  const rest = after.slice(verb[0].length);
  if (bothered) return `${before}${(bothered[1] ?? 'has').replace(/n['’]t$/, '')} not ${participle}${rest}`;
  return `${before}not ${/^refused/.test(form) ? 'yet ' : ''}${participle}${rest}`;
}

/** "Mum did not bother to ring." → "Mum did not ring.": what happened, without the scorn. */
function notBothered(input: RewriteInput): string | null {
  const found = /^(did not|didn['’]t|does not|doesn['’]t|do not|don['’]t) bother to$/i.exec(input.focus.text);
  if (!found) return null;
  const negation = (found[1] ?? '').toLowerCase().replace(/n['’]t$/, ' not');
  const after = input.sentence.slice(input.focus.end);
  if (!/^\s+[a-z]/.test(after)) return null;
  const before = input.sentence.slice(0, input.focus.start);
  return `${before}${before === '' ? negation.charAt(0).toUpperCase() + negation.slice(1) : negation}${after}`;
}

const FAILED_AS_NOT: Record<string, string> = { failed: 'did not', fails: 'does not', fail: 'do not', neglected: 'did not', neglects: 'does not', neglect: 'do not' };

/**
 * "Dad failed yet again to bring ..." → "Dad yet again did not bring ..."; "Mum is tired and
 * failed to ring" → "... and did not ring": where the subject is not the clause's (mainClause).
 */
function failedInPlace(input: RewriteInput): string | null {
  const [verb = '', to] = input.focus.text.toLowerCase().split(/\s+/);
  const found = finiteFocus(input, FAILED_AS_NOT, verb);
  if (!found) return null;
  const { value: not, before, after } = found;
  const again = to === 'to' ? /^()\s+/.exec(after) : /^\s+(yet again|once more|once again|again)\s+to\s+/.exec(after);
  if (!again) return null;
  const rest = after.slice(again[0].length);
  // "failed to keep the agreements" is the refusal framing itself (LABELS.md), as in clauseDidNot.
  if (!/^[a-z]/.test(rest) || /^(be|have)\s/.test(rest) || /^(keep|stick|comply|follow|adhere|engage|cooperate|co-operate)\b/.test(rest)) return null;
  return `${before}${again[1] ? `${again[1]} ` : ''}${not} ${rest}`;
}

/** What "ignored" the advice or the letters means without the blame: it was not followed, or not answered. */
const IGNORED_THING = /^\s+((?:my|the|our|her|his|their|two|three|four|several|both|\d+)\b[^,;:]*?\b(?:(advice|guidance|recommendations?|instructions?|suggestions?|warnings?|plan)|(letters?|calls?|messages?|texts?|emails?|reminders?|phone calls?)))\b/i;
const IGNORED_AS_NOT: Record<string, [string, string]> = {
  ignored: ['did not follow', 'did not respond to'],
  ignores: ['does not follow', 'does not respond to'],
  ignore: ['do not follow', 'do not respond to'],
};

/** "Mum ignored my advice about safe sleeping." → "Mum did not follow my advice about safe sleeping." */
function ignoredInPlace(input: RewriteInput): string | null {
  const found = finiteFocus(input, IGNORED_AS_NOT);
  const thing = found && IGNORED_THING.exec(found.after);
  if (!found || !thing) return null;
  return `${found.before}${thing[2] ? found.value[0] : found.value[1]}${found.after}`;
}

function clauseDidNot(input: RewriteInput): string | null {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const form = input.focus.text.toLowerCase();
  const match = /^(fails|failed|fail) to$/.exec(form);
  if (!match || !/^[a-z]/.test(clause.rest) || /^(be|have)\s/.test(clause.rest)) return null;
  // "does not keep the agreements" is the refusal framing itself (LABELS.md): from this shape
  // there is no neutral rewrite, and offering it would trip the same rule again.
  if (/^(keep|stick|comply|follow|adhere|engage|cooperate|co-operate)\b/.test(clause.rest)) return null;
  // "once again failed to": the repetition is what the writer saw, and stays before "did not".
  if (!/^((once again|once more|yet again|again|then|later|also)\s*)?$/i.test(clause.between)) return null;
  const auxiliary = match[1] === 'failed' ? 'did' : clause.subject.plural || match[1] === 'fail' ? 'do' : 'does';
  const adverb = clause.between ? `${clause.between} ` : '';
  return afterLead(clause.lead, `${clause.subject.text} ${adverb}${auxiliary} not ${clause.rest}.`);
};

const PRESENT_COPULA = new Set(['is', 'are', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'becomes', 'become', 'gets', 'get']);
const PAST_COPULA = new Set(['was', 'were', 'seemed', 'appeared', 'remained', 'became', 'got']);

/** Openers of a clause whose subject may be rebuilt around ("..., because she is unreliable"). */
const INNER_CLAUSE_OPENER = /(?:^|\s)(because|as|since|when|while|although|though|and|but|so|whereas|if)\s+$/i;

/** The subject of a clause inside the sentence, right after its opener ("because [the parents] are ..."). */
function innerSubject(input: RewriteInput): Span | null {
  const { subject } = input.groups;
  if (!subject || subject.start === 0) return null;
  const start = subjectStart(input, subject.start);
  const text = input.sentence.slice(start, subject.end);
  if (text.includes(',') || contracted(text) || NOT_A_PERSON.test(text)) return null;
  if (!INNER_CLAUSE_OPENER.test(input.sentence.slice(0, start))) return null;
  return { text, start, end: subject.end };
}

/**
 * The link verb and what "I experience" becomes with it: "was" → "experienced", "has been"
 * → "have experienced", "can be" → "sometimes experience" (a "can be" says: at times).
 */
const EXPERIENCE_FOR_COPULA: ReadonlyArray<[RegExp, string]> = [
  // "came across as rude", "presents as needy": how the writer saw them, said as such.
  [/^came across as\b/i, 'experienced'],
  [/^(comes|come) across as\b/i, 'experience'],
  [/^presented as\b/i, 'experienced'],
  [/^(presents|present) as\b/i, 'experience'],
  [/^(has|have) (been|become)\b/i, 'have experienced'],
  [/^had (been|become)\b/i, 'had experienced'],
  [/^can be\b/i, 'sometimes experience'],
  [/^could be\b/i, 'sometimes experienced'],
  [/^(is|are) being\b/i, 'experience'],
  [/^(was|were) being\b/i, 'experienced'],
];

/**
 * Whether the words between the link verb and the focus are ones "as" can take before it: an
 * article, degree words and earlier labels of the same list ("rude and", "needy, demanding and").
 */
function listBeforeFocus(words: readonly string[]): boolean {
  return words.every((raw, index) => {
    const word = raw.toLowerCase();
    if (/,$/.test(word)) return JUDGMENT_WORDS.has(word.slice(0, -1));
    if (/^(and|or|but)$/.test(word)) return index > 0;
    return /^[\p{L}-]+$/u.test(word);
  });
}

/** The last word before the focus the tagger took for a clause's subject ("Mum" in "Mum is a hoarder and a slob"), as a subject group. */
function taggedSubject(input: RewriteInput, which: 'first' | 'last' = 'last'): { subject: Span } | Record<string, never> {
  const before = (input.terms ?? []).filter((term) => term.end <= input.focus.start);
  // Not "who": a relative clause's subject is not the sentence's.
  const isSubject = (term: RewriteTerm) =>
    (term.tags.has('Subject') && term.tags.has('Noun')) || (term.tags.has('Pronoun') && /^(she|he|they)$/i.test(term.text));
  let index = which === 'last' ? before.findLastIndex(isSubject) : before.findIndex(isSubject);
  const found = before[index];
  if (!found) return {};
  let last = found;
  // "Ms Bright": a name of more than one word is one subject.
  for (let next = before[++index]; next && next.tags.has('Subject') && next.tags.has('ProperNoun') && next.start === last.end + 1 && !/[,;:]$/.test(last.text); next = before[++index]) last = next;
  const text = input.sentence.slice(found.start, last.end).replace(/[^\p{L}'’-]+$/u, '');
  return { subject: { text, start: found.start, end: found.start + text.length } };
}

/** The input with a subject group: the match's, or else the tagger's subject before the focus (a clause condition's match has none). */
function withTaggedSubject(input: RewriteInput, which: 'first' | 'last' = 'last'): RewriteInput {
  return input.groups.subject ? input : { ...input, groups: { ...input.groups, ...taggedSubject(input, which) } };
}

/**
 * The subjects a duty may be about, in the order to try them: the match's own, then the
 * tagger's last before the focus ("Since mum ..., she must ...") and its first ("Mr Cole, an
 * idle man, must ...": the subject stands before an aside, which the match's group takes in).
 */
function subjectCandidates(input: RewriteInput): RewriteInput[] {
  const tagged = (which: 'first' | 'last'): RewriteInput => ({ ...input, groups: { ...input.groups, ...taggedSubject(input, which) } });
  return input.groups.subject ? [input, tagged('last'), tagged('first')] : [tagged('last'), tagged('first')];
}

/** Single lower-case words that name a person on their own ("mum is ..."), unlike "household" or "family". */
const ROLE_WORDS = new Set([...FEMALE, ...MALE, ...PLURAL].filter((word) => !/^(she|he|they|ms|mrs|mr|miss)$/.test(word)).concat(['she', 'he', 'they']));
/** A word of a list of labels before the focus: a label, an article, a degree word, or an adjective. */
function isListWord(input: RewriteInput, raw: string): boolean {
  const word = raw.replace(/,$/, '').toLowerCase();
  if (JUDGMENT_WORDS.has(word) || /^(a|an|and|or|very|quite|rather|really|so|too|extremely|utterly|utter|complete|total|proper|little|bit|of)$/.test(word)) return true;
  const term = input.terms?.find((candidate) => candidate.text.replace(/[^\p{L}'’-]+$/u, '').toLowerCase() === word);
  return term !== undefined && term.tags.has('Adjective');
}

/** "Mother was hostile during the visit." → "I experienced Mother as hostile during the visit." */
const ownExperience: Rewriter = (input) => {
  // The second label of a list ("a hoarder and a slob") comes without a subject group: the tagger's subject before it stands in.
  const withSubject = withTaggedSubject(input);
  const opening = leadAndSubject(withSubject, true);
  const inner = opening ? null : innerSubject(withSubject);
  let subject = opening?.subject ?? inner;
  if (!subject) return null;
  // "Nathan (14) is ...": the age goes with the name.
  const age = /^\s*\([^()]{1,20}\)/.exec(input.sentence.slice(subject.end))?.[0];
  if (age) subject = { text: input.sentence.slice(subject.start, subject.end + age.length), start: subject.start, end: subject.end + age.length };
  let between = input.sentence.slice(subject.end, input.focus.start).trim();
  let experience: string | undefined;
  for (const [copula, mine] of EXPERIENCE_FOR_COPULA) {
    const found = copula.exec(between);
    if (found) {
      experience = mine;
      between = between.slice(found[0].length).trim();
      break;
    }
  }
  if (!experience) {
    const copula = (between.split(/\s+/)[0] ?? '').toLowerCase();
    if (PRESENT_COPULA.has(copula)) experience = 'experience';
    else if (PAST_COPULA.has(copula)) experience = 'experienced';
    else return null;
    between = between.slice(copula.length).trim();
  }
  const words = between === '' ? [] : between.split(/\s+/);
  if (/[;:]/.test(between) || !listBeforeFocus(words)) return null;
  // With the tagger's subject, only a list of labels may stand between: not "is to stop her" or "is expected to ... stop being so".
  if (!input.groups.subject && !words.every((word) => isListWord(input, word))) return null;
  // "household is chaotic": a bare noun is no person to experience.
  if (!/\s/.test(subject.text) && /^\p{Ll}/u.test(subject.text) && !ROLE_WORDS.has(subject.text.toLowerCase())) return null;
  let tail = withoutEndPunctuation(input.sentence.slice(input.focus.end));
  const person = subjectOf(subject);
  // "Mother is overprotective and won't let Emma go": the second verb needs its own subject.
  const coordinated = /^(.*?)\s*\band\s+(\S+)(?:\s+(\S+))?(.*)$/.exec(tail);
  if (coordinated) {
    const [, head = '', first = '', second = '', more = ''] = coordinated;
    // ", and Tuesday's meeting ended ...": after a comma the "and" joins a clause with its own subject.
    const at = input.focus.end + input.sentence.slice(input.focus.end).indexOf(` and ${first}`) + 5;
    const verb = taggedVerb(input, at);
    // "rigid and old-fashioned": a word the tagger calls an adjective is another label of the list.
    const adjective = /-/.test(first) || input.terms?.find((term) => term.start === at)?.tags.has('Adjective');
    if (!/,/.test(head) && !/['’]s$/.test(first) && !adjective && (verb || startsVerbPhrase(first.toLowerCase(), (second ?? '').toLowerCase()))) {
      tail = `${head ? ` ${head}` : ''}; ${person.pronoun} ${first}${second ? ` ${second}` : ''}${more}`.trim();
    }
  }
  const rest = tail ? (/^[,;]/.test(tail) ? tail : ` ${tail}`) : '';
  const mine = `${experience} ${person.object} as ${between ? `${between} ` : ''}${input.focus.text}${rest}.`;
  // "..., because she is unreliable." → "..., because I experience her as unreliable."
  if (inner) return `${input.sentence.slice(0, inner.start)}I ${mine}`;
  return `${opening?.lead.text ?? ''}I ${mine}`;
};

// Label nouns too: in "are liars and scroungers" the word after "and" is another label, not a verb.
const JUDGMENT_WORDS = new Set([...JUDGMENT, ...LABEL_NOUN]);
const AUXILIARY = /^(is|are|was|were|do|does|did|have|has|had|will|would|can|could|should|must|won't|can't|doesn't|didn't|isn't|wasn't|cannot)$/;
const VERB_OPENER = /^(won't|can't|doesn't|didn't|isn't|wasn't|cannot|will|would|never|rarely|often|mostly|always|also|then|still|keeps|kept|does|did|has|had|is|was)$/;

/** Whether the tagger took the word at an offset for a finite verb ("and said ..."), which "-ed" and "-s" endings alone miss. */
function taggedVerb(input: RewriteInput, start: number): boolean {
  const term = input.terms?.find((candidate) => candidate.start === start);
  // Not "entitled", "overbearing": such words are as often adjectives of the same list.
  if (!term || /(ed|ing)$/i.test(term.text) || JUDGMENT_WORDS.has(term.text.toLowerCase())) return false;
  return term.tags.has('Verb') && (term.tags.has('PastTense') || term.tags.has('PresentTense')) && !term.tags.has('Adjective') && !term.tags.has('Copula');
}

/** Whether the words after "and" start a new verb phrase ("rings the office", "won't let") rather than another adjective or a clause with its own subject. */
function startsVerbPhrase(first: string, second: string): boolean {
  if (JUDGMENT_WORDS.has(first) || /^(very|quite|rather|really|so|too|extremely|out)$/.test(first)) return false;
  if (AUXILIARY.test(second)) return false;
  // "and only thinks about ...", "and just walks off": an adverb before a finite verb.
  if (/^(only|just|simply|barely|hardly|rarely|seldom|usually|sometimes|often)$/.test(first) && /(?<!s)s$|ed$/.test(second)) return true;
  return VERB_OPENER.test(first) || /(?<!s)s$|ed$/.test(first);
}


const ORDER_VERBS = /^(told|instructed|ordered|directed|warned|reminded|urged|commanded|forbade|forbidden|forbid)$/i;

/** A duty put on the one spoken to, as the that-clause says it: "(that) she must", "he is not to", "they may not". */
const DUTY = String.raw`(?:that\s+)?(she|he|they)\s+(?:must|has to|have to|has got to|needs to|need to|should|is to|are to|will have to|will need to|(must not|mustn't|is not to|are not to|may not|is not allowed to|are not allowed to|should not|shouldn't))\s+(?!be\s|have\s+been\b|not\b)`;
const TOLD = String.raw`(told|informed|reminded|warned|instructed|made it clear to)`;
/** "I have told Dad(, a known troublemaker,) that he is not to come ..." */
const TOLD_ACTIVE = new RegExp(String.raw`^(.*?\b(?:I|we|We)\s+(?:(?:have|had|also|then|again)\s+)*)${TOLD}\s+(${PERSON})((?:,\s[^,;]+,)?)\s+${DUTY}`);
/** "Dad has been told he needs to get a bed ..." */
const TOLD_PASSIVE = new RegExp(String.raw`^((?:[-•*–]\s+)?${PERSON})\s+(was|were|has been|have been|had been)\s+(?:told|informed|reminded|warned|instructed)\s+(?:in no uncertain terms\s+)?${DUTY}`);

/** "I have forbidden Dad to discuss ...", "We forbade mum from bringing ...": the writer's prohibition, with the "-ing" verb when "from" takes one. */
const FORBADE = new RegExp(String.raw`^(.*?\b(?:I|we|We)\s+(?:(?:have|had|also|then)\s+)*)(?:forbidden|forbade|forbid)\s+(${PERSON})\s+(?:to\s+(?=[a-z])|from\s+([a-z]+ing)\b)`);

/** Whether the pronoun of the that-clause can be the one spoken to: "told Dad that he ...", not "told Dad that she ...". */
function samePerson(person: string, pronoun: string): boolean {
  const { pronoun: expected, plural } = subjectOf({ text: person, start: 0, end: 0 });
  if (expected === 'they' && !plural) return true;
  return expected === pronoun;
}

/**
 * What the writer said a parent must do, as what they asked: "I told Dad that he has to stop
 * contacting the school." → "I asked Dad to stop contacting the school."; "Mum was told she
 * must not ..." → "Mum was asked not to ...". "Reminded" stays a reminder ("reminded to ...").
 */
const askedTo: Rewriter = (input) => {
  const sentence = withoutEndPunctuation(input.sentence);
  if (CLAUSE_BREAK.test(sentence)) return null;
  const active = TOLD_ACTIVE.exec(sentence);
  if (active) {
    const [whole, lead = '', verb = '', person = '', aside = '', pronoun = '', negative] = active;
    if (!samePerson(person, pronoun)) return null;
    const asked = verb === 'reminded' ? 'reminded' : 'asked';
    return `${lead}${asked} ${person}${aside} ${negative ? 'not ' : ''}to ${sentence.slice(whole.length)}.`;
  }
  const forbidden = FORBADE.exec(sentence);
  if (forbidden) {
    const [whole, lead = '', person = '', gerund] = forbidden;
    const at = whole.length - (gerund?.length ?? 0);
    const term = gerund ? input.terms?.find((candidate) => candidate.start === at) : undefined;
    const bare = gerund ? (term?.tags.has('Verb') ? formsOfGerund(gerund)?.Infinitive : undefined) : '';
    const rest = `${bare ? `${bare} ` : ''}${sentence.slice(whole.length).trim()}`;
    if (bare === undefined || isChild(person) || !questionRest(rest)) return null;
    return `${lead}asked ${person} not to ${rest}.`;
  }
  const passive = TOLD_PASSIVE.exec(sentence);
  if (passive) {
    const [whole, person = '', auxiliary = '', pronoun = '', negative] = passive;
    if (!samePerson(person.replace(/^[-•*–]\s+/, ''), pronoun)) return null;
    const asked = /\breminded\b/.test(whole) ? 'reminded' : 'asked';
    return `${person} ${auxiliary} ${asked} ${negative ? 'not ' : ''}to ${sentence.slice(whole.length)}.`;
  }
  return null;
};

const REQUIRE_AS_ASK: Record<string, string> = { require: 'ask', requires: 'asks', required: 'asked', demand: 'ask', demanded: 'asked', insist: 'ask', insisted: 'asked' };
/** "(require) both parents to ...", "(demanded) that Mr Popescu hand ...", "gave Mum clear (instructions)". */
const REQUIRED_PERSON = new RegExp(String.raw`^\s+(${NAMED_PERSON})\s+to\s+[a-z]`);
const DEMANDED_THAT = new RegExp(String.raw`^\s+that\s+(${NAMED_PERSON})\s+([a-z]+)\b`);
const GAVE_INSTRUCTIONS = new RegExp(String.raw`\b(gave|have given|has given|had given)\s+(${NAMED_PERSON})\s+(?:(?:clear|written|strict|firm|a|an)\s+)*$`);
/** A word that can be a bare verb after "demanded that Mr Popescu": not "is", "stops" or "will". */
const bareVerb = (word: string) => /^[a-z]+$/.test(word) && !/^(is|are|was|were|has|had|will|would|must|should|can|could|does|did|may|might|not)$/.test(word) && !/(?<!s)s$|ed$/.test(word);

/**
 * "We require both parents to undertake ..." → "We ask both parents to undertake ..."; "I
 * demanded that Mr Popescu hand over the key." → "I asked Mr Popescu to hand over the key.";
 * "I gave Mum clear instructions to ..." / "Mum was given clear instructions to ..." → asked.
 */
const askedInstead = (input: RewriteInput): string | null => {
  const { sentence, focus } = input;
  const before = sentence.slice(0, focus.start);
  const after = sentence.slice(focus.end);
  const verb = focus.text.toLowerCase();
  const ask = Object.hasOwn(REQUIRE_AS_ASK, verb) ? REQUIRE_AS_ASK[verb] : undefined;
  if (ask && /\b(I|we)\s+(?:(?:also|then|now|will|would)\s+)?$/i.test(before)) {
    if (/^requir/.test(verb)) {
      const object = REQUIRED_PERSON.exec(after);
      return object ? `${before}${ask}${after}` : null;
    }
    const that = DEMANDED_THAT.exec(after);
    if (!that) return null;
    // "that Kyle's stepfather is ...": the word must be a verb, not the rest of a possessive.
    const verbAt = focus.end + (that[0].length - (that[2] ?? '').length);
    const term = input.terms?.find((candidate) => candidate.start === verbAt);
    if (!bareVerb(that[2] ?? '') || /['’]s$/.test(that[1] ?? '') || !term?.tags.has('Verb')) return null;
    return `${before}${ask} ${that[1]} to ${after.slice(that[0].length - (that[2] ?? '').length)}`;
  }
  if (/^instructions?$/.test(verb) && /^\s+to\s+[a-z]/.test(after)) {
    const gave = GAVE_INSTRUCTIONS.exec(before);
    if (gave) return `${before.slice(0, gave.index)}${gave[1] === 'gave' ? 'asked' : `${(gave[1] ?? '').split(' ')[0]} asked`} ${gave[2]}${after}`;
    const given = /\b(was|were|has been|have been|had been)\s+given\s+(?:(?:clear|written|strict|firm|a|an)\s+)*$/.exec(before);
    if (given) return `${before.slice(0, given.index)}${given[1]} asked${after}`;
    const under = /\b(is|are|was|were)\s+under\s+(?:strict\s+)?$/.exec(before);
    if (under) return `${before.slice(0, under.index)}${/^(is|are)$/.test(under[1] ?? '') ? (under[1] === 'is' ? 'has been' : 'have been') : 'had been'} asked${after}`;
  }
  return null;
};

/** "Mum has been warned that any further missed visits will lead to a review." → "It has been explained to Mum that ...": a consequence told, not an order. */
const TOLD_THAT = new RegExp(String.raw`^(${PERSON})\s+(was|were|has been|have been|had been)\s+(?:told|warned|informed)\s+(?:in no uncertain terms\s+)?that\s+`);
const explainedThat = (input: RewriteInput): string | null => {
  const sentence = withoutEndPunctuation(input.sentence);
  const found = TOLD_THAT.exec(sentence);
  if (!found || CLAUSE_BREAK.test(sentence) || input.focus.start > found[0].length) return null;
  const person = subjectOf({ text: found[1] ?? '', start: 0, end: 0 });
  const auxiliary = /^(were|was)$/.test(found[2] ?? '') ? 'was' : found[2] === 'had been' ? 'had been' : 'has been';
  return `It ${auxiliary} explained to ${person.object} that ${sentence.slice(found[0].length)}.`;
};

/**
 * The writer's order as a request: "I told her to call the GP." → "I asked her to call the GP.";
 * "I warned father that he must stay calm." → "I explained to father that he must stay calm.";
 * an action list for a parent ("Mother to attend…", "Dad: stop…") → what was agreed together.
 */
const askInstead: Rewriter = (input) => askedTo(input) ?? askedInstead(input) ?? explainedThat(input) ?? orderAsRequest(input);

/** "(told) her to", "(was told) by me not to"; "(warned) father that"; an action list's "Mother to", "Action for mother:". */
const ORDERED_PERSON = new RegExp(String.raw`^((?:\s+by\s+(?:me|us))|(?:\s+${PERSON}))?(\s+)(not to|to)\b`);
const WARNED_THAT = new RegExp(String.raw`^\s+(${PERSON})\s+(that\b|(?=(?:she|he|they)\s))`);
const ACTION_FOR = new RegExp(String.raw`^(?:(?:actions?|tasks?|points?|todo) for\s+)?(${PERSON}?)(?:\s+to|:|,)\s*(?:please\s+)?$`, 'i');

function orderAsRequest(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const before = sentence.slice(0, focus.start);
  // "was told in no uncertain terms to stop ...": the emphasis goes with the order.
  const after = sentence.slice(focus.end).replace(/^\s+in no uncertain terms(?=\s+(?:to|not to)\b)/, '');
  const verb = focus.text;
  if (ORDER_VERBS.test(verb)) {
    const forbid = /^forb/i.test(verb);
    // "… told her to …", "… was told to …", "… told the parents not to …"
    const object = ORDERED_PERSON.exec(after);
    if (object) {
      const [whole, who = '', space = '', to = ''] = object;
      if (forbid) return to === 'to' ? `${before}asked${who}${space}not to${after.slice(whole.length)}` : null;
      return `${before}asked${who}${space}${to}${after.slice(whole.length)}`;
    }
    // "I told/warned mother that …", with the writer as the one speaking.
    const that = WARNED_THAT.exec(after);
    if (that && /\b(I|we|We)\s+(?:have\s+|had\s+|also\s+|then\s+)?$/.test(before)) {
      const rest = after.slice(that[0].length).replace(/^\s*/, ' ');
      return `${before}explained to ${that[1]} that${rest}`;
    }
    return null;
  }
  // "I made it clear to the parents that …"
  if (/^made it (\w+ )?clear$/i.test(verb)) return `${before}explained${after}`;
  // Action lists: "Mother to attend …", "Dad: stop …", "Action for mother: ring …", "Ms Jansen, make sure …"
  const bullet = /^[-•*–]\s+/.exec(before)?.[0] ?? '';
  const list = ACTION_FOR.exec(before.slice(bullet.length));
  if (list && focus.start > bullet.length) {
    const subject = subjectOf({ text: list[1] ?? '', start: 0, end: 0 });
    const rest = withoutEndPunctuation(sentence.slice(focus.start)).replace(/^to\s+/i, '');
    const verbPhrase = rest.charAt(0).toLowerCase() + rest.slice(1);
    // "ring the nursery ... and don't miss the review": a negative order keeps no sense after "will".
    if (!/^[a-z]/.test(verbPhrase) || CLAUSE_BREAK.test(verbPhrase) || /\b(?:don['’]t|do not|never)\s/i.test(verbPhrase)) return null;
    return `${bullet}We agreed with ${subject.object} that ${subject.pronoun} will ${verbPhrase}.`;
  }
  return null;
};

/** "You need to ..." at a clause's start, after a bullet or a name ("Mum, you need to ..."). */
const YOU_MUST = /^((?:[-•*–]\s+)?(?:\p{Lu}[\p{L}'-]*,\s+)?)(you)\s+(?:need to|needs to|must|have to|have got to|will need to|will have to|should|are to)\s+/iu;

/** "You need to answer the door when we visit." → "Could you answer the door when we visit?" */
const couldYou: Rewriter = (input) => {
  const sentence = withoutEndPunctuation(input.sentence);
  const found = YOU_MUST.exec(sentence);
  const [whole = '', lead = ''] = found ?? [];
  if (!found || input.focus.start !== lead.length || /[?!;:"“”]/.test(sentence)) return null;
  const rest = sentence.slice(whole.length);
  // "You must not leave ...", "You need to be seen by ...": no request says these as they were meant.
  if (!/^[a-z]/.test(rest) || /^(not|never)\b/.test(rest) || PASSIVE.test(rest)) return null;
  // "..., no exceptions": a rule with no room is no request.
  if (/\b(no exceptions|or else|otherwise)\b/i.test(rest)) return null;
  const could = /\p{L},\s+$/u.test(lead) ? 'could' : 'Could';
  return `${lead}${could} you ${rest}?`;
};

/** The subject's "does"/"do"/"did" and a "still" for what "is in denial about" said of them. */
const DENIAL_AUXILIARY: Record<string, [string, string]> = {
  is: ['does', 'do'], are: ['do', 'do'], remains: ['still does', 'still do'], remain: ['still do', 'still do'], was: ['did', 'did'], were: ['did', 'did'],
};

/**
 * A denial as what the parent said, or as the writer's impression: "Dad denies that he hit
 * Kai." → "Dad says it is not true that he hit Kai."; "Dad denies any drug use." → "Dad says
 * there has been no drug use."; "Mum is in denial about the state of the home." → "My
 * impression is that Mum does not acknowledge the state of the home."
 */
const reportedDenial: Rewriter = (input) => withoutDoubtTail(input) ?? denialAsSaid(input);

/**
 * The writer's doubt as a short comment after what the parent said, left out: "Mum said the
 * letter never arrived, which I doubt." → "Mum said the letter never arrived."; ", but this
 * is doubtful", ", but that remains to be seen", ", a likely story". Not where the comment
 * goes on with a reason ("..., which is a likely story given the last three letters ..."): the
 * facts after it are the writer's to keep.
 */
function withoutDoubtTail(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const comma = sentence.lastIndexOf(',', focus.start);
  if (comma <= 0) return null;
  const tail = sentence.slice(comma + 1, sentence.length).trim();
  const opener = /^(?:which|but\s+(?:this|that|it)|an?\s)/i.test(tail);
  const words = tail.split(/\s+/).length;
  if (!opener || words > 7 || !/^[^,;:"“”()]*[.!]?$/.test(tail) || sentence.slice(focus.end).trim().replace(/^[.!]$/, '') !== '') return null;
  const head = sentence.slice(0, comma);
  if (!/\p{L}/u.test(head) || /[;:]/.test(head)) return null;
  return `${head}.`;
}

function denialAsSaid(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const before = sentence.slice(0, focus.start);
  const after = sentence.slice(focus.end);
  const form = focus.text.toLowerCase();
  if (/^(denies|denied|deny)$/.test(form)) {
    if (before.trim() === '' || NOT_FINITE_BEFORE.test(before)) return null;
    const present = form !== 'denied';
    const says = form === 'deny' ? 'say' : 'says';
    if (/^\s+that\s/.test(after)) return `${before}${present ? `${says} it is not true` : 'said it was not true'}${after}`;
    const any = /^\s+any\s+(?=[a-z])/.exec(after);
    if (any) return `${before}${present ? `${says} there has been no` : 'said there had been no'} ${after.slice(any[0].length)}`;
    return null;
  }
  if (form !== 'in denial') return null;
  const found = leadAndSubject(withTaggedSubject(input));
  if (!found || !found.lead.capital || found.lead.text !== '') return null;
  const verb = /^\s*(is|are|remains|remain|was|were)\s+(?:(?:clearly|still|completely|totally|obviously)\s+)?$/i.exec(sentence.slice(found.subject.end, focus.start));
  const thing = /^\s+about\s+(.+?)[.!]?$/.exec(after);
  if (!verb || !thing || CLAUSE_BREAK.test(thing[1] ?? '')) return null;
  const subject = subjectOf(found.subject);
  const [single, plural] = DENIAL_AUXILIARY[(verb[1] ?? '').toLowerCase()] ?? ['does', 'do'];
  return `My impression is that ${askedSubject(subject)} ${subject.plural ? plural : single} not acknowledge ${thing[1]}.`;
}

/**
 * Doubt cast on what a parent says, left out: "conveniently forgot" → "forgot"; "would have us
 * believe" / "is adamant that" / "swore blind" → what they say; "– a likely story" or "– if
 * we are to believe her –" as a dash aside, dropped.
 */
const withoutDoubt: Rewriter = (input) => {
  const { sentence, focus } = input;
  const before = sentence.slice(0, focus.start);
  const after = sentence.slice(focus.end);
  const form = focus.text.toLowerCase();
  const plural = /\b(they|parents|carers|both)\s+$/i.test(before) || /\b(parents|carers|grandparents)\b/i.test(input.groups.subject?.text ?? '');
  if (/^conveniently\s/.test(form) && before.trim() !== '') return `${before}${focus.text.slice('conveniently '.length)}${after}`;
  if (/^would have (us|me) believe$/.test(form) && before.trim() !== '' && /^\s+(that\s+)?[a-z]/.test(after)) return `${before}${plural ? 'say' : 'says'}${after}`;
  const adamant = /^(is|are|was|were) adamant that$/.exec(form);
  if (adamant && before.trim() !== '') return `${before}${/^(was|were)$/.test(adamant[1] ?? '') ? 'said' : plural ? 'say' : 'says'} that${after}`;
  if (/^(swore|swears|swear) blind$/.test(form) && before.trim() !== '') return `${before}${form.startsWith('swore') ? 'said' : plural ? 'say' : 'says'}${after}`;
  // "He said he was at work – a likely story." / "According to Mum – if we are to believe her – the boyfriend ..."
  const dash = /\s[–—-]\s/;
  const open = before.search(/\s[–—-]\s[^–—]*$/);
  if (open > 0 && dash.test(sentence.slice(open, open + 3))) {
    const close = after.search(/\s[–—-]\s/);
    if (close >= 0) return `${sentence.slice(0, open)} ${after.slice(close + 3)}`;
    return /[.!]?$/.test(after) ? `${sentence.slice(0, open)}.` : null;
  }
  // "She said the bus was late, a likely story."
  return withoutDoubtTail(input);
};

/** Openers of a phrase that compares the parent with a group ("Like many young mums, ", "As is common in their culture, "). */
const GROUP_OPENER = /^(?:like|as is|as are|as with|typical of|typical|as you often see with|as is often the case|as is usual)\b/i;
/** What may open the clause left when the comparison goes: one person or this family's ("the parents"), not a group ("women", "they", "people"). */
const PERSON_START = /^(?:(?:the|her|his|their)\s+(?:parents|children|kids|boys|girls|family|couple|twins|household)\b|(?:(?:the|her|his)\s+)?(?:mum|mom|dad|mother|father|nan|gran|grandma|grandad|stepdad|stepmum|she|he|(?:Mr|Mrs|Ms|Miss)\b|\p{Lu}\p{Ll}+\b(?<!\b(?:In|The|These|Those|They|People|Women|Men|Parents|Families|It|This|That|There|Education))))/u;

/**
 * The comparison with a group left out, where what stays is about the person: "Like many
 * Polish fathers, Mr Kowalski leaves ..." → "Mr Kowalski leaves ..."; "Mum, like many young
 * mums, relies ..." → "Mum relies ..."; "..., as is often the case in their culture." dropped.
 */
const withoutGeneralisation: Rewriter = (input) => {
  const { sentence, focus } = input;
  const front = /^([^,]+),\s+/.exec(sentence);
  if (front && GROUP_OPENER.test(front[1] ?? '') && focus.end <= (front[1] ?? '').length) {
    const rest = sentence.slice(front[0].length);
    if (!PERSON_START.test(rest)) return null;
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  const aside = /^([^,]+?),\s+((?:like|as is|as are)\b[^,]+),\s+/.exec(sentence);
  if (aside && focus.start > (aside[1] ?? '').length && focus.end <= aside[0].length && PERSON_START.test(aside[1] ?? '')) {
    return `${aside[1]} ${sentence.slice(aside[0].length)}`;
  }
  const tail = /,\s+((?:like|as is|as are)\b[^,;]+)([.!])?$/.exec(sentence);
  if (tail && focus.start >= tail.index && PERSON_START.test(sentence)) return `${sentence.slice(0, tail.index)}${tail[2] ?? '.'}`;
  return null;
};

/** "keeps"/"keep"/"kept" and the form of the verb after it that goes with "often". */
const KEEPS_AS: Record<string, 'PresentTense' | 'Infinitive' | 'PastTense'> = { keeps: 'PresentTense', keep: 'Infinitive', kept: 'PastTense' };

/**
 * A habit said as a frequency, the writer's own count left to them: "Mum keeps cancelling
 * contact at the last minute." → "Mum often cancels contact at the last minute."; "She kept
 * checking her phone" → "She often checked her phone". Only after the subject (not "must keep
 * trying", "has kept ringing"), and only with a verb the tagger took for one.
 */
const oftenInstead: Rewriter = (input) => {
  const found = finiteFocus(input, KEEPS_AS);
  const next = found && /^\s+(?:on\s+)?([a-z]+ing)\b/.exec(found.after);
  if (!found || !next) return null;
  const gerund = next[1] ?? '';
  const term = input.terms?.find((candidate) => candidate.start === input.focus.end + next[0].length - gerund.length);
  const verb = term?.tags.has('Verb') ? formsOfGerund(gerund)?.[found.value] : undefined;
  if (!verb) return null;
  return `${found.before}often ${verb}${found.after.slice(next[0].length)}`;
};

/** Words and phrases that can simply be left out of a sentence without breaking it. */
// Not "allegedly"/"supposedly": without them a claim would read as an established fact.
const DROPPABLE = new Set(['as usual', 'as always', 'as ever', 'again and again', 'time and again', 'time after time']);

/**
 * Words that open a fronted adverbial ("Yesterday, as usual, dad …", "At the meeting, once
 * again, mum …"): its comma stays when the parenthesis after it goes.
 */
const FRONTED_ADVERBIAL = new Set(
  'yesterday today tonight tomorrow later earlier afterwards then now again lately recently meanwhile however also at in on during after before when while since if because although though once this last by from throughout over'.split(' '),
);

/**
 * A word or phrase left out (drop-focus.ts); a parenthesis between commas goes with both
 * commas ("Dad, predictably, did not …" → "Dad did not …", "Mum must, once again, attend"
 * → "Mum must attend"), except after a fronted adverbial, whose comma is its own
 * ("Yesterday, as usual, dad …" → "Yesterday, dad …").
 */
const dropWords: Rewriter = (input) => {
  const before = input.sentence.slice(0, input.focus.start);
  const after = input.sentence.slice(input.focus.end);
  // "As you would expect from a Roma family, ...": the phrase goes on past the focus, and what it compares with would stay.
  // ("Sofia was sulky as usual for the rest of the session": a phrase of two words is whole.)
  if (input.focus.text.split(/\s+/).length > 2 && /^\s+(?:from|of|with|for)\s/i.test(after)) return null;
  const lead = before.replace(/,\s*$/, '');
  // "Surprise, surprise, Dad forgot …": the doubled phrase goes as a whole.
  if (lead !== before && /^\s*,/.test(after) && !lead.includes(',') && lead.trim().toLowerCase() === input.focus.text.toLowerCase() && dropFocus(input) !== null) {
    const rest = after.replace(/^\s*,\s*/, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return dropFocus(
    input,
    (start) => start.replace(/,\s*$/, '').includes(',') || FRONTED_ADVERBIAL.has((start.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/,$/, '')),
    (phrase) => droppable(phrase) || ASIDE_PHRASES.has(phrase.toLowerCase().replace(/[,!]/g, '')),
  ) ?? lateAgain(input);
};

/** The motive the writer inferred left out, the act kept: "Leo acts up in class to impress the older boys." → "Leo acts up in class.". */
const dropPurpose: Rewriter = (input) => dropTrailingPhrase(input, /^(to|in order to|so as to|out of)\s/i, /^\s*([;.!?]|$)/);

/**
 * Sarcasm and habit phrases that stand beside the clause and go whole, with their commas:
 * "Of course, dad had ...", "Mom refused, of course, to ...", "I reminded Dad, not for the
 * first time, that ..." (its "not" negates nothing of the clause).
 */
const ASIDE_PHRASES = new Set(['of course', 'surprise surprise', 'not for the first time', 'naturally']);

/**
 * "Yesterday father was late again, as always." → "Yesterday father was late."; "Mum was late
 * again, as always, and arrived ..." → "Mum was late and arrived ...": what happened stays,
 * the repetition and the "as always" after it go.
 */
function lateAgain(input: RewriteInput): string | null {
  // Lazy, so that "late yet again" keeps "late", not "late yet".
  const found = /^(\S+(?: \S+)??) (yet again|once again|once more|again)$/i.exec(input.focus.text);
  if (!found) return null;
  const after = input.sentence.slice(input.focus.end).replace(/^,\s+as (?:always|usual|ever)(?=[,.!;]|$)/i, '').replace(/^,(?=\s+(?:and|but)\s)/, '');
  return `${input.sentence.slice(0, input.focus.start)}${found[1]}${after}`;
}

/** "As usual, dad turned up late." → "Dad turned up late." */
const dropPhrase: Rewriter = (input) => {
  // "Mum, as always, minimised ...": the rule underlined "always" of the phrase that goes.
  const as = /(?:^|\s)(as\s+)$/i.exec(input.sentence.slice(0, input.focus.start))?.[1] ?? '';
  const focus = as ? { text: input.sentence.slice(input.focus.start - as.length, input.focus.end), start: input.focus.start - as.length, end: input.focus.end } : input.focus;
  return DROPPABLE.has(focus.text.toLowerCase()) ? dropWords({ ...input, focus }) : null;
};

/** Words that open a sentence and are written in lower case after "My impression is that". */
const COMMON_START = new Set([
  'the', 'her', 'his', 'their', 'she', 'he', 'they', 'it', 'this', 'that', 'these', 'both', 'mother', 'father',
  'parents', 'foster', 'grandmother', 'grandfather', 'stepdad', 'stepmum', 'carers',
]);
/** Family words that notes also use as names: "Mum said …", "I asked Dad …". */
const KIN_NAME = new Set(['mum', 'mom', 'dad', 'gran', 'nan', 'nana', 'grandma', 'grandad', 'granddad', 'grandpa', 'granny']);

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

/**
 * Whether "Mum"/"Dad" at the start is written as a name: yes, unless the sentence writes
 * such a word in lower case further on ("Dad is using the children to get back at mum").
 */
function kinAsName(sentence: string): boolean {
  const later = sentence.split(/\s+/).slice(1).map((word) => word.replace(/[^\p{L}]+$/u, '').replace(/['’]s$/, ''));
  return !later.some((word) => KIN_NAME.has(word) && /^\p{Ll}/u.test(word));
}

/**
 * Whether the sentence's first word keeps its capital after "My impression is that": "I", a
 * name or honorific, a word the tagger took for the person ("Dean is hiding something", though
 * compromise knows "dean" as a noun), "Mum"/"Dad" used as a name.
 */
function keepsCapital(input: RewriteInput, first: string): boolean {
  const word = first.toLowerCase().replace(/[^a-z'-]/g, '').replace(/'s$/, '');
  if (first === 'I' || /^I'/.test(first)) return true;
  if (KIN_NAME.has(word)) return kinAsName(input.sentence);
  if (COMMON_START.has(word)) return false;
  const term = input.terms?.[0];
  const tagged = !!term && term.start === 0 && (term.tags.has('Person') || term.tags.has('ProperNoun') || (term.tags.has('Parent') && term.tags.has('Subject')));
  return tagged || looksLikeName(word);
}

/** "Mother doesn't care about school." → "My impression is that mother doesn't care about school." */
const myImpression: Rewriter = (input) => {
  if (/[?]\s*$/.test(input.sentence)) return null;
  const whole = withoutEndPunctuation(input.sentence);
  // "It is obvious that …": the impression replaces the certainty; what follows keeps its casing.
  const certainty = /^it is (obvious|clear|evident|apparent) that\s+/i.exec(whole);
  let body = whole.slice(certainty?.[0].length ?? 0).replace(/\s+(clearly|obviously|evidently)\b/gi, '');
  if (body.length === 0) return null;
  if (!certainty && !keepsCapital(input, body.split(/\s+/)[0] ?? '')) body = body.charAt(0).toLowerCase() + body.slice(1);
  return `My impression is that ${body}.`;
};

/** Nouns that only carry the label before them: "nature", "lifestyle", "attitude". */
const TRAIT_NOUN = /^(nature|character|personality|temperament|disposition|lifestyle|attitude|manner|ways|streak|side)$/i;
/** Words a label stands after when it is attributive: "the stubborn mom", "a feckless father", "her lazy son". */
const ATTRIBUTIVE_AFTER = new Set('the a an her his their this that such my our your these those'.split(' '));

/** "The stubborn mom refused …" → "The mom refused …"; "an unreliable man" → "a man". */
const dropOneLabel = dropAttributiveLabel({
  notANoun: new Set(
    'and or but to about with in at on of for as when because during towards toward again today now than if so that who which is was are were be been being'.split(' '),
  ),
  copulas: new Set([...PRESENT_COPULA, ...PAST_COPULA, 'be', 'been', 'being', "he's", "she's", "they're"]),
  // "Jayden's uncaring father", "the mother's spiteful behaviour": a possessive stands where a determiner would.
  // Not "the father's explosive nature": without its label "nature" says nothing.
  attributiveForm: (_label, before, noun) =>
    (ATTRIBUTIVE_AFTER.has(before) || (/^\p{L}+['’]s$/u.test(before) && !TRAIT_NOUN.test(noun))) && !/ly$/.test(noun),
  article: (article, noun) => {
    if (!/^an?$/i.test(article)) return article;
    const vowel = /^[aeiou]/i.test(noun) && !/^(u[bcfhjkqrstn]i|eu|one|uni|use)/i.test(noun);
    const chosen = vowel || /^(hour|honest|heir)/i.test(noun) ? 'an' : 'a';
    return article[0] === 'A' ? chosen.charAt(0).toUpperCase() + chosen.slice(1) : chosen;
  },
});

const ASIDE_WORDS = {
  labels: new Set([...JUDGMENT_WORDS, ...JUDGMENT_BEFORE_PERSON]),
  personNouns: new Set([...PERSON_NOUN, 'boy', 'girl', 'child', 'kid', 'teenager', 'client', 'parent', 'mother', 'father']),
  people: new Set([...PARENT, ...PERSON_NOUN, 'eldest', 'youngest']),
};
const dropLabelAside = dropAside(ASIDE_WORDS);
const dropLabels = dropLabelList(ASIDE_WORDS, ATTRIBUTIVE_AFTER, new Set([...PRESENT_COPULA, ...PAST_COPULA, 'be', 'been', 'being']));

/**
 * Whether the focus is one label of several words ("soft touch", "bad influence", "nasty piece
 * of work", "spoilt brat"): its last word judges on its own or as the end of a lexicon phrase
 * (#LabelNoun). Such a label is one unit: leaving out its first words leaves "a touch", "an
 * influence"; "the attention-seeking mother" keeps its person noun and may lose the label.
 */
function oneLabelOfWords(input: RewriteInput): boolean {
  const { focus } = input;
  if (!focus.text.includes(' ')) return false;
  const noun = (focus.text.split(/\s+/).at(-1) ?? '').toLowerCase();
  const last = (input.terms ?? []).findLast((term) => term.start >= focus.start && term.end <= focus.end);
  return ASIDE_WORDS.labels.has(noun) || (last?.tags.has('LabelNoun') ?? false);
}

/**
 * Whether the word after a one-word focus can be the noun the label stands before: one the
 * tagger took for a noun or an adjective ("the stubborn old man"), not "by" or "from" in "a
 * bully by all accounts", where the label is the noun itself.
 */
function nounFollows(input: RewriteInput): boolean {
  if (input.focus.text.includes(' ')) return true;
  const next = input.terms?.find((term) => term.start > input.focus.end);
  return next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Preposition') && !next.tags.has('Determiner');
}

/**
 * Whether the label stands in an apposition ("Aaliyah's father, a controlling man, ...", "An
 * unreliable historian, mum ..."): without the label the aside says nothing ("a man"), so it
 * goes whole (dropLabelAside) or the sentence is left as it is.
 */
function inApposition(input: RewriteInput): boolean {
  const { sentence, focus } = input;
  const open = sentence.lastIndexOf(',', focus.start) + 1;
  const close = sentence.indexOf(',', focus.end);
  const aside = sentence.slice(open, close < 0 ? undefined : close).trim();
  // At the sentence's start only an indefinite one: "The scheming mother stated, ..." is the subject.
  const article = open === 0 ? /^an?\s/i : /^(?:an?|the)\s/i;
  return close >= 0 && article.test(aside) && aside.split(/\s+/).length <= 5;
}

/** The label left out: one before its noun, an aside that is only a label, or a list of labels before a noun. */
const dropLabel: Rewriter = (input) =>
  (oneLabelOfWords(input) || !nounFollows(input) || inApposition(input) ? null : dropOneLabel(input)) ?? dropLabelAside(input) ?? dropLabels(input);

/** A negation in the focus: "shouldn't", "must not", "isn't to". */
const NEGATION_IN_FOCUS = /n['’]t\b|\b(?:not|never)\b/i;
const NEGATION = /n['’]t\b|\b(?:not|never|no|nothing|nobody|none)\b/i;

/** A prohibition's scope right after the duty word: "must on no account leave", "is under no circumstances to". */
const PROHIBITION_AFTER = /^\s*,?\s*(?:under|in) no circumstances\b|^\s*,?\s*on no account\b/i;
const PROHIBITION_SCOPE = /\bno circumstances\b|\bno account\b/i;

/**
 * A rewriter that leaves out the "not" of "shouldn't" says the opposite ("We agreed with Ms
 * Hart that she will let the dog sleep in the baby's room"). The contraction hides the "not"
 * from rewriters that look for it as a word; whatever the cause, a rewrite of a negated focus
 * without any negation is withdrawn. A prohibition's scope kept inside a question or a wish
 * reads as nonsense ("Could Mum on no account leave …?"); a rewrite that says "never" is fine.
 */
function keepingNegation(rewriter: Rewriter): Rewriter {
  return (input) => {
    const text = rewriter(input);
    if (text === null) return null;
    if (PROHIBITION_AFTER.test(input.sentence.slice(input.focus.end)) && PROHIBITION_SCOPE.test(text)) return null;
    // An aside that goes whole ("not for the first time") negates nothing of the clause.
    if (ASIDE_PHRASES.has(input.focus.text.toLowerCase().replace(/[,!]/g, ''))) return text;
    return !NEGATION_IN_FOCUS.test(input.focus.text) || NEGATION.test(text) ? text : null;
  };
}

export const ENGLISH_REWRITERS: Readonly<Record<string, Rewriter>> = Object.fromEntries(
  Object.entries({
  'agreed-together': agreedTogether,
  'agreed-not-to': agreedNotTo,
  'could-parent': couldParent,
  'ask-not-to': askNotTo,
  'reported-denial': reportedDenial,
  'without-doubt': withoutDoubt,
  'without-generalisation': withoutGeneralisation,
  'parent-wish': parentWish,
  'does-not-want': doesNotWant,
  'did-not': didNot,
  'ask-instead': askInstead,
  'asked-to': askedTo,
  'own-experience': ownExperience,
  'drop-phrase': dropPhrase,
  'often-instead': oftenInstead,
  'my-impression': myImpression,
  'as-request': asRequest,
  'could-you': couldYou,
  'drop-words': dropWords,
  'drop-purpose': dropPurpose,
  'drop-label': dropLabel,
  'important-that-condition': importantThatCondition,
  'neutral-word': neutralWords(neutralWordTable, 'en'),
  } satisfies Record<string, Rewriter>).map(([name, rewriter]) => [name, keepingNegation(rewriter)]),
);
