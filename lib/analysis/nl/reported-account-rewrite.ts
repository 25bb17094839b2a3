// "Zou" of the parent's own account doubts it: "Vader zou sinds januari geen druppel meer
// hebben gedronken." The account itself, said as theirs, keeps whose word it is without the
// doubt: "Vader vertelt dat hij sinds januari geen druppel meer heeft gedronken."; "Volgens
// moeder zou de baby prima doorslapen." → "Volgens moeder slaapt de baby prima door.". The
// first claims the parent said it, so its label says "if the parent said so". Only where the
// clause ends in a verb cluster we can read: a participle with hebben/zijn, or one infinitive.
import type { Rewriter } from '../engine';
import { capitalise } from '../letter-case';
import { pronounOfRole } from './owned-rewrites';
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

/** Verbs left after "zou" that no reading above covers ("gestopt zijn met blowen"): no rewrite rather than a wrong verb. */
const unreadable = (words: readonly string[]) => words.some((word) => /^(hebben|zijn|worden)$/i.test(word) || isPastParticiple(word));

/** The infinitive that ends the clause, or null when the last word is none. */
function lastInfinitive(words: readonly string[]): string | null {
  const last = words.at(-1) ?? '';
  return infinitiveOf(last).includes(last.toLowerCase()) ? last : null;
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
  // The full stop, or what follows the account as written (", maar de buurman zag ...", "; ...").
  const ending = /^[.!]?$/.test(tail) ? '.' : tail;

  // "Volgens moeder zou de baby ... doorslapen": the account is attributed already; "zou" gives way to the verb.
  if (/^volgens\s/i.test(before) && focusWords.length === 1) {
    const cluster = perfect(after);
    if (cluster) return `${before} ${cluster.aux === 'hebben' ? 'heeft' : 'is'} ${[...cluster.middle, cluster.participle].join(' ')}${ending}`;
    const last = lastInfinitive(after);
    if (!last || unreadable(after)) return null;
    const { finite, particle } = finiteParts(last, '3sg');
    return `${before} ${finite} ${[...after.slice(0, -1), ...(particle ? [particle] : [])].join(' ')}${ending}`;
  }

  // "Vader zou (volgens eigen zeggen) ... hebben gedronken": the person said it, in a "dat" clause.
  // "Volgens eigen zeggen zou moeder ...": the person follows "zou".
  const opening = before === '' && focusWords[0] === 'volgens';
  const subject = opening ? capitalise(after[0] ?? '') : before;
  const rest = opening ? after.slice(1) : after;
  if (subject === '' || /^volgens\s/i.test(subject)) return null;
  // The role or honorific that opens the subject ("Dhr. Visser", "moeder"); a name says no gender.
  const pronoun = pronounOfRole(subject.toLowerCase().replace(/\./g, '').split(/\s+/)[0] ?? '');
  if (!pronoun || rest.length === 0) return null;
  const cluster = perfect(rest);
  const last = cluster ? null : lastInfinitive(rest);
  if (!cluster && (!last || unreadable(rest))) return null;
  const clause = cluster ? [...cluster.middle, cluster.aux === 'hebben' ? 'heeft' : 'is', cluster.participle] : [...rest.slice(0, -1), presentTense(last as string, '3sg')];
  return `${subject} vertelt dat ${pronoun} ${clause.join(' ')}${ending}`;
};
