// "Nu de cijfers achteruitgaan, moet Yara haar telefoon inleveren": a clause in front puts the
// finite verb before the subject, and the rewriters know the sentence with the subject first.
// The main clause is taken on its own ("Yara moet haar telefoon inleveren"), rewritten, and the
// fronted clause follows it: "Ik vind het belangrijk dat Yara haar telefoon inlevert, nu de
// cijfers achteruitgaan." A bullet or a dash in front of it all stays in front.
import { capitalise } from '../letter-case';
import type { Simplifier } from '../simpler-sentence';
import { DETERMINERS } from './lexicon/function-words';
import { HONORIFIC } from './lexicon/people';

/** Words a fronted clause or phrase opens with, which may stand after the main clause as well. */
const FRONT_OPENERS = new Set(['als', 'zolang', 'wanneer', 'omdat', 'nadat', 'voordat', 'zodra', 'sinds', 'doordat', 'hoewel', 'aangezien', 'totdat', 'om', 'nu', 'tijdens', 'ondanks', 'gezien', 'zonder', 'vanaf', 'tot', 'zodat']);

/** Words that may stand between the finite verb and the word the tagger marked as subject ("moet [de] moeder", "dient [mw.] Bakker"). */
const BEFORE_SUBJECT = new Set([...DETERMINERS, ...HONORIFIC, ...HONORIFIC.map((word) => `${word}.`)]);

export const unfronted: Simplifier = (sentence, terms) => {
  const first = terms[0];
  if (!first || !FRONT_OPENERS.has(first.text.toLowerCase())) return null;
  // A sentence that ends inside a quote or brackets is someone's words or an aside: left as it is.
  if (/["”’)\]]\s*$/.test(sentence)) return null;
  const verbAt = terms.findIndex((term, at) => at > 0 && /,\s*$/.test(sentence.slice(terms[at - 1]?.end ?? 0, term.start)) && sentence.slice(0, term.start).split(',').length === 2);
  const verb = terms[verbAt];
  if (!verb || !verb.tags.has('Finite') || !/^\p{Ll}/u.test(verb.text)) return null;
  let subjectAt = verbAt + 1;
  while (terms[subjectAt] && !terms[subjectAt]?.tags.has('Subject') && BEFORE_SUBJECT.has((terms[subjectAt]?.text ?? '').toLowerCase())) subjectAt++;
  const subjectEnd = terms[subjectAt];
  const subjectStart = terms[verbAt + 1];
  if (!subjectEnd?.tags.has('Subject') || !subjectStart) return null;
  const lead = sentence.slice(0, first.start);
  const front = sentence.slice(first.start, sentence.lastIndexOf(',', verb.start)).trim();
  const subject = sentence.slice(subjectStart.start, subjectEnd.end);
  const rest = sentence.slice(subjectEnd.end);
  const end = /[.!]\s*$/.exec(sentence)?.[0].trim() ?? '.';
  return {
    text: `${capitalise(subject)} ${verb.text}${rest}`,
    restore: (rewritten) => {
      const body = rewritten.replace(/[.!]\s*$/, '');
      return `${lead}${body}, ${front.charAt(0).toLowerCase()}${front.slice(1)}${end}`;
    },
  };
};
