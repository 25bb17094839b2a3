// English sentence rewriters named by rules/en/*.json. Like the Dutch ones they return
// null when the sentence's shape is not one they can rebuild grammatically.
import type { RewriteInput, Rewriter, Span } from '../engine';

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
/** Words that open a subject and are written in lower case inside a sentence. */
const LOWER_START = /^(The|Her|His|Their|Both|All|Our|My)\b/;

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
  const single = OBJECT_PRONOUN[lower.length === 1 ? last : ''];
  const object = single ?? (LOWER_START.test(span.text) ? span.text.charAt(0).toLowerCase() + span.text.slice(1) : span.text);
  return { object, text: span.text, pronoun, plural };
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[.!?;:]+$/, '').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function mainClause(input: RewriteInput): { subject: Subject; rest: string } | null {
  const { subject, rest } = input.groups;
  if (!subject || subject.start !== 0) return null;
  if (input.sentence.slice(subject.end, input.focus.start).trim() !== '') return null;
  const after = withoutEndPunctuation(rest?.text ?? '');
  if (/[,;:"“”]/.test(after)) return null;
  return { subject: subjectOf(subject), rest: after };
}

const PAST_MODALS = new Set(['had to', 'needed to', 'was required to', 'were required to', 'was obliged to', 'were obliged to', 'was expected to', 'were expected to']);

/** "Mother must attend all appointments." → "We agreed with Mother that she will attend all appointments." */
const agreedTogether: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest) || /^(be|have)\s+\w+ed\b/.test(rest)) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  return `We ${past ? 'had agreed' : 'agreed'} with ${clause.subject.object} that ${clause.subject.pronoun} ${past ? 'would' : 'will'} ${rest}.`;
};

/** "Mother must attend all appointments." → "Mother says she wants to attend all appointments." */
const parentWish: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  let rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest) || /^(be|have)\s+\w+ed\b/.test(rest)) return null;
  const { subject } = clause;
  if (OBJECT_PRONOUN[subject.text.toLowerCase()]) return null;
  const says = subject.plural ? 'say' : 'says';
  const negative = /^not\s+/.test(rest);
  rest = rest.replace(/^not\s+/, '');
  if (negative) return `${subject.text} ${says} ${subject.pronoun} ${subject.plural || subject.pronoun === 'they' ? 'do' : 'does'} not want to ${rest}.`;
  const wants = subject.plural || subject.pronoun === 'they' ? 'want' : 'wants';
  return `${subject.text} ${says} ${subject.pronoun} ${wants} to ${rest}.`;
};

/** "Father refuses help." → "Father does not want help at the moment." */
const doesNotWant: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const form = input.focus.text.toLowerCase();
  if (!/^refus(es|ed|e)$/.test(form)) return null;
  const past = form.endsWith('ed');
  const auxiliary = past ? 'did' : clause.subject.plural || form === 'refuse' ? 'do' : 'does';
  if (!clause.rest) return null;
  if (clause.rest.startsWith('to ')) return `${clause.subject.text} ${auxiliary} not want ${clause.rest}${past ? '' : ' at the moment'}.`;
  return `${clause.subject.text} ${auxiliary} not want ${clause.rest}${past ? '' : ' at the moment'}.`;
};

/** "Mum failed to attend the review." → "Mum did not attend the review." (what happened, without the blame). */
const didNot: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const form = input.focus.text.toLowerCase();
  const match = /^(fails|failed|fail) to$/.exec(form);
  if (!match || !/^[a-z]/.test(clause.rest) || /^(be|have)\s/.test(clause.rest)) return null;
  const auxiliary = match[1] === 'failed' ? 'did' : clause.subject.plural || match[1] === 'fail' ? 'do' : 'does';
  return `${clause.subject.text} ${auxiliary} not ${clause.rest}.`;
};

const PRESENT_COPULA = new Set(['is', 'are', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'becomes', 'become', 'gets', 'get']);
const PAST_COPULA = new Set(['was', 'were', 'seemed', 'appeared', 'remained', 'became', 'got']);

/** "Mother was hostile during the visit." → "I experienced Mother as hostile during the visit." */
const ownExperience: Rewriter = (input) => {
  const { subject } = input.groups;
  if (!subject || subject.start !== 0) return null;
  const between = input.sentence.slice(subject.end, input.focus.start).trim().split(/\s+/);
  const copula = (between.shift() ?? '').toLowerCase();
  const present = PRESENT_COPULA.has(copula);
  const past = PAST_COPULA.has(copula);
  if (!present && !past) return null;
  if (between.some((word) => /[,;:]/.test(word))) return null;
  const tail = withoutEndPunctuation(input.sentence.slice(input.focus.end));
  const who = subjectOf(subject).object;
  const adverbs = between.filter((word) => word.length > 0).join(' ');
  return `I ${present ? 'experience' : 'experienced'} ${who} as ${adverbs ? `${adverbs} ` : ''}${input.focus.text}${tail ? ` ${tail}` : ''}.`;
};

/** "a chaotic family" → "a family". */
const dropAdjective: Rewriter = (input) => {
  const parts = input.focus.text.split(/\s+/);
  const noun = parts[parts.length - 1];
  if (!noun || parts.length < 2) return null;
  const replacement = input.focus.start === 0 ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun;
  return input.sentence.slice(0, input.focus.start) + replacement + input.sentence.slice(input.focus.end);
};

/** Words and phrases that can simply be left out of a sentence without breaking it. */
const DROPPABLE = new Set(['as usual', 'as always', 'as ever', 'supposedly', 'allegedly', 'purportedly', 'again and again', 'time and again', 'time after time']);

/** "As usual, dad turned up late." → "Dad turned up late."; "Father was supposedly ill." → "Father was ill." */
const dropPhrase: Rewriter = (input) => {
  if (!DROPPABLE.has(input.focus.text.toLowerCase())) return null;
  let before = input.sentence.slice(0, input.focus.start);
  let after = input.sentence.slice(input.focus.end);
  // Take a comma pair around the phrase with it: "Yesterday, as usual, father …".
  if (/,\s*$/.test(before) && /^\s*,/.test(after)) after = after.replace(/^\s*,/, '');
  else if (before.trim() === '') after = after.replace(/^\s*,/, '');
  else if (/^\s*,/.test(after) && !/,\s*$/.test(before)) after = after.replace(/^\s*,/, '');
  else if (/,\s*$/.test(before) && /^\s*[.!?]/.test(after)) before = before.replace(/,\s*$/, '');
  const text = `${before.trimEnd()} ${after.trimStart()}`.trim().replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ');
  return before.trim() === '' ? capitalise(text) : text;
};

/** Words that open a sentence and are written in lower case after "My impression is that". */
const COMMON_START = new Set([
  'the', 'her', 'his', 'their', 'she', 'he', 'they', 'it', 'this', 'that', 'these', 'both', 'mother', 'father', 'mum',
  'mom', 'dad', 'parents', 'foster', 'grandma', 'grandmother', 'grandfather', 'stepdad', 'stepmum', 'carers',
]);

/** "Mother doesn't care about school." → "My impression is that mother doesn't care about school." */
const myImpression: Rewriter = (input) => {
  if (/[?]\s*$/.test(input.sentence)) return null;
  let body = withoutEndPunctuation(input.sentence)
    // "It is obvious that …": the impression replaces the certainty.
    .replace(/^it is (obvious|clear|evident|apparent) that\s+/i, '')
    .replace(/\s+(clearly|obviously|evidently)\b/gi, '');
  if (body.length === 0) return null;
  const first = (body.split(/\s+/)[0] ?? '').toLowerCase();
  if (COMMON_START.has(first)) body = body.charAt(0).toLowerCase() + body.slice(1);
  return `My impression is that ${body}.`;
};

export const ENGLISH_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'agreed-together': agreedTogether,
  'parent-wish': parentWish,
  'does-not-want': doesNotWant,
  'did-not': didNot,
  'own-experience': ownExperience,
  'drop-adjective': dropAdjective,
  'drop-phrase': dropPhrase,
  'my-impression': myImpression,
};
