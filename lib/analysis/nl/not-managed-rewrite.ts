// "Vader houdt zich niet aan de omgangsregeling." → "Het lukt vader nog niet om zich aan de
// omgangsregeling te houden."; "Vader komt zijn afspraken niet na." → "Het lukt vader nog niet
// om zijn afspraken na te komen."; "Omdat moeder zich niet aan de afspraken houdt, ..." →
// "Omdat het moeder nog niet lukt om zich aan de afspraken te houden, ...". Not keeping to an
// agreement says the parent will not; not managing it yet leaves room for why. It assumes the
// parent tries, which the rule's label says ("als het de ouder niet lukt"). Only where the
// person opens the clause, or stands right after its subordinator; null for other shapes.
import type { RewriteInput, Rewriter } from '../engine';
import { PARENT, HONORIFIC } from './lexicon/people';
import { DETERMINERS, SUBORDINATORS } from './lexicon/function-words';
import { separablePrefix } from './verb-forms';

const ROLE_WORDS = new Set([...PARENT, ...HONORIFIC.map((word) => word.replace(/\.$/, ''))]);

/** The verb forms of the two agreements, by number and tense, with their te-infinitive. */
const KEEPS: Readonly<Record<string, { past: boolean; plural: boolean }>> = Object.assign(Object.create(null), {
  houdt: { past: false, plural: false }, houden: { past: false, plural: true }, hield: { past: true, plural: false }, hielden: { past: true, plural: true },
  komt: { past: false, plural: false }, komen: { past: false, plural: true }, kwam: { past: true, plural: false }, kwamen: { past: true, plural: true },
});
/** The infinitive behind each form: "houdt zich aan" is "zich houden aan", "komt na" is "nakomen". */
const INFINITIVE: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  houdt: 'houden', houden: 'houden', hield: 'houden', hielden: 'houden',
  komt: 'nakomen', komen: 'nakomen', kwam: 'nakomen', kwamen: 'nakomen',
});

/** "hij" → "het lukt hem": a subject pronoun as the object of "lukken". */
const OBJECT_PRONOUN: Readonly<Record<string, { sg: string; pl: string }>> = Object.assign(Object.create(null), {
  hij: { sg: 'hem', pl: 'hem' }, zij: { sg: 'haar', pl: 'hun' }, ze: { sg: 'haar', pl: 'hun' },
});

/** Where the object of "zich houden aan" ends: a clause of its own or a comma follows it. */
const OBJECT_END = /(?=,|;|:|\s(?:dat|die|om|waardoor|zodat|als|wanneer|omdat|terwijl|en|maar)\s)|(?=[.!?]?\s*$)/;

/** Adverbs that may stand between "zich" and "niet" and go with "lukt": "houdt zich nog steeds niet aan". */
const KEPT_ADVERBS = new Set(['nog', 'steeds', 'ook', 'al', 'weken', 'maanden', 'opnieuw', 'weer', 'vaak']);

/** The person as the object of "lukken": a role or determiner lower case, a pronoun in its object form, a name as written. */
function asObject(subject: string, plural: boolean): string | null {
  const first = subject.split(/\s+/)[0] ?? '';
  const word = first.toLowerCase().replace(/\.$/, '');
  const pronoun = OBJECT_PRONOUN[word];
  if (pronoun) return /\s/.test(subject) ? null : plural ? pronoun.pl : pronoun.sg;
  if (ROLE_WORDS.has(word) || DETERMINERS.has(word)) return subject.charAt(0).toLowerCase() + subject.slice(1);
  return /^\p{Lu}/u.test(first) ? subject : null;
}

/** The te-infinitive of the agreement, with what stands between "zich" and it: "zich aan de afspraken te houden", "zijn afspraken na te komen". */
function toManage(infinitive: string, object: string): string {
  const split = separablePrefix(infinitive);
  if (infinitive === 'houden') return `zich aan ${object} te houden`;
  return split ? `${object} ${split.prefix} te ${split.base}` : `${object} te ${infinitive}`;
}

/** The agreement in the focus taken apart: its verb form, what is kept, the adverbs before "niet". */
function agreementOf(focus: string): { form: string; object: string | null; adverbs: string[] } | null {
  const words = focus.split(/\s+/);
  const lower = words.map((word) => word.toLowerCase());
  // Main clause: "houdt zich (nog steeds) niet aan", "komt zijn afspraken (met ...) niet na".
  if (Object.hasOwn(KEEPS, lower[0] ?? '')) {
    const form = lower[0] as string;
    if (INFINITIVE[form] === 'houden') {
      if (lower[1] !== 'zich' || lower[lower.length - 1] !== 'aan' || lower[lower.length - 2] !== 'niet') return null;
      const adverbs = words.slice(2, -2);
      return adverbs.every((word) => KEPT_ADVERBS.has(word.toLowerCase())) ? { form, object: null, adverbs } : null;
    }
    if (lower[lower.length - 1] !== 'na' || lower[lower.length - 2] !== 'niet' || words.length < 4) return null;
    return { form, object: words.slice(1, -2).join(' '), adverbs: [] };
  }
  // Subordinate clause: "zich niet aan de afspraken houdt".
  const last = lower[lower.length - 1] ?? '';
  if (lower[0] === 'zich' && lower[1] === 'niet' && lower[2] === 'aan' && INFINITIVE[last] === 'houden' && words.length > 4) {
    return { form: last, object: words.slice(3, -1).join(' '), adverbs: [] };
  }
  return null;
}

export const notManagedYet: Rewriter = (input: RewriteInput) => {
  const { sentence, focus } = input;
  const subject = input.groups.subject;
  if (!subject || subject.end > focus.start || !/^\.?\s+$/.test(sentence.slice(subject.end, focus.start))) return null;
  const agreement = agreementOf(focus.text);
  if (!agreement) return null;
  const { past, plural } = KEEPS[agreement.form] as { past: boolean; plural: boolean };
  const written = sentence.slice(subject.start, subject.end) + (sentence.charAt(subject.end) === '.' ? '.' : '');
  const person = asObject(written, plural);
  if (!person) return null;
  const lukt = past ? 'lukte' : 'lukt';
  // "nog" says it may come; in the past, or with an adverb of its own ("nog steeds"), it stays out.
  const not = [...agreement.adverbs, ...(past || agreement.adverbs.length > 0 ? [] : ['nog']), 'niet'].join(' ');
  let after = sentence.slice(focus.end);
  let object = agreement.object;
  if (object === null) {
    const end = after.search(OBJECT_END);
    object = after.slice(0, end).trim();
    after = after.slice(end);
    if (object === '') return null;
  }
  // "... niet na en wil gewoon niet veranderen": the second verb would lose its subject.
  if (/^,?\s+(en|maar|of)\s/.test(after)) return null;
  const managed = toManage(INFINITIVE[agreement.form] as string, object);
  const before = sentence.slice(0, subject.start);
  if (before === '') return `Het ${lukt} ${person} ${not} om ${managed}${after}`;
  // "Omdat moeder zich niet aan ... houdt": the subordinator right before the person.
  const opener = before.trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (INFINITIVE[agreement.form] !== 'houden' || agreement.object === null || !SUBORDINATORS.has(opener) && opener !== 'dat') return null;
  return `${before}het ${person} ${not} ${lukt} om ${managed}${after}`;
};
