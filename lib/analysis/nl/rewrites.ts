// Dutch sentence rewriters named by the rule packs. Each takes the matched sentence
// apart (subject, verb, rest), rebuilds it with correct verb forms and word order
// through verb-forms.ts, and returns null when the sentence has a shape it does not
// know: no suggestion is better than a broken sentence.
import type { RewriteInput, Rewriter, Span } from '../engine';
import { pastTense, separablePrefix, subordinateVerbCluster, type Person } from './verb-forms';
import { PARENT } from './lexicon/people';
import { asRequest } from './request-rewrite';
import { isKnownInfinitive } from './lexicon/commands';
import { dropFocus } from '../drop-focus';
import { dropAttributiveLabel } from '../drop-label';

const FEMALE = new Set(['moeder', 'mama', 'mam', 'pleegmoeder', 'stiefmoeder', 'oma', 'grootmoeder', 'mevrouw', 'mevr', 'mw', 'dochter', 'zus', 'tante', 'vriendin', 'meisje', 'cliënte']);
const MALE = new Set(['vader', 'papa', 'pap', 'pleegvader', 'stiefvader', 'opa', 'grootvader', 'meneer', 'dhr', 'zoon', 'broer', 'oom', 'vriend', 'jongen']);
const PLURAL = new Set(['ouders', 'pleegouders', 'grootouders', 'kinderen', 'verzorgers', 'opvoeders', 'jongeren', 'moeders', 'vaders', 'gezinsleden']);
const DETERMINERS = new Set(['de', 'het', 'een', 'haar', 'zijn', 'hun', 'mijn', 'die', 'deze', 'dit', 'dat', 'alle', 'elke', 'iedere', 'twee', 'drie', 'geen']);
const PARTICLES = new Set(['aan', 'af', 'bij', 'binnen', 'buiten', 'door', 'in', 'mee', 'na', 'neer', 'op', 'om', 'over', 'terug', 'thuis', 'toe', 'uit', 'vast', 'voor', 'weg', 'samen', 'los', 'open', 'dicht', 'langs']);
const PARENT_WORDS = new Set(PARENT);

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
  const head = lower[lower.length - 1] ?? '';
  const plural = lower.includes('en') || PLURAL.has(head);
  const isRole = lower.some((word) => PARENT_WORDS.has(word) || DETERMINERS.has(word));
  // A capital after the first word means a name ("mevrouw Jansen"): keep the case as written.
  const inSentence = isRole && !words.some((word, index) => index > 0 && /^\p{Lu}/u.test(word))
    ? span.text.charAt(0).toLowerCase() + span.text.slice(1)
    : span.text;
  let pronoun = inSentence;
  if (plural) pronoun = 'zij';
  else if (lower.some((word) => FEMALE.has(word))) pronoun = 'zij';
  else if (lower.some((word) => MALE.has(word))) pronoun = 'hij';
  return { text: span.text, inSentence, pronoun, person: plural ? 'pl' : '3sg' };
}

function words(text: string): string[] {
  return text.replace(/[.!?;:]+$/, '').trim().split(/\s+/).filter((word) => word.length > 0);
}

/** Main clause that starts with the subject, followed at once by the matched verb. */
function mainClause(input: RewriteInput): { subject: Subject; rest: string[] } | null {
  const { subject, rest } = input.groups;
  if (!subject || subject.start !== 0) return null;
  if (input.sentence.slice(subject.end, input.focus.start).trim() !== '') return null;
  if (/[,;:]/.test(input.sentence.slice(input.focus.end).replace(/[.!?]$/, ''))) return null;
  return { subject: subjectOf(subject), rest: rest ? words(rest.text) : [] };
}

/** Finds the infinitive the modal governs: after the last "te", else the last word. */
function governedInfinitive(rest: string[]): { index: number; withTe: boolean } | null {
  const te = rest.lastIndexOf('te');
  if (te >= 0 && te < rest.length - 1) return { index: te + 1, withTe: true };
  const index = rest.length - 1;
  const last = rest[index];
  if (!last || !/^\p{Ll}+$/u.test(last) || !/(en|n)$/.test(last) || last.length < 3) return null;
  // "naar de kinderen": a word after a determiner is a noun, not an infinitive; "naar buiten" is none either.
  if (DETERMINERS.has(rest[index - 1] ?? '') || !isKnownInfinitive(last)) return null;
  return { index, withTe: false };
}

function finiteInSubordinate(infinitive: string, person: Person, past: boolean): string {
  if (!past) return subordinateVerbCluster(infinitive, person);
  const split = separablePrefix(infinitive);
  return split ? split.prefix + pastTense(split.base, person === 'pl') : pastTense(infinitive, person === 'pl');
}

const PAST_MODALS = new Set(['moest', 'moesten', 'diende', 'dienden', 'mocht', 'mochten']);

/** "Moeder moet de afspraken nakomen." → "Moeder en ik hebben afgesproken dat zij de afspraken nakomt." */
const agreedTogether: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const verb = governedInfinitive(clause.rest);
  if (!verb) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  const infinitive = clause.rest[verb.index] ?? '';
  const middle = [...clause.rest];
  middle.splice(verb.withTe ? verb.index - 1 : verb.index, verb.withTe ? 2 : 1, finiteInSubordinate(infinitive, clause.subject.person, past));
  // "Moeder en vader" + "en ik" reads as "Moeder, vader en ik".
  const together = clause.subject.text.replace(/ en (?=[^ ]+$|de |het |haar |zijn )/, ', ');
  return `${together} en ik ${past ? 'hadden' : 'hebben'} afgesproken dat ${clause.subject.pronoun} ${middle.join(' ')}.`;
};

/** "Moeder moet de afspraken nakomen." → "Moeder geeft aan dat zij de afspraken wil nakomen." */
const parentWish: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const verb = governedInfinitive(clause.rest);
  if (!verb) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  const plural = clause.subject.person === 'pl';
  const want = past ? (plural ? 'wilden' : 'wilde') : plural ? 'willen' : 'wil';
  const says = past ? (plural ? 'gaven' : 'gaf') : plural ? 'geven' : 'geeft';
  const middle = [...clause.rest];
  const infinitive = middle[verb.index] ?? '';
  middle.splice(verb.withTe ? verb.index - 1 : verb.index, verb.withTe ? 2 : 1, want, infinitive);
  return `${clause.subject.text} ${says} aan dat ${clause.subject.pronoun} ${middle.join(' ')}.`;
};

/** "Vader weigert hulp." → "Vader wil nu geen hulp."; "... weigerde X binnen te laten" → "... wilde X niet binnenlaten". */
const doesNotWant: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const form = input.focus.text.toLowerCase();
  if (form === 'geweigerd') return null;
  const past = form.startsWith('weigerde');
  const plural = clause.subject.person === 'pl';
  const want = past ? (plural ? 'wilden' : 'wilde') : plural ? 'willen' : 'wil';
  const now = past ? '' : ' nu';
  const rest = [...clause.rest];
  if (rest.length === 0) return `${clause.subject.text} ${want}${now} niet.`;
  const te = rest.lastIndexOf('te');
  if (te >= 0) {
    const after = rest.slice(te + 2);
    let infinitive = rest[te + 1];
    if (!infinitive) return null;
    const before = rest.slice(0, te).filter((word, index) => !(index === 0 && word === 'om'));
    if (before[before.length - 1] === 'om') before.pop();
    const particle = before[before.length - 1];
    if (particle && PARTICLES.has(particle)) {
      infinitive = particle + infinitive;
      before.pop();
    }
    return [clause.subject.text, `${want}${now}`, ...before, 'niet', infinitive, ...after].join(' ') + '.';
  }
  // "Moeder weigert ook." → "Moeder wil nu ook niet.", not "wil nu geen ook".
  if (rest.every((word) => LONE_ADVERBS.has(word.toLowerCase()))) return `${clause.subject.text} ${want}${now} ${rest.join(' ')} niet.`;
  const [first, ...others] = rest;
  if (first === 'de' || first === 'het' || first === 'een' || first === 'elke' || first === 'iedere') {
    return `${clause.subject.text} ${want}${now} geen ${others.join(' ')}.`;
  }
  if (first && /^\p{Ll}/u.test(first) && !DETERMINERS.has(first)) return `${clause.subject.text} ${want}${now} geen ${rest.join(' ')}.`;
  return `${clause.subject.text} ${want}${now} ${rest.join(' ')} niet.`;
};

/** Adverbs that may make up all that follows a refusal verb. */
const LONE_ADVERBS = new Set(['ook', 'nog', 'weer', 'alweer', 'opnieuw', 'eerst', 'steeds', 'nu', 'toen', 'dan', 'vandaag', 'gisteren']);

const COPULA_PRESENT = new Set(['is', 'zijn', 'lijkt', 'lijken', 'blijkt', 'blijken', 'oogt']);
const COPULA_PAST = new Set(['was', 'waren', 'leek', 'leken', 'bleek', 'bleken']);

/** "Vader was erg agressief tijdens het gesprek." → "Ik ervoer vader als erg agressief tijdens het gesprek." */
const ownExperience: Rewriter = (input) => {
  const { subject } = input.groups;
  if (!subject || subject.start !== 0) return null;
  const between = words(input.sentence.slice(subject.end, input.focus.start));
  const copula = between.shift()?.toLowerCase() ?? '';
  const past = COPULA_PAST.has(copula);
  if (!past && !COPULA_PRESENT.has(copula)) return null;
  const tail = input.sentence.slice(input.focus.end).replace(/[.!?]+\s*$/, '');
  const who = subjectOf(subject).inSentence;
  return `Ik ${past ? 'ervoer' : 'ervaar'} ${who} als ${[...between, input.focus.text].join(' ')}${tail}.`;
};


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
    .replace(/\bverwacht\b/, 'afgesproken')
    .replace(/^Van\b/, 'Met')
    .replace(/\bvan\b(?=[^.]*\bafgesproken\b)/, 'met');
};

/** "Moeder heeft geen zin in hulp." → "Moeder heeft geen zin in hulp, is mijn indruk." */
const isMyImpression: Rewriter = (input) => {
  const body = input.sentence.replace(/[.!]+\s*$/, '');
  if (/[?]$/.test(body) || /[,;:]/.test(body)) return null;
  return `${body}, is mijn indruk.`;
};

/**
 * "De narcistische vader werkt niet mee" → "De vader werkt niet mee". Dutch inflects an
 * adjective before a noun ("egoïstische"), except after "een" with a neuter noun ("een
 * egoïstisch kind"); a bare form elsewhere is predicative ("is egoïstisch ingesteld").
 */
const dropLabel = dropAttributiveLabel({
  notANoun: new Set('en of maar die dat is was zijn waren als in op met bij voor tegen naar te van over door geweest gebleken gedraagt gedroeg ingesteld overkomt'.split(' ')),
  copulas: new Set([...COPULA_PRESENT, ...COPULA_PAST, 'wordt', 'werd', 'blijft', 'bleef']),
  attributiveForm: (label, before) => label.toLowerCase().endsWith('e') || before === 'een',
});

export const DUTCH_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'agreed-together': agreedTogether,
  'parent-wish': parentWish,
  'does-not-want': doesNotWant,
  'own-experience': ownExperience,
  'expected-to-agreed': expectedToAgreed,
  'is-my-impression': isMyImpression,
  'as-request': asRequest,
  'drop-words': dropFocus,
  'drop-label': dropLabel,
};
