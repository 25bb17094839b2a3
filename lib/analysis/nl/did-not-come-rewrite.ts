// "Moeder liet het afweten bij het evaluatiegesprek." → "Moeder kwam niet naar het
// evaluatiegesprek."; "Ook bij de derde afspraak liet vader het afweten, ..." → "Ook bij de
// derde afspraak kwam vader niet, ...". "Het laten afweten" judges; not coming is what the
// writer saw. Only for a meeting, an appointment or a course ("bij de oudergesprekken", "bij
// de budgetcursus"): "laat het afweten bij de nachtvoedingen" or "als het om grenzen gaat" is
// no absence, and gets no rewrite.
import type { Rewriter } from '../engine';
import { matchCase } from '../letter-case';

/** Forms of "laten" with the same form of "komen". */
const COMES: Readonly<Record<string, string>> = Object.assign(Object.create(null), { laat: 'komt', liet: 'kwam', laten: 'komen', lieten: 'kwamen' });
/** Heads of the things one comes to (also in compounds: "evaluatiegesprek", "budgetcursus"). */
const MEETING = /(gesprek|gesprekken|afspraak|afspraken|overdracht|overdrachten|intake|intakes|evaluatie|evaluaties|les|lessen|cursus|cursussen|training|trainingen|mdo|overleg|overleggen|bezoek|bezoeken|omgang|zitting|zittingen|controle|controles|bijeenkomst|bijeenkomsten|spreekuur|spreekuren|ouderavond|ouderavonden|sessie|sessies)$/;
/** "bij" and a definite meeting: "bij het evaluatiegesprek", "bij de oudergesprekken op school", "bij de derde afspraak met de jeugdarts". */
const AT = /^bij (de|het|haar|zijn|hun) ((?:\p{Ll}+)(?: \p{Ll}+){0,2})/u;
/** Whether the text opens with "bij" and a meeting, its head among the first three words after the determiner. */
const atMeeting = (text: string) => (AT.exec(text)?.[2] ?? '').split(' ').some((word) => MEETING.test(word));

export const didNotCome: Rewriter = (input) => {
  const { sentence, focus } = input;
  if (/\bals het (om|over)\b/.test(sentence)) return null;
  const words = focus.text.split(/\s+/);
  const verb = words[0]?.toLowerCase() ?? '';
  // "liet het afweten" side by side, with the meeting after it.
  if (words.length === 3 && Object.hasOwn(COMES, verb) && words[1] === 'het' && words[2] === 'afweten') {
    const after = sentence.slice(focus.end).replace(/^\s+/, '');
    if (!atMeeting(after)) return null;
    return `${sentence.slice(0, focus.start)}${matchCase(COMES[verb] as string, words[0] as string)} niet naar ${after.slice(4)}`;
  }
  // "liet vader het afweten", "laat het bij de budgetcursus al vanaf de tweede les afweten": the meeting before the focus, in the clause.
  if (focus.text !== 'afweten') return null;
  const clauseStart = Math.max(sentence.lastIndexOf(',', focus.start), sentence.lastIndexOf(';', focus.start)) + 1;
  const clause = sentence.slice(clauseStart, focus.start);
  const form = /\b(laat|liet|laten|lieten)\s(?:(\S+(?:\s\S+)?)\s)?het\s/.exec(clause);
  if (!form) return null;
  const after = sentence.slice(focus.end).replace(/^\s+/, '');
  const meetingAfter = atMeeting(after);
  const meetingAt = clause.search(/\bbij (de|het|haar|zijn|hun) /);
  if (!meetingAfter && (meetingAt < 0 || !atMeeting(clause.slice(meetingAt)))) return null;
  const start = clauseStart + form.index;
  const comes = COMES[form[1] as string] as string;
  const between = form[2] ? `${form[2]} ` : '';
  const rest = sentence.slice(start + form[0].length, focus.start);
  // "komt bij de budgetcursus al vanaf de tweede les niet": "niet" last in the middle field, where "afweten" stood.
  const tail = meetingAfter ? ` naar ${after.slice(4)}` : sentence.slice(focus.end);
  return `${sentence.slice(0, start)}${comes} ${between}${rest}niet${tail}`;
};
