// "Zou" of the parent's own account doubts it: "Vader zou sinds januari geen druppel meer
// hebben gedronken." The account itself, said as theirs, keeps whose word it is without the
// doubt: "Vader vertelt dat hij sinds januari geen druppel meer heeft gedronken."; "Volgens
// moeder zou de baby prima doorslapen." → "Volgens moeder slaapt de baby prima door.". The
// first claims the parent said it, so its label says "if the parent said so". Only where the
// clause ends in a verb cluster we can read: a participle with hebben/zijn, or one infinitive.
import type { Rewriter } from '../engine';
import { capitalise as capitalised } from '../letter-case';
import { HE, SHE } from './owned-rewrites';
import { finiteParts, infinitiveOf, isPastParticiple, presentTense } from './verb-forms';

/** What stays after the account: ", maar de buurman zag ...", "; ...", or the full stop. */
const TAIL = /(,\s+(maar|terwijl|hoewel|want|en)\s.*|;.*)?[.!]?\s*$/u;

/** "hebben gedronken", "gedronken hebben", "zijn geweest", "geweest zijn": the perfect. */
function perfect(words: readonly string[]): { aux: 'hebben' | 'zijn'; participle: string; middle: string[] } | null {
  const [last, before] = [words.at(-1) ?? '', words.at(-2) ?? ''];
  const aux = (word: string) => (word === 'hebben' || word === 'zijn' ? word : null);
  if (aux(last.toLowerCase()) && isPastParticiple(before)) return { aux: aux(last.toLowerCase()) as 'hebben' | 'zijn', participle: before, middle: words.slice(0, -2) };
  if (aux(before.toLowerCase()) && isPastParticiple(last)) return { aux: aux(before.toLowerCase()) as 'hebben' | 'zijn', participle: last, middle: words.slice(0, -2) };
  return null;
}

/** The person's pronoun where the subject names a role or an honorific ("Dhr. Visser", "moeder"). */
function pronounOf(subject: string): string | null {
  const head = subject.toLowerCase().replace(/\./g, '').split(/\s+/)[0] ?? '';
  return SHE.has(head) ? 'zij' : HE.has(head) ? 'hij' : null;
}

export const reportedAccount: Rewriter = (input) => {
  const { sentence, focus } = input;
  const focusWords = focus.text.toLowerCase().split(/\s+/);
  if (focusWords[0] !== 'zou' && !(focusWords.join(' ') === 'volgens eigen zeggen zou')) return null;
  const tailAt = TAIL.exec(sentence.slice(focus.end))?.index ?? -1;
  if (tailAt < 0) return null;
  const tail = sentence.slice(focus.end + tailAt).trim();
  const after = sentence.slice(focus.end, focus.end + tailAt).trim().split(/\s+/).filter(Boolean);
  const before = sentence.slice(0, focus.start).trim();
  if (after.length < 2 || /[,;:"“”]/.test(before + after.join(' '))) return null;
  const ending = /^[.!]?$/.test(tail) ? '.' : ` ${tail.replace(/^,/, ',')}`.replace(/^ ,/, ',');

  // "Volgens moeder zou de baby ... doorslapen": the account is attributed already; "zou" gives way to the verb.
  if (/^volgens\s/i.test(before) && focusWords.length === 1) {
    const cluster = perfect(after);
    if (!cluster && after.some((word) => /^(hebben|zijn|worden)$/i.test(word) || isPastParticiple(word))) return null;
    if (cluster) return `${before} ${cluster.aux === 'hebben' ? 'heeft' : 'is'} ${[...cluster.middle, cluster.participle].join(' ')}${ending}`;
    const last = after.at(-1) as string;
    if (!infinitiveOf(last).includes(last.toLowerCase())) return null;
    const { finite, particle } = finiteParts(last, '3sg');
    return `${before} ${finite} ${[...after.slice(0, -1), ...(particle ? [particle] : [])].join(' ')}${ending}`;
  }

  // "Vader zou (volgens eigen zeggen) ... hebben gedronken": the person said it, in a "dat" clause.
  // "Volgens eigen zeggen zou moeder ...": the person follows "zou".
  const opening = before === '' && focusWords[0] === 'volgens';
  const subject = opening ? capitalised(after[0] ?? '') : before;
  const rest = opening ? after.slice(1) : after;
  if (subject === '' || /^volgens\s/i.test(subject)) return null;
  const pronoun = pronounOf(subject);
  if (!pronoun || rest.length === 0) return null;
  const cluster = perfect(rest);
  // A cluster we cannot read ("gestopt zijn met blowen"): no rewrite rather than a wrong verb.
  if (!cluster && rest.some((word) => /^(hebben|zijn|worden)$/i.test(word) || isPastParticiple(word))) return null;
  let clause: string;
  if (cluster) clause = [...cluster.middle, cluster.aux === 'hebben' ? 'heeft' : 'is', cluster.participle].join(' ');
  else {
    const last = rest.at(-1) as string;
    if (!infinitiveOf(last).includes(last.toLowerCase())) return null;
    clause = [...rest.slice(0, -1), presentTense(last, '3sg')].join(' ');
  }
  return `${subject} vertelt dat ${pronoun} ${clause}${ending}`;
};
