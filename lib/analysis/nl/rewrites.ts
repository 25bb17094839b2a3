// Dutch sentence rewriters named by the rule packs. Each takes the matched sentence
// apart (subject, verb, rest), rebuilds it with correct verb forms and word order
// through verb-forms.ts, and returns null when the sentence has a shape it does not
// know: no suggestion is better than a broken sentence.
import type { RewriteInput, Rewriter, Span } from '../engine';
import { isPastParticiple, pastTense, separablePrefix, subordinateVerbCluster, type Person } from './verb-forms';
import { HONORIFIC, PARENT } from './lexicon/people';
import { BEHAVIOUR_NOUN } from './lexicon/judgments';
import { capitalise } from '../letter-case';
import { asRequest } from './request-rewrite';
import { isKnownInfinitive } from './lexicon/commands';
import { isFiniteForm } from './lexicon/finite-forms';
import { DETERMINERS, JOINING_PARTICLES, PREPOSITIONS } from './lexicon/function-words';
import { DUTCH_LEXICON, normalise } from './tagger';
import { dropAttributiveLabel } from '../drop-label';
import { OWNED_REWRITERS } from './owned-rewrites';
import { negatedTeClause, OBJECT_PRONOUNS } from './negated-clause';
import { notManagedYet } from './not-managed-rewrite';
import { importantNot } from './prohibition-rewrite';
import { didNotCome } from './did-not-come-rewrite';
import { reportedAccount } from './reported-account-rewrite';
import { neutralWords } from '../neutral-words';
import neutralWordTable from '../../../rules/nl/lexicon/neutral-words.json';

const FEMALE = new Set(['moeder', 'mama', 'mam', 'pleegmoeder', 'stiefmoeder', 'oma', 'grootmoeder', 'mevrouw', 'mevr', 'mw', 'dochter', 'zus', 'tante', 'vriendin', 'meisje', 'cliënte']);
const MALE = new Set(['vader', 'papa', 'pap', 'pleegvader', 'stiefvader', 'opa', 'grootvader', 'meneer', 'dhr', 'zoon', 'broer', 'oom', 'vriend', 'jongen']);
const PLURAL = new Set(['ouders', 'pleegouders', 'grootouders', 'kinderen', 'verzorgers', 'opvoeders', 'jongeren', 'moeders', 'vaders', 'gezinsleden']);
const PARENT_WORDS = new Set(PARENT);
const PRONOUNS = new Set(['hij', 'zij', 'ze']);

interface Subject {
  /** As written at the start of the sentence. */
  text: string;
  /** Lower-cased where it is a role ("moeder"), kept where it is a name ("Sanne"). */
  inSentence: string;
  /** The pronoun that refers back, or the subject itself where gender is unknown. */
  pronoun: string;
  person: Person;
}

function subjectOf(span: Span): Subject {
  const words = span.text.split(/\s+/);
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/, ''));
  // "de ouders van Lina": the person is the head before "van", not the name after it.
  const of = lower.indexOf('van');
  const head = lower[(of > 0 ? of : lower.length) - 1] ?? '';
  const plural = lower.slice(0, of > 0 ? of : lower.length).includes('en') || PLURAL.has(head);
  const isRole = lower.some((word) => PARENT_WORDS.has(word) || DETERMINERS.has(word));
  // A capital after the first word means a name ("mevrouw Jansen"): keep the case as written.
  // An honorific is lower case before a name too ("mevrouw Jansen", "mw. El Idrissi").
  const honorific = HONORIFIC_WORDS.has(lower[0] ?? '');
  const inSentence = (isRole && !words.some((word, index) => index > 0 && /^\p{Lu}/u.test(word))) || honorific
    ? span.text.charAt(0).toLowerCase() + span.text.slice(1)
    : span.text;
  let pronoun = inSentence;
  if (lower.length === 1 && PRONOUNS.has(head)) pronoun = head;
  else if (plural) pronoun = 'zij';
  else if (lower.some((word) => FEMALE.has(word))) pronoun = 'zij';
  else if (lower.some((word) => MALE.has(word))) pronoun = 'hij';
  return { text: span.text, inSentence, pronoun, person: plural ? 'pl' : '3sg' };
}

function words(text: string): string[] {
  return text.replace(/[.!?;:]+$/, '').trim().split(/\s+/).filter((word) => word.length > 0);
}

/**
 * The modal's clause taken apart: who, what they must (or may not) do, and what stands
 * around it. The subject opens the sentence ("Moeder moet ...") or follows the modal after
 * a fronted part ("Tot het MDO mag vader ...", "Zolang de sanering loopt, mag moeder ...").
 * A fronted subordinate clause (with its comma) stays in front; a fronted adverbial moves
 * into the middle field ("dat hij tot het MDO ..."). A tail after the verb cluster (", ook
 * als ...", "als hij clean is") stays at the end.
 */
interface ModalClause {
  subject: Subject;
  /** A fronted subordinate clause with its comma, kept in front of the rewrite. */
  front: string;
  rest: string[];
  tail: string;
}

/** Words that open a clause after the verb cluster: "... zien als hij clean is", "... laten zolang de kinderen thuis zijn". */
const TAIL_OPENERS = new Set(['als', 'zolang', 'wanneer', 'omdat', 'zodat', 'totdat', 'voordat', 'nadat', 'zodra', 'tenzij', 'terwijl', 'want']);

/** Openers of a fronted subordinate clause ("Zolang de OTS loopt, moeten ouders ..."); a fronted relative clause is none. */
const FRONT_OPENERS = new Set(['als', 'zolang', 'wanneer', 'omdat', 'nadat', 'voordat', 'zodra', 'sinds', 'doordat', 'hoewel', 'aangezien', 'totdat', 'tot', 'vanaf', 'na', 'tijdens', 'bij', 'voor']);

/** Tags of a label before the person in the subject: "de onverschillige vader", "de nogal warrige mw.". */
const SUBJECT_LABEL_TAGS = ['Judgment', 'AttributiveJudgment'];

/**
 * The subject with a label before the person left out: "De onverschillige vader moet ..."
 * → "De vader"; "De brutale Kevin" → "Kevin" and "De warrige mw." → "Mw." (no article before
 * a name or an honorific). The label has its own finding; the obligation's rewrite says
 * the same without it. Null when the words before the person are anything else.
 */
function withoutSubjectLabel(input: RewriteInput, subject: Span): Span | null {
  const terms = (input.terms ?? []).filter((term) => term.end <= subject.start);
  const [article, ...labels] = terms;
  if (!article || article.start !== 0 || labels.length === 0 || !DETERMINERS.has(article.text.toLowerCase())) return null;
  if (!labels.some((term) => SUBJECT_LABEL_TAGS.some((tag) => term.tags.has(tag)))) return null;
  if (!labels.every((term) => SUBJECT_LABEL_TAGS.some((tag) => term.tags.has(tag)) || NOUN_PHRASE_DEGREE.has(term.text.toLowerCase()))) return null;
  if (/[,;:]/.test(input.sentence.slice(0, subject.start))) return null;
  const head = subject.text.split(/\s+/)[0] ?? '';
  const keepsArticle = PARENT_WORDS.has(head.toLowerCase()) && !HONORIFIC_WORDS.has(head.toLowerCase().replace(/\.$/, ''));
  const text = keepsArticle ? `${capitalise(article.text)} ${subject.text}` : capitalise(subject.text);
  return { text, start: 0, end: subject.end };
}

/**
 * A label put between the subject and its modal, with its commas: an apposition that is
 * only the verdict ("Vader, een echte profiteur, moet ...") or a relative clause that is only
 * the label ("Vader, die nogal egoïstisch is, dient ..."). It has its own finding; the
 * obligation's rewrite leaves it out. A relative clause with more in it holds facts, and
 * stops the rewrite.
 */
function labelAsideBetween(input: RewriteInput, from: number): boolean {
  const between = input.sentence.slice(from, input.focus.start);
  const aside = /^\.?\s*,\s*([^,;:]+?)\s*,\s*$/.exec(between)?.[1];
  if (!aside) return false;
  const words = aside.split(/\s+/).map((word) => word.toLowerCase());
  const terms = (input.terms ?? []).filter((term) => term.start > from && term.end <= input.focus.start);
  const labels = terms.filter((term) => SUBJECT_LABEL_TAGS.some((tag) => term.tags.has(tag)) || term.tags.has('LabelNoun'));
  if (labels.length === 0) return false;
  const isLabel = (word: string) => labels.some((term) => term.text.toLowerCase().replace(/[,.]$/, '') === word);
  const filler = (word: string) => isLabel(word) || NOUN_PHRASE_DEGREE.has(word) || APPOSITION_MODIFIERS.has(word) || word === 'en';
  // "een echte profiteur", "de regelneef": article, modifiers, label.
  if (['een', 'de'].includes(words[0] ?? '')) return words.slice(1).every(filler);
  // "die nogal egoïstisch is": the label and its copula.
  return words[0] === 'die' && ['is', 'was'].includes(words[words.length - 1] ?? '') && words.slice(1, -1).every(filler);
}

const HONORIFIC_WORDS = new Set(HONORIFIC);

function modalClause(input: RewriteInput): ModalClause | null {
  // A clause rule names no subject: the person opening the sentence, where only a label stands between them and the modal.
  const opening = input.groups.subject ? null : leadingSubject(input);
  // "Vader, die ...": the relative pronoun the tagger also counts as subject is the aside's.
  const asideComma = opening ? opening.text.indexOf(',') : -1;
  const leading = opening && asideComma > 0 ? { text: opening.text.slice(0, asideComma), start: 0, end: asideComma } : opening;
  const named = input.groups.subject ?? (leading && labelAsideBetween(input, leading.end) ? leading : null);
  if (!named) return null;
  // The tagger counts an apposition as part of the subject ("Moeder, een echte chaoot"): when it
  // is only the label, the person is what stands before its comma.
  const apposition = named.text.indexOf(',');
  const written = apposition > 0 && labelAsideBetween(input, named.start + apposition) ? { text: named.text.slice(0, apposition), start: named.start, end: named.start + apposition } : named;
  const labelled = written.start > 0 ? withoutSubjectLabel(input, written) : null;
  const subject = labelled ?? written;
  const { sentence, focus } = input;
  // Only a label stands between the person and the modal: it goes ("Vader, een echte profiteur, moet").
  const asideOnly = labelAsideBetween(input, subject.end);
  let front = '';
  let fronted: string[] = [];
  let after: string;
  if (subject.start === 0) {
    // "Dhr. mag ...": the abbreviation's full stop belongs to the subject; "is verplicht" has its copula there.
    const between = asideOnly ? '' : sentence.slice(subject.end, focus.start);
    if (!/^\.?\s*$/.test(between) && !(focus.text.toLowerCase() === 'verplicht' && /^\.?\s+(is|zijn|was|waren|wordt|worden|werd|werden)\s+$/.test(between))) return null;
    // "is verplicht om ... te doen": the "om" goes with the obligation.
    after = focus.text.toLowerCase() === 'verplicht' ? sentence.slice(focus.end).replace(/^\s+om(?=\s)/, '') : sentence.slice(focus.end);
  } else {
    if (subject.start < focus.end || sentence.slice(focus.end, subject.start).trim() !== '' || focus.start === 0) return null;
    const before = sentence.slice(0, focus.start).trim();
    const comma = before.lastIndexOf(',');
    if (comma >= 0) {
      if (comma !== before.length - 1 || /[;:]/.test(before) || !FRONT_OPENERS.has(before.split(/\s+/)[0]?.toLowerCase() ?? '')) return null;
      front = before;
    } else {
      // A fronted adverbial moves into the middle field, lower-cased unless it is a name.
      fronted = words(before);
      const first = fronted[0] ?? '';
      if (!/^\p{Lu}\p{Ll}+$/u.test(first) || /^\p{Lu}/u.test(fronted[1] ?? '')) return null;
      // "Tamara mag haar dochter nooit ...": a name in front is the subject, not an adverbial.
      if (PERSON_TAGS.some((tag) => input.terms?.[0]?.tags.has(tag))) return null;
      fronted[0] = first.toLowerCase();
    }
    // "moet mw. meewerken": the abbreviation's full stop belongs to the subject.
    after = sentence.slice(subject.end).replace(/^\./, '');
  }
  let body = after.replace(/[.!?]+\s*$/, '');
  let tail = '';
  const comma = body.indexOf(',');
  if (comma >= 0) {
    tail = body.slice(comma);
    body = body.slice(0, comma);
    if (/[;:]/.test(tail) || !/^,\s+\p{Ll}/u.test(tail)) return null;
  }
  const rest = words(body);
  // "mag ze van mij ...": the writer's own permission cannot become an agreement.
  if (/\bvan (mij|ons)\b/.test(body)) return null;
  // "moet elke ochtend zorgen dat Daan ...": a dat-clause after the verb is its object and stays at the end.
  const opener = rest.findIndex((word, index) => index > 0 && (TAIL_OPENERS.has(word) || (word === 'dat' && index > 1 && isKnownInfinitive(rest[index - 1] ?? ''))));
  if (opener > 0) {
    tail = ` ${rest.splice(opener).join(' ')}${tail}`;
  }
  if (/[;:]/.test(body)) return null;
  const whole = labelled
    ? labelled.text + (sentence.charAt(subject.end) === '.' ? '.' : '')
    : asideOnly ? sentence.slice(subject.start, subject.end).trim()
    : /^\.?\s*$/.test(sentence.slice(subject.end, focus.start)) ? sentence.slice(subject.start, focus.start).trim() : sentence.slice(subject.start, subject.end + (sentence.charAt(subject.end) === '.' ? 1 : 0));
  return { subject: subjectOf({ ...subject, text: subject.start === 0 ? whole : subject.text }), front, rest: [...fronted, ...rest], tail };
}

/**
 * Whether the word at `index` is an infinitive: lower case, ending in -(e)n, known to the
 * conjugator (or in `also`), and not a noun after a determiner ("naar de kinderen") or a
 * preposition ("stoppen met roken", "naar buiten").
 */
function isInfinitiveAt(rest: readonly string[], index: number, also: ReadonlySet<string> = new Set()): boolean {
  const word = rest[index];
  if (!word || !/^\p{Ll}+$/u.test(word) || !/(en|n)$/.test(word) || word.length < 3) return false;
  return !DETERMINERS.has(rest[index - 1] ?? '') && !PREPOSITIONS.has(rest[index - 1] ?? '') && (isKnownInfinitive(word) || also.has(word));
}

/**
 * Finds the infinitive the modal governs: after the last "te", else the last word, or the
 * last known verb before a prepositional phrase put after it ("... meenemen naar het huis").
 */
function governedInfinitive(rest: string[]): { index: number; withTe: boolean } | null {
  const te = rest.lastIndexOf('te');
  if (te >= 0 && te < rest.length - 1) return { index: te + 1, withTe: true };
  const isVerb = (index: number) => isInfinitiveAt(rest, index);
  const last = rest.length - 1;
  if (isVerb(last)) return { index: last, withTe: false };
  for (let index = last - 1; index >= 0; index--) {
    // A prepositional phrase the writer put after the verb: "meenemen naar het huis van ...".
    if (PREPOSITIONS.has(rest[index + 1] ?? '') && isVerb(index)) return { index, withTe: false };
  }
  return null;
}

function finiteInSubordinate(infinitive: string, person: Person, past: boolean): string {
  if (!past) return subordinateVerbCluster(infinitive, person);
  const split = separablePrefix(infinitive);
  return split ? split.prefix + pastTense(split.base, person === 'pl') : pastTense(infinitive, person === 'pl');
}

const PAST_MODALS = new Set(['moest', 'moesten', 'diende', 'dienden', 'mocht', 'mochten', 'hoorde', 'hoorden']);

/** The word after a time's "om": "om 10.00 uur", "om half acht", "om acht uur". */
const TIME_AFTER_OM = /^(\d|half$|kwart$|een$|twee$|drie$|vier$|vijf$|zes$|zeven$|acht$|negen$|tien$|elf$|twaalf$)/;

/** Whether the obligation is in the past: its modal ("moest"), or the copula of "was verplicht". */
function pastObligation(input: RewriteInput): boolean {
  if (PAST_MODALS.has(input.focus.text.toLowerCase())) return true;
  const subject = input.groups.subject;
  return input.focus.text.toLowerCase() === 'verplicht' && !!subject && /^\.?\s+(was|waren|werd|werden)\s/.test(input.sentence.slice(subject.end, input.focus.start + 1));
}

/**
 * A rewriter for a line of an action list: "- Moeder dient ..." is rewritten without its
 * bullet, which is put back in front.
 */
function onListLine(rewriter: Rewriter): Rewriter {
  return (input) => {
    const bullet = /^\s*[-–•*]\s+/.exec(input.sentence)?.[0];
    if (!bullet) return rewriter(input);
    const shift = bullet.length;
    const move = <T extends Span>(span: T): T => ({ ...span, start: span.start - shift, end: span.end - shift });
    const groups = Object.fromEntries(Object.entries(input.groups).map(([name, span]) => [name, move(span)]));
    const terms = input.terms?.filter((term) => term.start >= shift).map(move);
    const text = rewriter({ sentence: input.sentence.slice(shift), focus: move(input.focus), groups, ...(terms ? { terms } : {}) });
    return text === null ? null : bullet + text;
  };
}

/** Verbs that take a bare infinitive and come first in the cluster: "dat zij de baby laat slapen", "blijft wonen". */
const CLUSTER_VERBS = new Set(['laten', 'blijven', 'gaan', 'leren', 'komen', 'helpen', 'zien', 'horen']);

/**
 * The modal's verbs as the finite verbs of a subordinate clause: "de hond in de bench te
 * zetten en de tv uit te doen" → "de hond in de bench zet en de tv uitdoet"; "de baby bij
 * haar laten slapen" → "de baby bij haar laat slapen"; "zijn post openmaken en alles
 * bewaren" → "zijn post openmaakt en alles bewaart". A purpose ("om ... te voorkomen")
 * ("zonder ... af te stemmen") keeps its infinitive. `finite` makes the form ("zet", or "wil zetten" for a wish).
 */
function finiteVerbs(rest: readonly string[], verb: { index: number; withTe: boolean }, finite: (infinitive: string) => string): string[] | null {
  const out = [...rest];
  if (verb.withTe) {
    // Every "te" of the modal: the first, and each after an "en"/"of" with no "om" between.
    const targets: number[] = [];
    let open = true;
    for (let index = 0; index < out.length - 1; index++) {
      const word = out[index] as string;
      // "om 10.00 uur", "om half acht" tell the time; only a purpose "om ... te" has a verb of its own.
      if ((word === 'om' && !TIME_AFTER_OM.test(out[index + 1] ?? '')) || word === 'zonder') open = false;
      if ((word === 'en' || word === 'of') && targets.length > 0) open = true;
      if (word === 'te' && open && /^\p{Ll}+$/u.test(out[index + 1] ?? '')) {
        targets.push(index);
        open = false;
      }
    }
    // "zonder toezicht ... te laten spelen": with one "te" in the clause, it is the modal's, whatever closed it.
    if (targets.length === 0 && out.filter((word) => word === 'te').length === 1 && verb.withTe) targets.push(verb.index - 1);
    if (targets.length === 0) return null;
    for (const te of targets.reverse()) {
      // "zich ... aan te melden" → "zich ... aanmeldt": a particle before "te" joins its verb.
      // "deel te nemen" → "deelneemt": "deel" is a particle only there, before "te" (elsewhere a noun).
      // "er zorg voor te dragen": after "zorg" the "voor" is a preposition, no particle.
      const particle = (JOINING_PARTICLES.has(out[te - 1] ?? '') && out[te - 2] !== 'zorg') || out[te - 1] === 'deel' ? (out[te - 1] as string) : '';
      const from = particle ? te - 1 : te;
      out.splice(from, te + 2 - from, finite(particle + (out[te + 1] as string)));
    }
    return out;
  }
  const first = out[verb.index - 1] ?? '';
  if (CLUSTER_VERBS.has(first)) out.splice(verb.index - 1, 1, finite(first));
  else out.splice(verb.index, 1, finite(out[verb.index] as string));
  // "... openmaken en alles bewaren": the verb before "en" is the modal's too.
  for (let index = verb.index - 1; index > 0; index--) {
    const word = out[index] as string;
    if ((out[index + 1] === 'en' || out[index + 1] === 'of') && /^\p{Ll}+en$/u.test(word) && isKnownInfinitive(word) && !DETERMINERS.has(out[index - 1] ?? '')) out.splice(index, 1, finite(word));
  }
  return out;
}

/** Modals that take a bare infinitive: "moet stoppen", not "moet te stoppen". */
const BARE_INFINITIVE_MODALS = new Set(['moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten']);
/** A finite modal in the rest opens a second obligation ("... en dient hiervoor ... te laten afnemen"), which the rewrite would leave finite. */
const FINITE_MODALS = new Set([...BARE_INFINITIVE_MODALS, 'dient', 'dienen', 'diende', 'dienden', 'hoeft', 'hoeven', 'hoort', 'horen']);

/**
 * The verb the obligation governs, where the rewrite can make it finite. After a modal
 * that takes a bare infinitive, a te-infinitive belongs to another verb ("moet leren om
 * rustig te blijven", "moet proberen ... op te halen"): making "blijven" finite would leave
 * "leren" behind. A second finite modal in the rest would stay as it is, and read wrong.
 */
function obligedVerb(input: RewriteInput, rest: readonly string[]): { index: number; withTe: boolean } | null {
  if (rest.some((word) => FINITE_MODALS.has(word.toLowerCase()))) return null;
  const verb = governedInfinitive([...rest]);
  if (!verb || (verb.withTe && BARE_INFINITIVE_MODALS.has(input.focus.text.toLowerCase()))) return null;
  // "moet accepteren dat de school ... gaat aanpassen": a verb found inside a dat-clause is that clause's own, not the modal's.
  const clauseOpens = rest.indexOf('dat');
  if (clauseOpens >= 0 && clauseOpens < verb.index) return null;
  return verb;
}

/**
 * The pronoun for a name repeated in the clause ("Kevin en ik hebben afgesproken dat Kevin …"):
 * a name says no gender, but a possessive that can only point back to it does ("Kevin moet
 * zijn kamer opruimen" → "hij"). Where another person is named, or both "zijn" and "haar"
 * occur, or "zijn"/"haar" is a verb or an object ("aanwezig zijn", "haar ophalen"), the
 * name stays. ("zijn zus" is his own family, no other owner.)
 */
function referringPronoun(subject: Subject, rest: readonly string[]): string {
  if (subject.pronoun !== subject.inSentence || /\s/.test(subject.text) || subject.person !== '3sg') return subject.pronoun;
  const plain = rest.map((word) => word.replace(/[.,;:!?]+$/, ''));
  if (plain.some((word, index) => index > 0 && /^\p{Lu}/u.test(word)) || plain.some((word, index) => PARENT_WORDS.has(word.toLowerCase()) && !/^(zijn|haar)$/.test(plain[index - 1] ?? ''))) return subject.pronoun;
  const possessive = (owner: string) =>
    plain.some((word, index) => word === owner && !/[.,;:!?]$/.test(rest[index] ?? '') && /^\p{Ll}+$/u.test(plain[index + 1] ?? '') && !isKnownInfinitive(plain[index + 1] ?? ''));
  const [his, hers] = [possessive('zijn'), possessive('haar')];
  if (his === hers) return subject.pronoun;
  return his ? 'hij' : 'zij';
}

/** "Moeder moet de afspraken nakomen." → "Moeder en ik hebben afgesproken dat zij de afspraken nakomt." */
const agreedTogether: Rewriter = onListLine((input) => {
  const clause = modalClause(input);
  if (!clause) return null;
  const verb = obligedVerb(input, clause.rest);
  if (!verb) return null;
  const past = pastObligation(input);
  const middle = finiteVerbs(clause.rest, verb, (infinitive) => finiteInSubordinate(infinitive, clause.subject.person, past));
  if (!middle) return null;
  // "Moeder en vader" + "en ik" reads as "Moeder, vader en ik"; "ze" + "en ik" as "zij en ik".
  const together = STRESSED_PRONOUN[clause.subject.text.toLowerCase()] ?? clause.subject.text.replace(/ en (?=[^ ]+$|de |het |haar |zijn )/, ', ');
  const agreed = `${past ? 'hadden' : 'hebben'} afgesproken dat ${referringPronoun(clause.subject, clause.rest)} ${middle.join(' ')}${clause.tail}.`;
  // After a fronted clause the finite verb comes first: "Zolang ..., hebben moeder en ik afgesproken ...".
  if (clause.front) return `${clause.front} ${past ? 'hadden' : 'hebben'} ${lowerRole(together)} en ik ${agreed.replace(/^\S+ /, '')}`;
  return `${capitalise(together)} en ik ${agreed}`;
});

/** "Moeder moet de afspraken nakomen." → "Moeder geeft aan dat zij de afspraken wil nakomen." */
const parentWish: Rewriter = onListLine((input) => {
  const clause = modalClause(input);
  if (!clause || clause.front) return null;
  const verb = obligedVerb(input, clause.rest);
  if (!verb) return null;
  const past = pastObligation(input);
  const plural = clause.subject.person === 'pl';
  const want = past ? (plural ? 'wilden' : 'wilde') : plural ? 'willen' : 'wil';
  const says = past ? (plural ? 'gaven' : 'gaf') : plural ? 'geven' : 'geeft';
  const middle = finiteVerbs(clause.rest, verb, (infinitive) => `${want} ${infinitive}`);
  if (!middle) return null;
  return `${capitalise(clause.subject.text)} ${says} aan dat ${referringPronoun(clause.subject, clause.rest)} ${middle.join(' ')}${clause.tail}.`;
});

/**
 * Verbs of understanding whose object is a dat-clause ("moeten begrijpen dat ..."); the
 * conjugator knows them, the command lexicon (which `isKnownInfinitive` reads) does not.
 */
const CLAUSE_OBJECT_VERBS = new Set(['begrijpen', 'beseffen', 'inzien', 'erkennen', 'snappen', 'onthouden', 'weten']);
/** Words that open the object of a verb after it: a clause ("accepteren dat ...") or a te-infinitive ("leren om ... te ..."). */
const COMPLEMENT_OPENERS = new Set(['dat', 'om', 'hoe', 'wat', 'waarom', 'wanneer']);
/** Verbs that take a te-infinitive after them without "om": "moet leren haar boosheid te reguleren". */
const TE_VERBS = new Set(['leren', 'proberen', 'durven', 'beginnen', 'weigeren', 'beloven']);

/**
 * The modal's verb where its own object follows it: "moet leren om rustig te blijven",
 * "moet accepteren dat Lotte ...", "heeft te zorgen dat ...". Only that verb becomes finite;
 * its object stays after it, as Dutch puts it in a subordinate clause too ("dat moeder
 * accepteert dat Lotte ... blijft").
 */
function complementVerb(rest: readonly string[]): { index: number; withTe: boolean } | null {
  for (let index = 0; index < rest.length - 1; index++) {
    if (!isInfinitiveAt(rest, index, CLAUSE_OBJECT_VERBS)) continue;
    const next = rest[index + 1] ?? '';
    if (COMPLEMENT_OPENERS.has(next) || (TE_VERBS.has(rest[index] ?? '') && rest.slice(index + 2).includes('te'))) return { index, withTe: false };
    return null;
  }
  return null;
}

/** Auxiliaries of a perfect or passive infinitive after the modal: "moet ... hebben volgehouden", "moet ... zijn opgelost". */
const AUXILIARIES = new Set(['hebben', 'zijn', 'worden']);

/** Words before a plural noun in -en ("geen vrienden", "twee weken"): the word after them is no infinitive. */
const QUANTIFIERS = new Set(['geen', 'meer', 'minder', 'veel', 'weinig', 'alle', 'enkele', 'sommige', 'andere', 'beide', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'paar', 'hun', 'onze', 'jullie', 'mijn', 'welke']);

/**
 * Whether the last word of the modal's clause is its infinitive though the command lexicon
 * does not know it ("overnachten", "logeren"): lower case, in -en, after no article,
 * preposition, quantifier or inflected adjective ("nieuwe vrienden"), and no person word.
 */
function looksInfinitive(rest: readonly string[], index: number): boolean {
  const word = rest[index] ?? '';
  const before = (rest[index - 1] ?? '').toLowerCase();
  if (!/^\p{Ll}{4,}en$/u.test(word) || PARENT_WORDS.has(word) || PLURAL.has(word) || isPastParticiple(word) || isKnownInfinitive(before)) return false;
  if (DETERMINERS.has(before) || PREPOSITIONS.has(before) || QUANTIFIERS.has(before) || /^\d/.test(before)) return false;
  return !(/e$/.test(before) && !PARENT_WORDS.has(before));
}

/** The modal's verbs made finite with `finite`, whichever shape governs them; "moet naar huis" gets its "gaan" back. */
function obligedClause(input: RewriteInput, rest: readonly string[], finite: (infinitive: string) => string): string[] | null {
  if (rest.some((word) => FINITE_MODALS.has(word.toLowerCase()))) return null;
  const verb = obligedVerb(input, rest);
  const made = verb && finiteVerbs(rest, verb, finite);
  if (made) return made;
  const complement = complementVerb(rest);
  if (complement) return rest.map((word, index) => (index === complement.index ? finite(word) : word));
  // "mag niet bij moeder overnachten": a last word in -en is the modal's infinitive, also one the command lexicon does not know.
  const last = rest.length - 1;
  if (rest.some((word) => SECOND_CLAUSE_VERBS.has(word))) return null;
  // "moet ... hebben volgehouden", "moet de voet laten herberekenen": the first verb of the cluster is the finite one.
  const auxiliary = rest[last - 1] ?? '';
  if (last >= 2 && (CLUSTER_VERBS.has(auxiliary) || AUXILIARIES.has(auxiliary)) && /^\p{Ll}{4,}(en|d|t)$/u.test(rest[last] ?? '')) return [...rest.slice(0, last - 1), finite(auxiliary), rest[last] as string];
  if (last >= 1 && looksInfinitive(rest, last)) return [...rest.slice(0, last), finite(rest[last] as string)];
  // "moet direct naar huis", "mag pas weer naar feestjes": a direction without its verb is "gaan".
  if (rest.includes('naar') && !rest.includes('te') && !rest.some((_, index) => isInfinitiveAt(rest, index))) return [...rest, finite('gaan')];
  return null;
}

/**
 * The clause of an inverted modal or a modal after "zal", put subject first, so that
 * modalClause reads it: "moeten ouders alle medicijnen ... bewaren" → "Ouders moeten alle
 * medicijnen ... bewaren"; "Vader zal tijdens de omgang zijn telefoon moeten wegleggen" →
 * "Vader moeten tijdens de omgang zijn telefoon wegleggen" (the modal's own form does not
 * matter: the rewrite conjugates for the subject). The middle field keeps its order.
 */
function subjectFirstInput(input: RewriteInput, subject: Span, middle: string, after: string): RewriteInput {
  const head = capitalise(subject.text);
  const focusAt = head.length + 1;
  const sentence = `${head} ${input.focus.text}${middle ? ` ${middle}` : ''}${after}`;
  return {
    sentence,
    focus: { text: input.focus.text, start: focusAt, end: focusAt + input.focus.text.length },
    groups: { subject: { text: head, start: 0, end: head.length } },
  };
}

/**
 * A part in front of the clause that stays in front: a condition closed by ", dan" ("Als
 * moeder ..., dan moet zij ..." → "Als moeder ..., dan vind ik ..."); a purpose ("Om de
 * veiligheid te waarborgen moeten ouders ...") stays as it is. Returns the front and the
 * clause after it, put subject first; null when the sentence has no such front.
 */
function frontAndClause(input: RewriteInput): { front: string; clause: RewriteInput } | null {
  const { sentence, focus } = input;
  const subject = input.groups.subject;
  if (!subject || subject.start !== focus.end + 1) return null;
  const before = sentence.slice(0, focus.start);
  const dan = /,\s+dan\s+$/.exec(before);
  const purpose = /^Om\s[^,;:]*\ste\s\p{Ll}+\s+$/u.exec(before);
  if (!dan && !purpose) return null;
  const front = before.trimEnd();
  if (/[;:()"„“]/.test(front)) return null;
  const after = sentence.slice(subject.end);
  const middle = /^\.?\s/.test(after) ? '' : null;
  if (middle === null) return null;
  return { front, clause: subjectFirstInput(input, { ...subject, text: sentence.slice(subject.start, subject.end) + (after.startsWith('.') ? '.' : '') }, '', after.replace(/^\./, '')) };
}

/** "Vader zal tijdens de omgang zijn telefoon moeten wegleggen": the middle field between "zal" and the modal. */
function afterFuture(input: RewriteInput): RewriteInput | null {
  const subject = input.groups.subject ?? leadingSubject(input);
  if (!subject || subject.start !== 0) return null;
  const between = /^\s+(zal|zullen)\s+([^,;:()]*?)\s*$/.exec(input.sentence.slice(subject.end, input.focus.start));
  if (!between) return null;
  // "zal ... moeten" is conjugated in "zal": the modal takes its person ("moet" for "zal", "moeten" for "zullen").
  const modal = between[1] === 'zal' ? 'moet' : 'moeten';
  return subjectFirstInput({ ...input, focus: { ...input.focus, text: modal } }, subject, between[2] ?? '', input.sentence.slice(input.focus.end));
}

/** A clause rule that named no subject ("- Ouders mogen ..." on a list line): the person the tagger saw opening the sentence, right before the modal. */
function withLeadingSubject(input: RewriteInput): RewriteInput {
  if (input.groups.subject) return input;
  const leading = leadingSubject(input);
  if (!leading || !/^\.?\s+$/.test(input.sentence.slice(leading.end, input.focus.start))) return input;
  return { ...input, groups: { ...input.groups, subject: leading } };
}

/** Plural forms of the obligation: with "ze"/"zij" as subject they say "they", not "she". */
const PLURAL_MODALS = new Set(['moeten', 'moesten', 'dienen', 'dienden', 'mogen', 'mochten', 'horen', 'hoorden', 'hebben te', 'hadden te']);

/** The subject inside the dat-clause: a pronoun, an article, a role or an honorific lower case ("dat zij", "dat de moeder van Lucas"), a name as written. */
function subjectInClause(subject: Subject): string {
  const first = subject.text.split(/\s+/)[0] ?? '';
  const word = first.toLowerCase().replace(/\.$/, '');
  const lower = PRONOUNS.has(word) || DETERMINERS.has(word) || PARENT_WORDS.has(word) || HONORIFIC_WORDS.has(word) || word === 'beide';
  return lower ? subject.text.charAt(0).toLowerCase() + subject.text.slice(1) : subject.text;
}

/** "volgens mij", "wat mij betreft": the writer's own view, which "Ik vind" already says. */
const OWN_VIEW = /\s*,?\s*\b(volgens mij|wat mij betreft|naar mijn mening|wat ons betreft|volgens ons)\b,?/;
/** "moet van de gezinsvoogd ...", "mag van de rechter niet ...": the obligation is someone else's, not the writer's to find important. */
const OTHERS_RULE = /(\S+) van (de |het |haar |zijn |hun )?(rechter|rechtbank|kinderrechter|gezinsvoogd|gv|gi|jeugdbeschermer|jeugdbescherming|raad|school|huisarts|arts|dokter|verloskundige|werkgever|baas|politie|reclassering|officier|gemeente|verslavingszorg|ggz|psychiater|behandelaar|therapeut|mentor|juf|meester|leerkracht|consultatiebureau|uwv|woningcorporatie|corporatie|verhuurder|bank|belastingdienst)\b/gi;
/** Whether a "van"-phrase names who laid the obligation down, not whose thing it is ("het kantoor van de GI", "zonder toestemming van de GI"). */
function othersRule(sentence: string): boolean {
  return [...sentence.matchAll(OTHERS_RULE)].some((match) => {
    const before = sentence.slice(0, match.index).trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const owner = DETERMINERS.has(before) || PREPOSITIONS.has(before) || ['zijn', 'haar', 'hun'].includes(before);
    return !owner;
  });
}
/** A second main clause after "en" ("... nakomen en worden daar ... op bevraagd") keeps its finite verb, which the dat-clause cannot take. */
const SECOND_CLAUSE_VERBS = new Set(['is', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'had', 'hadden', 'krijgt', 'kan', 'kunnen', 'zal', 'zullen', 'gaat', 'blijft']);
function secondMainClause(rest: readonly string[]): boolean {
  return rest.some((word, index) => index > 0 && (rest[index - 1] === 'en' || rest[index - 1] === 'maar') && SECOND_CLAUSE_VERBS.has(word));
}

const RELATIVE_OPENERS = new Set(['die', 'waar', 'wat', 'welke', 'waarin', 'waarbij']);
/** Words after a second modal that name a subject of its own ("en moet moeder hem niet meer wekken", "en moet de moeder ..."): another clause, not a second obligation. */
const OWN_SUBJECT = new Set([...PRONOUNS, ...PARENT_WORDS, ...HONORIFIC_WORDS, 'ik', 'wij', 'we', 'er']);

/**
 * Two obligations of one subject joined by "en": "moet stoppen met blowen en dient hiervoor
 * urinecontroles te laten afnemen" → "stopt met blowen en hiervoor urinecontroles laat
 * afnemen". Each part is made finite for its own modal (a bare infinitive after "moet", a
 * te-infinitive after "dient"); the subject is said once, as Dutch does in a dat-clause.
 */
function coordinatedObligations(source: RewriteInput, rest: readonly string[], finite: (infinitive: string) => string): string[] | null {
  const join = rest.findIndex((word, index) => word === 'en' && FINITE_MODALS.has(rest[index + 1] ?? ''));
  if (join <= 0) return null;
  const modal = rest[join + 1] as string;
  const after = rest.slice(join + 2);
  const next = (after[0] ?? '').toLowerCase();
  if (OWN_SUBJECT.has(next) || /^\p{Lu}/u.test(after[0] ?? '') || (DETERMINERS.has(next) && PARENT_WORDS.has((after[1] ?? '').toLowerCase()))) return null;
  // "de tijden die thuis gelden": a relative clause's verb would be taken for the modal's.
  if (rest.some((word) => RELATIVE_OPENERS.has(word)) || rest.slice(0, join).includes('dat')) return null;
  const firstPart = obligedClause(source, rest.slice(0, join), finite);
  const secondPart = firstPart && obligedClause({ ...source, focus: { ...source.focus, text: modal } }, after, finite);
  return firstPart && secondPart ? [...firstPart, 'en', ...secondPart] : null;
}

/**
 * The second modal of "Moeder moet ... en dient ...": its rewrite is the first one's, which
 * covers both. The input with the first modal as its focus, or null when the focus is no
 * such second modal.
 */
function firstOfCoordinated(input: RewriteInput): RewriteInput | null {
  const { sentence, focus } = input;
  if (!/\sen\s+$/.test(sentence.slice(0, focus.start))) return null;
  const subject = input.groups.subject ?? leadingSubject({ ...input, focus: { ...focus, start: sentence.length } });
  const modal = (input.terms ?? []).find((term) => subject && term.start > subject.end);
  if (!subject || !modal || !FINITE_MODALS.has(modal.text.toLowerCase()) || !/^\.?\s+$/.test(sentence.slice(subject.end, modal.start))) return null;
  return { ...input, focus: { text: modal.text, start: modal.start, end: modal.end }, groups: { subject } };
}

/**
 * "Moeder moet de afspraken nakomen." → "Ik vind het belangrijk dat moeder de afspraken
 * nakomt."; "Tot het MDO mag vader de kinderen niet zien." → "Ik vind het belangrijk dat
 * vader tot het MDO de kinderen niet ziet."; "Omdat ..., moet vader ..." → "Omdat ..., vind
 * ik het belangrijk dat vader ...". What the writer wrote as an obligation becomes what
 * the writer finds important: it claims no agreement and no wish of the parent.
 */
const findImportant: Rewriter = onListLine((given) => {
  if (othersRule(given.sentence)) return null;
  const first = firstOfCoordinated(given);
  if (first) return findImportant(first);
  const input = withLeadingSubject(given);
  const split = frontAndClause(input);
  const source = split?.clause ?? afterFuture(input) ?? input;
  const clause = modalClause(source);
  if (!clause || (split && clause.front)) return null;
  const rest = words(clause.rest.join(' ').replace(OWN_VIEW, ''));
  if (secondMainClause(rest)) return null;
  const past = pastObligation(source);
  const pronoun = PRONOUNS.has(clause.subject.text.toLowerCase());
  const person: Person = pronoun && PLURAL_MODALS.has(source.focus.text.toLowerCase()) ? 'pl' : clause.subject.person;
  const finite = (infinitive: string) => finiteInSubordinate(infinitive, person, past);
  const middle = coordinatedObligations(source, rest, finite) ?? obligedClause(source, rest, finite);
  if (!middle) return null;
  const front = split?.front ?? clause.front;
  const find = past ? 'vond' : 'vind';
  const important = `het belangrijk dat ${subjectInClause(clause.subject)} ${middle.join(' ')}${clause.tail}.`;
  return front ? `${front} ${find} ik ${important}` : `Ik ${find} ${important}`;
});

/** A pronoun beside "en ik" takes its full form. */
const STRESSED_PRONOUN: Readonly<Record<string, string>> = Object.assign(Object.create(null), { ze: 'zij', zij: 'zij', hij: 'hij' });

/** A role inside the sentence is lower case ("hebben moeder en ik"), a name keeps its capital. */
const lowerRole = (text: string) => (PARENT_WORDS.has(text.split(/\s+/)[0]?.toLowerCase() ?? '') || DETERMINERS.has(text.split(/\s+/)[0]?.toLowerCase() ?? '') ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Frequency words: "wil nu" before them would change what the sentence says. */
const FREQUENCY_WORDS = new Set(['altijd', 'nooit', 'steeds', 'telkens', 'vaak', 'soms', 'weer', 'opnieuw', 'wederom', 'alweer', 'consequent', 'structureel', 'stelselmatig']);

/** The finite forms of "weigeren" that become "wil(de) niet". */
const REFUSES = new Set(['weigert', 'weigerde', 'weigeren', 'weigerden']);

/** Where a refusal's clause stands: who refuses, in front of the verb or after it, what they refuse, and a reason clause kept at the end. */
interface RefusalClause {
  /** A fronted adverbial ("Gisteren"), before the verb of an inverted clause; empty when the subject opens it. */
  front: string;
  subject: Subject;
  rest: string[];
  /** ", omdat ze vindt dat het goed gaat": a reason or contrast after a comma stays as written. */
  tail: string;
}

/** Openers of a clause after the refusal's comma that keeps its own subject and stays at the end. */
const REFUSAL_TAIL_OPENERS = /^,\s+(omdat|want|zodat|terwijl|hoewel|maar|ondanks)\s/;

function refusalClause(input: RewriteInput): RefusalClause | null {
  const { sentence, focus } = input;
  const subject = input.groups.subject;
  if (!subject) return null;
  let after = sentence.slice(focus.end);
  let tail = '';
  const comma = after.indexOf(',');
  if (comma >= 0) {
    tail = after.slice(comma).replace(/[.!?]+\s*$/, '');
    after = after.slice(0, comma);
    if (!REFUSAL_TAIL_OPENERS.test(tail) || /[;:]/.test(tail)) return null;
  }
  if (/[;:]/.test(after)) return null;
  if (subject.start === 0 || subject.end <= focus.start) {
    // "De ondankbare jongere weigert ..." → "De jongere ..."; "Ayoub, een echte raddraaier, weigert ..." → "Ayoub ...".
    const written = subject.start === 0 ? subject : withoutSubjectLabel(input, subject);
    if (!written) return null;
    // "Mw. weigerde ...": the abbreviation's full stop belongs to the subject.
    const between = sentence.slice(written.end, focus.start).replace(/^\./, '');
    if (between.trim() !== '' && !labelAsideBetween(input, written.end)) return null;
    const person = sentence.charAt(written.end) === '.' && !labelAsideBetween(input, written.end) ? { ...written, text: `${written.text}.` } : written;
    return { front: '', subject: subjectOf(person), rest: words(after), tail };
  }
  // "Gisteren weigerde vader ...": a fronted adverbial, the verb, then the subject.
  const front = sentence.slice(0, focus.start).trim();
  if (sentence.slice(focus.end, subject.start).trim() !== '' || front === '' || /[,;:()"„“]/.test(front)) return null;
  if (PERSON_TAGS.some((tag) => input.terms?.[0]?.tags.has(tag))) return null;
  return { front, subject: subjectOf(subject), rest: words(sentence.slice(subject.end, focus.end + after.length)), tail };
}

/** "Vader weigert hulp." → "Vader wil nu geen hulp."; "... weigerde X binnen te laten" → "... wilde X niet binnenlaten". */
const doesNotWant: Rewriter = (input) => {
  if (input.focus.text.toLowerCase() === 'geweigerd') return refusedInThePast(input);
  const clause = refusalClause(input);
  if (!clause) return null;
  const form = input.focus.text.toLowerCase();
  // Only refusing is not wanting: "laat het afweten", "verzuimt" and "toont geen inzet" say something else.
  if (!REFUSES.has(form)) return null;
  const past = form.startsWith('weigerde');
  const plural = clause.subject.person === 'pl';
  const want = past ? (plural ? 'wilden' : 'wilde') : plural ? 'willen' : 'wil';
  // "Gisteren wil nu ..." would stack two times: after a fronted adverbial "nu" stays out.
  let now = past || clause.front ? '' : ' nu';
  let refused = refusedPart(clause.rest);
  if (refused === null) return null;
  // "wil hem nu niet binnenlaten": an unstressed object pronoun comes before "nu".
  const pronoun = refused.split(' ')[0] ?? '';
  if (now && OBJECT_PRONOUNS.has(pronoun)) {
    refused = `${pronoun} nu ${refused.slice(pronoun.length + 1)}`;
    now = '';
  }
  const ending = `${clause.tail}.`;
  if (clause.front) return `${clause.front} ${want}${now} ${subjectInClause(clause.subject)} ${refused}${ending}`;
  return `${clause.subject.text} ${want}${now} ${refused}${ending}`;
};

/**
 * The perfect, as the past of not wanting: "Vader heeft geweigerd de verklaring te
 * ondertekenen." → "Vader wilde de verklaring niet ondertekenen."; "Ouders hebben de hulp van
 * het wijkteam geweigerd." → "Ouders wilden de hulp van het wijkteam niet." Only where the
 * person opens the sentence and the auxiliary follows them.
 */
function refusedInThePast(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const subject = input.groups.subject;
  if (!subject || subject.start !== 0) return null;
  const written = sentence.charAt(subject.end) === '.' ? { ...subject, text: `${subject.text}.` } : subject;
  const between = /^\.?\s+(heeft|hebben)\s+(.*?)\s*$/.exec(sentence.slice(subject.end, focus.start));
  if (!between) return null;
  const person = subjectOf(written);
  const want = person.person === 'pl' || between[1] === 'hebben' ? 'wilden' : 'wilde';
  const after = sentence.slice(focus.end);
  const object = between[2] ?? '';
  if (object === '') {
    // "heeft geweigerd (om) de verklaring te ondertekenen".
    if (/[,;:]/.test(after)) return null;
    const refused = refusedPart(words(after));
    return refused && /\ste\s/.test(after) ? `${person.text} ${want} ${refused}.` : null;
  }
  // "heeft de hulp van het wijkteam geweigerd": a definite object before the participle, nothing after it.
  if (!/^\s*[.!]?\s*$/.test(after) || /[,;:]/.test(object) || !['de', 'het', 'haar', 'zijn', 'hun', 'deze', 'dit'].includes(object.split(/\s+/)[0]?.toLowerCase() ?? '')) return null;
  return `${person.text} ${want} ${object} niet.`;
}

/** What is refused, as the object of "wil niet"/"wil geen": "geen hulp", "de deur niet opendoen", "ook niet". */
function refusedPart(rest: readonly string[]): string | null {
  if (rest.length === 0) return 'niet';
  if (rest.includes('te')) {
    const clause = negatedTeClause(rest);
    // "wil nu altijd niet meewerken" says something else: a frequency word gets no rewrite here.
    if (!clause || clause.before.some((word) => FREQUENCY_WORDS.has(word.toLowerCase()))) return null;
    return [...clause.words, clause.infinitive, ...clause.after].join(' ');
  }
  // "Moeder weigert ook." → "Moeder wil nu ook niet.", not "wil nu geen ook".
  if (rest.every((word) => LONE_ADVERBS.has(word.toLowerCase()))) return `${rest.join(' ')} niet`;
  const [first, ...others] = rest;
  // "weigert al twee weken de controle": an adverb first leaves no object to put "geen" before.
  if (first && (LONE_ADVERBS.has(first.toLowerCase()) || first.toLowerCase() === 'al')) return null;
  if (first === 'de' || first === 'het' || first === 'een' || first === 'elke' || first === 'iedere') return `geen ${others.join(' ')}`;
  // "weigert tot nu toe elke vorm van ...": a preposition first leaves no object to put "geen" before.
  if (first && PREPOSITIONS.has(first)) return null;
  if (first && /^\p{Ll}/u.test(first) && !DETERMINERS.has(first)) return `geen ${rest.join(' ')}`;
  return `${rest.join(' ')} niet`;
}

/** Adverbs that may make up all that follows a refusal verb. */
const LONE_ADVERBS = new Set(['ook', 'nog', 'weer', 'alweer', 'opnieuw', 'eerst', 'steeds', 'nu', 'toen', 'dan', 'vandaag', 'gisteren']);

const COPULA_PRESENT = new Set(['is', 'zijn', 'lijkt', 'lijken', 'blijkt', 'blijken', 'oogt']);
const COPULA_PAST = new Set(['was', 'waren', 'leek', 'leken', 'bleek', 'bleken']);

/**
 * A finite verb after "en": one our conjugator knows, or a third-person form of a verb it
 * does not ("kwetst", "scheldt") — a lower-case word in -t that our lexicon knows as no
 * judgment or description ("lui en bot" stays a list of adjectives).
 */
function looksFinite(word: string): boolean {
  if (isFiniteForm(word)) return true;
  return /^\p{Ll}{4,}t$/u.test(word) && !/^(ge|on)/.test(word) && !DUTCH_LEXICON.has(normalise(word));
}

/** Openers of a subordinate or relative clause whose verb comes last ("omdat moeder zo chaotisch is"). */
const VERB_LAST_OPENERS = new Set(['die', 'omdat', 'als', 'wanneer', 'terwijl', 'hoewel', 'doordat', 'zodat', 'toen', 'aangezien', 'nu']);

/**
 * The same inside a clause whose verb comes last: "Vader, die nogal egoïstisch is, ..." →
 * "Vader, die ik als nogal egoïstisch ervaar, ..."; "Omdat moeder zo chaotisch is, ..." →
 * "Omdat ik moeder als zo chaotisch ervaar, ...". Only where the copula closes the clause.
 */
function ownExperienceVerbLast(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const after = /^\s+(is|was|zijn|waren)(?=[\s,.;!?]|$)/.exec(sentence.slice(focus.end));
  if (!after || !/^\s*([,.;!?]|$|en\s|maar\s)/.test(sentence.slice(focus.end + after[0].length))) return null;
  const before = sentence.slice(0, focus.start);
  const words = before.trimEnd().split(/\s+/);
  let at = words.length - 1;
  while (at >= 0 && words.length - at <= 6 && !VERB_LAST_OPENERS.has((words[at] ?? '').toLowerCase().replace(/^[(„"]/, ''))) {
    if (/[,;:]$/.test(words[at] ?? '')) return null;
    at--;
  }
  const opener = words[at];
  if (at < 0 || !opener || words.length - at > 6) return null;
  const middle = words.slice(at + 1);
  // "die tijdens het gesprek opvallend zelfingenomen was": an adverbial would land after "als".
  const middleStart = focus.start - (middle.length > 0 ? middle.join(' ').length + 1 : 0);
  if (opener.toLowerCase() === 'die' && !labelRunOnly(input, middleStart)) return null;
  const past = after[1] === 'was' || after[1] === 'waren';
  let who = '';
  if (opener.toLowerCase() !== 'die') {
    // The subject: a role or a name, with its determiner ("de moeder", "Sanne").
    const take = DETERMINERS.has((middle[0] ?? '').toLowerCase()) ? 2 : 1;
    const subject = middle.slice(0, take);
    const head = (subject[subject.length - 1] ?? '').toLowerCase();
    if (!PARENT_WORDS.has(head) && !/^\p{Lu}/u.test(subject[subject.length - 1] ?? '')) return null;
    who = subjectOf({ text: subject.join(' '), start: 0, end: 0 }).inSentence;
    middle.splice(0, take);
  }
  const head = words.slice(0, at + 1).join(' ');
  const described = [...middle, focus.text].join(' ');
  const rebuilt = `${head} ik ${who ? `${who} ` : ''}als ${described} ${past ? 'ervoer' : 'ervaar'}`;
  const leading = before.length - before.trimStart().length;
  return sentence.slice(0, leading) + rebuilt + sentence.slice(focus.end + after[0].length);
}

/** Copulas of a plural subject: "ze zijn" is "them", "ze is" is "her". */
const PLURAL_COPULA = new Set(['zijn', 'waren', 'lijken', 'leken', 'blijken', 'bleken']);

/** A subject as the object of "ik ervaar ...": a pronoun changes form ("hij" → "hem"), a role or name stays. */
function asObject(person: Subject, copula: string): string {
  const pronoun = person.text.toLowerCase();
  if (pronoun === 'hij') return 'hem';
  if (pronoun === 'zij' || pronoun === 'ze') return PLURAL_COPULA.has(copula) ? 'hen' : 'haar';
  return person.inSentence;
}

/** Words that open a relative or dependent clause inside the tail: an "en" after one belongs to that clause. */
const INNER_CLAUSE = new Set(['die', 'dat', 'wat', 'waar', 'wie', 'waardoor', 'waarbij', 'omdat', 'als', 'zodat', 'terwijl', 'wanneer', 'zodra', 'hoewel', 'om']);

/** Tags of words that continue a list of labels after "en": "vijandig en achterdochtig", "een pestkop en een bullebak". */
const LIST_TAGS = ['Judgment', 'AttributiveJudgment', 'LabelNoun', 'Degree'];

/**
 * The tail after the label, with a coordinated verb given its subject back: "is een feeks
 * tegen de pleegouders en spreekt hen aan" → "...; zij spreekt hen aan", since "Ik ervaar
 * moeder als een feeks en spreekt" has lost the verb's subject. After "en" comes either more
 * of the list (an article, another label) or a verb the tagger saw (finite, a command verb,
 * a clause opening); any other word is a shape we do not know, and gets no rewrite
 * ("is lui en laten de boel verslonzen", "is zwakbegaafd en snapt niet"). An "en" inside a
 * relative or dependent clause, or after a comma, is that clause's own.
 */
function tailWithSubject(input: RewriteInput, tail: string, pronoun: string): string | null {
  const from = input.focus.end;
  const terms = (input.terms ?? []).filter((term) => term.start >= from);
  for (const [index, term] of terms.entries()) {
    const word = term.text.toLowerCase();
    if (INNER_CLAUSE.has(word) || /[,;:]/.test(input.sentence.slice(from, term.start))) return tail;
    const next = terms[index + 1];
    if ((word !== 'en' && word !== 'maar') || !next) continue;
    if (word === 'en' && (DETERMINERS.has(next.text.toLowerCase()) || LIST_TAGS.some((tag) => next.tags.has(tag)))) continue;
    // "en hij ligt ...", "en Jayden huilt": a clause with a subject of its own.
    if (next.tags.has('Subject') || next.tags.has('Parent') || PRONOUNS.has(next.text.toLowerCase()) || /^\p{Lu}/u.test(next.text)) continue;
    const verb = next.tags.has('Finite') || next.tags.has('CommandVerb') || next.tags.has('ClauseStart') || looksFinite(next.text);
    // "en laten", "en snapt": a plural verb form or one the tagger calls a judgment word cannot be told from the list.
    if (!verb || next.tags.has('Judgment') || /^\p{Lu}/u.test(next.text) || /en$/.test(next.text)) return null;
    const at = term.start - from;
    const joined = word === 'maar' ? `, maar ${pronoun} ` : `; ${pronoun} `;
    return `${tail.slice(0, at).trimEnd()}${joined}${tail.slice(next.start - from)}`;
  }
  return tail;
}

/**
 * What may stand between the copula and the label in "Ik ervaar ... als ...": degree words,
 * an article, earlier labels of the list ("wel erg overbezorgd", "een sloom en onnozel
 * jongetje"). An adverbial ("zoals gewoonlijk", "vanaf het begin", "gewoon een") would
 * follow "als" and read wrong.
 */
function labelRunOnly(input: RewriteInput, from: number): boolean {
  const run = (input.terms ?? []).filter((term) => term.start >= from && term.end <= input.focus.start);
  const article = run.findIndex((term) => ['een', 'de', 'het', "zo'n"].includes(term.text.toLowerCase()));
  return run.every((term, index) => {
    const word = term.text.toLowerCase();
    if (index === article) return true;
    if (article > 0 && index < article) return false;
    // "zoals gewoonlijk", "altijd": the tagger counts them as degree, but after "als" they read wrong.
    if (term.tags.has('Habit') || term.tags.has('Absolute')) return false;
    return LIST_TAGS.some((tag) => term.tags.has(tag)) || word === 'en' || word === 'of' || APPOSITION_MODIFIERS.has(word) || NOUN_PHRASE_DEGREE.has(word) || word === 'wel' || word === 'zo' || word === 'te';
  });
}

/** Tags of a word that can be (part of) a person subject after an inverted copula ("Thuis is vader ..."). */
const PERSON_TAGS = ['Subject', 'Parent', 'Name', 'FirstName', 'Honorific', 'ThirdPerson'];

/**
 * A label after a copula in second place: "Thuis is vader een huistiran." → "Thuis ervaar
 * ik vader als een huistiran."; "Zodra het over de ex gaat, is moeder een dramaqueen." →
 * "Zodra het over de ex gaat, ervaar ik moeder als een dramaqueen." The fronted part stays
 * where it is; the subject is the person the tagger saw right after the copula.
 */
function ownExperienceInverted(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const terms = input.terms ?? [];
  const copulaAt = terms.findIndex((term, index) => index > 0 && term.end <= focus.start && (COPULA_PRESENT.has(term.text.toLowerCase()) || COPULA_PAST.has(term.text.toLowerCase())));
  const copula = terms[copulaAt];
  if (!copula) return null;
  const front = sentence.slice(0, copula.start).trim();
  // "Volgens de school is moeder een chaoot": the view is someone else's, not the writer's to own.
  if (/^(volgens|naar|voor|zo|aldus|in (de|zijn|haar|hun) ogen)\b/i.test(front)) return null;
  // A fronted part without a finite verb of its own, or a fronted subordinate clause closed by its comma.
  const comma = front.indexOf(',');
  if (comma >= 0 && (comma !== front.length - 1 || !FRONT_OPENERS.has(front.split(/\s+/)[0]?.toLowerCase() ?? ''))) return null;
  if (comma < 0 && terms.slice(0, copulaAt).some((term) => term.tags.has('Finite'))) return null;
  if (/[;:()"„“]/.test(front) || !/^\p{Lu}/u.test(front)) return null;
  let end = copulaAt + 1;
  if (DETERMINERS.has(terms[end]?.text.toLowerCase() ?? '') && terms[end + 1]?.tags.has('Parent')) end++;
  while (end < terms.length && PERSON_TAGS.some((tag) => terms[end]?.tags.has(tag)) && (terms[end]?.end ?? 0) <= focus.start) end++;
  const last = terms[end - 1];
  if (end === copulaAt + 1 || !last) return null;
  const subjectSpan = { text: sentence.slice(terms[copulaAt + 1]!.start, last.end), start: terms[copulaAt + 1]!.start, end: last.end };
  const between = sentence.slice(last.end, focus.start).replace(/^\./, '');
  if (/[,;:.!?()]/.test(between) || !labelRunOnly(input, last.end)) return null;
  if (sentence.charAt(last.end) === '.') subjectSpan.text += '.';
  const person = subjectOf(subjectSpan);
  const verb = COPULA_PAST.has(copula.text.toLowerCase()) ? 'ervoer' : 'ervaar';
  const tail = tailWithSubject(input, sentence.slice(focus.end).replace(/[.!?]+\s*$/, ''), person.pronoun);
  if (tail === null) return null;
  return `${front} ${verb} ik ${asObject(person, copula.text.toLowerCase())} als ${[...words(between), focus.text].join(' ')}${tail}.`;
}

/** The subject the tagger saw opening the sentence, where the rule's pattern names none. */
function leadingSubject(input: RewriteInput): Span | null {
  const terms = input.terms ?? [];
  let end = 0;
  while (end < terms.length && terms[end]?.tags.has('Subject')) end++;
  const first = terms[0];
  const last = terms[end - 1];
  if (!first || !last || first.start !== 0 || last.end > input.focus.start) return null;
  return { text: input.sentence.slice(0, last.end), start: 0, end: last.end };
}

/**
 * "Vader was erg agressief tijdens het gesprek." → "Ik ervoer vader als erg agressief
 * tijdens het gesprek."; the second label of a list takes the same rewrite ("is een pestkop
 * en een bullebak": "Ik ervaar Kevin als een pestkop en een bullebak").
 */
const ownExperience: Rewriter = (input) => ownExperienceOpening(input) ?? ownExperienceVerbLast(input);

/** The label after the subject that opens the sentence and its copula or verb of manner. */
function ownExperienceOpening(input: RewriteInput): string | null {
  // "is een figuur geworden", "is ... geweest": the copula's participle would be left behind the label.
  if (/\b(geworden|geweest|gebleken)\b/i.test(input.sentence.slice(input.focus.end))) return null;
  const subject = input.groups.subject ?? leadingSubject(input);
  if (!subject || subject.start !== 0) return ownExperienceVerbLast(input) ?? ownExperienceInverted(input);
  const betweenText = input.sentence.slice(subject.end, input.focus.start).replace(/^\./, '');
  // "Vader, die nogal egoïstisch is, dient ...": the label is in the relative clause (ownExperienceVerbLast).
  if (/[,;:.!?()]/.test(betweenText)) return null;
  const between = words(betweenText);
  const copula = between.shift()?.toLowerCase() ?? '';
  const past = COPULA_PAST.has(copula);
  if (!past && !COPULA_PRESENT.has(copula)) return ownExperienceOfManner(input, subject, copula, between);
  const copulaTerm = (input.terms ?? []).find((term) => term.start >= subject.end && term.text.toLowerCase() === copula);
  if (copulaTerm && !labelRunOnly(input, copulaTerm.end)) return null;
  // "is bang uitgevallen": a label that ends in a participle does not follow "als".
  if (/\s/.test(input.focus.text) && /ge\p{L}+(d|t|en)$/u.test(input.focus.text) && !DETERMINERS.has(input.focus.text.split(/\s+/)[0]!.toLowerCase())) return null;
  // "Dhr. is ...": the abbreviation keeps its full stop.
  const person = subjectOf(input.sentence.charAt(subject.end) === '.' ? { ...subject, text: `${subject.text}.` } : subject);
  // "is kwaadaardig en kwetst de kinderen": the second verb keeps its subject ("; hij kwetst ...").
  const tail = tailWithSubject(input, input.sentence.slice(input.focus.end).replace(/[.!?]+\s*$/, ''), person.pronoun);
  if (tail === null) return null;
  return `Ik ${past ? 'ervoer' : 'ervaar'} ${asObject(person, copula)} als ${[...between, input.focus.text].join(' ')}${tail}.`;
}

/**
 * Verbs that say how the person came across, with their tense and number, the reflexive or
 * particle they need, and whether they say it goes on ("blijft": "nog steeds").
 */
interface MannerVerb { past: boolean; plural: boolean; reflexive?: boolean; particle?: string; still?: boolean }
const MANNER_VERBS: Readonly<Record<string, MannerVerb>> = Object.assign(Object.create(null), {
  komt: { past: false, plural: false, particle: 'over' }, kwam: { past: true, plural: false, particle: 'over' }, komen: { past: false, plural: true, particle: 'over' }, kwamen: { past: true, plural: true, particle: 'over' },
  stelt: { past: false, plural: false, reflexive: true, particle: 'op' }, stelde: { past: true, plural: false, reflexive: true, particle: 'op' }, stellen: { past: false, plural: true, reflexive: true, particle: 'op' }, stelden: { past: true, plural: true, reflexive: true, particle: 'op' },
  gedraagt: { past: false, plural: false, reflexive: true }, gedroeg: { past: true, plural: false, reflexive: true }, gedragen: { past: false, plural: true, reflexive: true }, gedroegen: { past: true, plural: true, reflexive: true },
  toont: { past: false, plural: false, reflexive: true }, toonde: { past: true, plural: false, reflexive: true }, tonen: { past: false, plural: true, reflexive: true }, toonden: { past: true, plural: true, reflexive: true },
  wordt: { past: false, plural: false }, werd: { past: true, plural: false }, worden: { past: false, plural: true }, werden: { past: true, plural: true },
  blijft: { past: false, plural: false, still: true }, bleef: { past: true, plural: false, still: true }, blijven: { past: false, plural: true, still: true }, bleven: { past: true, plural: true, still: true },
});
/** Adverbs between such a verb and the label that stay with the person: "stelde zich opnieuw star op" → "ervoer vader opnieuw als star". */
const MANNER_ADVERBS = new Set(['opnieuw', 'weer', 'ook', 'nu', 'toen', 'vandaag', 'gisteren', 'meteen', 'direct', 'daar', 'thuis']);

/**
 * "Vader gedraagt zich manipulatief richting de hulpverlening." → "Ik ervaar vader als
 * manipulatief richting de hulpverlening."; "Vader stelde zich opnieuw star en koppig op." →
 * "Ik ervoer vader opnieuw als star en koppig."; "Stiefvader komt gluiperig over; ..." → "Ik
 * ervaar stiefvader als gluiperig; ..."; "Vader blijft erg controlerend naar Elif toe." → "Ik
 * ervaar vader nog steeds als erg controlerend naar Elif toe." How someone comes across is
 * the writer's experience; the verb's particle ("over", "op") goes with it.
 */
function ownExperienceOfManner(input: RewriteInput, subject: Span, verb: string, between: string[]): string | null {
  const manner = MANNER_VERBS[verb] as MannerVerb | undefined;
  if (!manner) return null;
  const rest = [...between];
  if (manner.reflexive && rest.shift() !== 'zich') return null;
  const adverbs: string[] = [];
  while (rest.length > 0 && MANNER_ADVERBS.has(rest[0] ?? '')) adverbs.push(rest.shift() as string);
  const runFrom = (input.terms ?? []).find((term) => term.start >= subject.end && term.text === rest[0]);
  if (rest.length > 0 && (!runFrom || !labelRunOnly(input, runFrom.start))) return null;
  let tail = input.sentence.slice(input.focus.end).replace(/[.!?]+\s*$/, '');
  // ", en verhief meteen haar stem": a verb after the comma would take "ik" as its subject.
  if (/,\s+(en|maar)\s/.test(tail)) return null;
  if (manner.particle) {
    // The particle closes the clause: at the end, before a semicolon or comma, or before a clause of its own.
    const particle = new RegExp(String.raw`\s${manner.particle}(?=$|[;,]|\s+(en|maar|toen|als|zodra|wanneer|omdat|terwijl)\s)`);
    if (!particle.test(tail)) return null;
    tail = tail.replace(particle, '');
  }
  if (/\s/.test(input.focus.text) && !DETERMINERS.has(input.focus.text.split(/\s+/)[0]!.toLowerCase())) return null;
  const person = subjectOf(input.sentence.charAt(subject.end) === '.' ? { ...subject, text: `${subject.text}.` } : subject);
  const withSubject = tailWithSubject(input, tail, person.pronoun);
  if (withSubject === null) return null;
  const object = asObject(person, manner.plural ? 'zijn' : 'is');
  const around = [...(manner.still ? ['nog steeds'] : []), ...adverbs].map((word) => ` ${word}`).join('');
  return `Ik ${manner.past ? 'ervoer' : 'ervaar'} ${object}${around} als ${[...rest, input.focus.text].join(' ')}${withSubject}.`;
}

/** "Van moeder wordt verwacht dat ..." → "Met moeder is afgesproken dat ..."; "Wij verwachten van moeder dat" → "Wij hebben met moeder afgesproken dat". */
const expectedToAgreed: Rewriter = (input) => {
  const sentence = input.sentence;
  if (!/\bdat\b/.test(sentence.slice(input.focus.end))) return null;
  const personal = /^(Wij|We|Ik) (verwachten|verwacht) van (.+?) dat\b/.exec(sentence);
  if (personal) {
    const have = personal[1] === 'Ik' ? 'heb' : 'hebben';
    return `${personal[1]} ${have} met ${personal[3]} afgesproken dat${sentence.slice(personal[0].length)}`;
  }
  const passive = /\b(wordt|werd)\b/;
  if (!passive.test(sentence)) return null;
  return sentence
    .replace(passive, (auxiliary) => (auxiliary === 'wordt' ? 'is' : 'was'))
    // "Verwacht wordt dat ..." → "Afgesproken is dat ...".
    .replace(/\b([Vv])erwacht\b/, (_word, initial: string) => (initial === 'V' ? 'Afgesproken' : 'afgesproken'))
    .replace(/^Van\b/, 'Met')
    .replace(/\bvan\b(?=[^.]*\bafgesproken\b)/, 'met');
};

/**
 * "Moeder heeft geen zin in hulp." → "Moeder heeft geen zin in hulp, is mijn indruk."; a
 * sentence with commas of its own takes the impression in front, with the subject after its
 * verb: "Vader toont geen interesse; hij belt nooit." → "Naar mijn indruk toont vader geen
 * interesse; hij belt nooit."
 */
const isMyImpression: Rewriter = (input) => {
  const body = input.sentence.replace(/[.!]+\s*$/, '');
  if (/[?]$/.test(body)) return null;
  if (!/[,;:]/.test(body)) return `${body}, is mijn indruk.`;
  return impressionInFront(input);
};

/** Verbs the tagger marks finite that cannot follow "Naar mijn indruk" with the subject after them (a modal of a reported view, a copula with a fronted label). */
function impressionInFront(input: RewriteInput): string | null {
  const { sentence } = input;
  const subject = input.groups.subject?.start === 0 ? input.groups.subject : leadingSubject(input);
  if (!subject || /[,;:()"„“]/.test(subject.text)) return null;
  const terms = input.terms ?? [];
  const verb = terms.find((term) => term.start > subject.end);
  if (!verb || !verb.tags.has('Finite') || !/^\p{Ll}+$/u.test(verb.text) || sentence.slice(subject.end, verb.start).trim() !== '') return null;
  // The sentence must be the writer's own voice: no colon (a header or a quote), no quotes.
  if (/[:"„“]/.test(sentence)) return null;
  // "Naar mijn indruk" covers the first clause: an interpretation after its comma or semicolon stays as it was.
  const separator = sentence.search(/[,;]/);
  if (separator >= 0 && input.focus.start > separator) return null;
  const person = subjectOf(subject);
  return `Naar mijn indruk ${verb.text} ${subjectInClause(person)}${sentence.slice(verb.end)}`;
}

/**
 * "De narcistische vader werkt niet mee" → "De vader werkt niet mee". Dutch inflects an
 * adjective before a noun ("egoïstische"), except after "een" with a neuter noun ("een
 * egoïstisch kind"); a bare form elsewhere is predicative ("is egoïstisch ingesteld").
 */
const dropLabelWords = dropAttributiveLabel({
  notANoun: new Set('en of maar die dat is was zijn waren als in op met bij voor tegen naar te van over door geweest gebleken gedraagt gedroeg ingesteld overkomt'.split(' ')),
  copulas: new Set([...COPULA_PRESENT, ...COPULA_PAST, 'wordt', 'werd', 'blijft', 'bleef']),
  attributiveForm: (label, before) => label.toLowerCase().endsWith('e') || before === 'een' || NOUN_PHRASE_DEGREE.has(before),
  // "Het zijn primitieve mensen" → "Het zijn mensen"; "heeft een eigenwijze houding" → "heeft een houding":
  // after "het/dit/dat is/zijn" a noun, and without a definite or possessive word a behaviour, say nothing alone.
  // ("dat zijn opvliegende karakter": "zijn" is a possessive there, and a behaviour keeps its owner.)
  emptyWithout: (previous, beforePrevious, noun) =>
    BEHAVIOUR_NOUNS.has(noun)
      ? !DEFINITE_BEFORE_NOUN.has(previous)
      : (COPULA_PRESENT.has(previous) || COPULA_PAST.has(previous)) && ['het', 'dit', 'dat', 'er'].includes(beforePrevious),
  // "de drukke Bram" → "Bram" (no article before a first name); "een wat afhankelijke vrouw" → "een vrouw" (the degree word goes with its label).
  article: (previous, noun) => ((/^(de|het)$/i.test(previous) && /^\p{Lu}/u.test(noun)) || NOUN_PHRASE_DEGREE.has(previous.toLowerCase()) ? '' : previous),
});

const BEHAVIOUR_NOUNS = new Set(BEHAVIOUR_NOUN);
/** Words before a noun that keep it definite without its label: "haar leefstijl", "de houding". */
const DEFINITE_BEFORE_NOUN = new Set(['de', 'het', 'haar', 'zijn', 'hun', 'dit', 'dat', 'deze', 'die', 'mijn', 'jouw', 'uw', 'onze', 'ons']);

/** Degree words inside a noun phrase, before its label: "een wat afhankelijke vrouw", "een erg drukke moeder". */
const NOUN_PHRASE_DEGREE = new Set(['wat', 'erg', 'zeer', 'heel', 'nogal', 'best', 'behoorlijk', 'vrij', 'tamelijk', 'ontzettend', 'enorm', 'uiterst', 'extreem', 'bijzonder', 'echt']);

/** The label left out, and with it an article before a name or a degree word: spaces and the capital set right again. */
const dropLabel: Rewriter = (input) => {
  const text = dropLabelWords(input);
  if (text === null) return null;
  const tidy = text.replace(/ {2,}/g, ' ').replace(/^\s+/, '');
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
};

/** Words that may stand between the article and the label of an apposition: "een echte profiteur". */
const APPOSITION_MODIFIERS = new Set(['echte', 'ware', 'geboren', 'typische', 'klein', 'kleine', 'regelrechte', 'rasechte']);

/**
 * A label put beside the person as an apposition goes, with its commas: "Vader, een echte
 * profiteur, moet zijn toeslagen terugbetalen." → "Vader moet zijn toeslagen terugbetalen.";
 * "... vol, een echte mislukkeling." → "... vol." The apposition says only the verdict: an
 * article, an intensifier, the label and at most a short "van"-phrase ("de regelneef van de
 * familie"). One with more in it (a relative clause) holds content the note may need.
 */
const dropApposition: Rewriter = (input) => {
  const { sentence, focus } = input;
  const open = sentence.lastIndexOf(',', focus.start);
  if (open < 0) return null;
  const inside = words(sentence.slice(open + 1, focus.start));
  const article = inside.shift()?.toLowerCase() ?? '';
  if (!['een', 'de', 'het'].includes(article) || inside.some((word) => !APPOSITION_MODIFIERS.has(word.toLowerCase()))) return null;
  const after = /^(\s+van(\s+[\p{Ll}\p{Lu}][\p{L}-]*){1,3})?\s*([,.!?]|$)/u.exec(sentence.slice(focus.end));
  if (!after) return null;
  const close = focus.end + after[0].length;
  const closer = after[3] ?? '';
  const head = sentence.slice(0, open);
  if (!/\p{L}/u.test(head)) return null;
  // Closed by a comma: the sentence goes on after it; closed by the sentence's end: the full stop stays.
  return closer === ',' ? `${head} ${sentence.slice(close).trimStart()}` : `${head}${closer}${sentence.slice(close)}`;
};

export const DUTCH_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'agreed-together': agreedTogether,
  'parent-wish': parentWish,
  'find-important': findImportant,
  'does-not-want': doesNotWant,
  'own-experience': ownExperience,
  'expected-to-agreed': expectedToAgreed,
  'is-my-impression': isMyImpression,
  // A line of an action list keeps its bullet: "- Ruim de gang op." → "- Wil je de gang opruimen?".
  'as-request': onListLine(asRequest),
  'drop-label': dropLabel,
  'drop-apposition': dropApposition,
  'not-managed-yet': notManagedYet,
  'important-not': importantNot,
  'did-not-come': didNotCome,
  'reported-account': reportedAccount,
  'neutral-word': neutralWords(neutralWordTable, 'nl'),
  ...OWNED_REWRITERS,
};
