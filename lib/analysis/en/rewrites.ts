// English sentence rewriters named by rules/en/*.json. Like the Dutch ones they return
// null when the sentence's shape is not one they can rebuild grammatically.
import type { RewriteInput, Rewriter, Span } from '../engine';

const FEMALE = new Set(['mother', 'mum', 'mom', 'mam', 'stepmother', 'grandmother', 'grandma', 'nan', 'daughter', 'ms', 'mrs', 'miss', 'girl']);
const MALE = new Set(['father', 'dad', 'stepfather', 'grandfather', 'grandpa', 'son', 'mr', 'boy']);
const PLURAL = new Set(['parents', 'carers', 'caregivers', 'guardians', 'grandparents', 'children', 'clients', 'mothers', 'fathers']);

interface Subject {
  text: string;
  pronoun: string;
  plural: boolean;
}

function subjectOf(span: Span): Subject {
  const lower = span.text.toLowerCase().split(/\s+/).map((word) => word.replace(/\.$/, ''));
  const plural = lower.includes('and') || PLURAL.has(lower[lower.length - 1] ?? '');
  let pronoun = plural ? 'they' : 'they';
  if (!plural && lower.some((word) => FEMALE.has(word))) pronoun = 'she';
  if (!plural && lower.some((word) => MALE.has(word))) pronoun = 'he';
  return { text: span.text, pronoun, plural };
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[.!?;:]+$/, '').trim();
}

function mainClause(input: RewriteInput): { subject: Subject; rest: string } | null {
  const { subject, rest } = input.groups;
  if (!subject || subject.start !== 0) return null;
  if (input.sentence.slice(subject.end, input.focus.start).trim() !== '') return null;
  const after = withoutEndPunctuation(rest?.text ?? '');
  if (/[,;:]/.test(after)) return null;
  return { subject: subjectOf(subject), rest: after };
}

const PAST_MODALS = new Set(['had to', 'needed to', 'was required to', 'were required to']);

/** "Mother must attend all appointments." → "We agreed with Mother that she will attend all appointments." */
const agreedTogether: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest)) return null;
  const past = PAST_MODALS.has(input.focus.text.toLowerCase());
  return `We ${past ? 'had agreed' : 'agreed'} with ${clause.subject.text} that ${clause.subject.pronoun} ${past ? 'would' : 'will'} ${rest}.`;
};

/** "Mother must attend all appointments." → "Mother says she wants to attend all appointments." */
const parentWish: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause || !clause.rest) return null;
  const rest = clause.rest.replace(/^to\s+/, '');
  if (!/^[a-z]/.test(rest)) return null;
  const { subject } = clause;
  const says = subject.plural ? 'say' : 'says';
  const wants = subject.plural || subject.pronoun === 'they' ? 'want' : 'wants';
  return `${subject.text} ${says} ${subject.pronoun} ${wants} to ${rest}.`;
};

/** "Father refuses help." → "Father does not want help at the moment." */
const doesNotWant: Rewriter = (input) => {
  const clause = mainClause(input);
  if (!clause) return null;
  const form = input.focus.text.toLowerCase();
  const past = form.endsWith('ed');
  const auxiliary = past ? 'did' : clause.subject.plural ? 'do' : 'does';
  if (!clause.rest) return `${clause.subject.text} ${auxiliary} not want to at the moment.`;
  if (clause.rest.startsWith('to ')) return `${clause.subject.text} ${auxiliary} not want ${clause.rest}.`;
  return `${clause.subject.text} ${auxiliary} not want ${clause.rest}${past ? '' : ' at the moment'}.`;
};

/** "Mother was hostile during the visit." → "I experienced Mother as hostile during the visit." */
const ownExperience: Rewriter = (input) => {
  const { subject } = input.groups;
  if (!subject || subject.start !== 0) return null;
  const between = input.sentence.slice(subject.end, input.focus.start).trim().split(/\s+/);
  const copula = (between.shift() ?? '').toLowerCase();
  const present = ['is', 'are', 'seems', 'seem', 'appears', 'appear'].includes(copula);
  const past = ['was', 'were', 'seemed', 'appeared'].includes(copula);
  if (!present && !past) return null;
  const tail = withoutEndPunctuation(input.sentence.slice(input.focus.end));
  const who = /^(The|Her|His|Their) /.test(subject.text) ? subject.text.charAt(0).toLowerCase() + subject.text.slice(1) : subject.text;
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

/** "Mother doesn't care about school." → "My impression is that mother doesn't care about school." */
const myImpression: Rewriter = (input) => {
  const body = withoutEndPunctuation(input.sentence);
  if (/[?]$/.test(input.sentence)) return null;
  const first = body.split(/\s+/)[0] ?? '';
  const keepCase = /^(I|[A-Z][a-z]+)$/.test(first) && !/^(The|Her|His|Their|Mother|Father|Mum|Mom|Dad|Parents)$/.test(first);
  return `My impression is that ${keepCase ? body : body.charAt(0).toLowerCase() + body.slice(1)}.`;
};

export const ENGLISH_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'agreed-together': agreedTogether,
  'parent-wish': parentWish,
  'does-not-want': doesNotWant,
  'own-experience': ownExperience,
  'drop-adjective': dropAdjective,
  'my-impression': myImpression,
};
