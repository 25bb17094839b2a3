// "Nu de cijfers achteruitgaan, moet Yara haar telefoon inleveren": a clause in front puts the
// finite verb before the subject, and the rewriters know the sentence with the subject first.
// The main clause is taken on its own ("Yara moet haar telefoon inleveren"), rewritten, and the
// fronted clause follows it: "Ik vind het belangrijk dat Yara haar telefoon inlevert, nu de
// cijfers achteruitgaan."
import { capitalise } from '../letter-case';
import type { Simplifier } from '../simpler-sentence';

/** Words a fronted clause or phrase opens with, which may stand after the main clause as well. */
const FRONT_OPENERS = new Set(['als', 'zolang', 'wanneer', 'omdat', 'nadat', 'voordat', 'zodra', 'sinds', 'doordat', 'hoewel', 'aangezien', 'totdat', 'om', 'nu', 'tijdens', 'ondanks', 'gezien', 'zonder', 'vanaf', 'tot', 'zodat']);

/** How many words before the subject may go with it ("mw.", "de moeder"). */
const SUBJECT_WORDS = 3;

export const unfronted: Simplifier = (sentence, terms) => {
  const first = terms[0];
  if (!first || !FRONT_OPENERS.has(first.text.toLowerCase())) return null;
  const verbAt = terms.findIndex((term, at) => at > 0 && /,\s*$/.test(sentence.slice(terms[at - 1]?.end ?? 0, term.start)) && sentence.slice(0, term.start).split(',').length === 2);
  const verb = terms[verbAt];
  if (!verb || !verb.tags.has('Finite') || !/^\p{Ll}/u.test(verb.text)) return null;
  const subjectAt = terms.findIndex((term, at) => at > verbAt && at <= verbAt + SUBJECT_WORDS && term.tags.has('Subject'));
  const subjectEnd = terms[subjectAt];
  const subjectStart = terms[verbAt + 1];
  if (!subjectEnd || !subjectStart) return null;
  const front = sentence.slice(0, sentence.lastIndexOf(',', verb.start)).trim();
  const subject = sentence.slice(subjectStart.start, subjectEnd.end);
  const rest = sentence.slice(subjectEnd.end);
  const end = /[.!]\s*$/.exec(sentence)?.[0].trim() ?? '.';
  return {
    text: `${capitalise(subject)} ${verb.text}${rest}`,
    restore: (rewritten) => {
      const body = rewritten.replace(/[.!]\s*$/, '');
      return `${body}, ${front.charAt(0).toLowerCase()}${front.slice(1)}${end}`;
    },
  };
};
