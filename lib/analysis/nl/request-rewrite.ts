// "Ruim de gang op voor vrijdag." → "Wil je de gang opruimen voor vrijdag?": an order in
// the imperative becomes a request. The verb goes back together as an infinitive where
// its particle stood ("op" + "ruimen"), or at the end of the main clause, before a
// subordinate clause ("Zorg dat je ..." → "Wil je zorgen dat je ...?"). Coordinated orders
// become one request ("ga naar bed en zet je telefoon uit" → "wil je naar bed gaan en je
// telefoon uitzetten?").
import type { Rewriter } from '../engine';
import { VERBS_OF_COMMAND } from './lexicon/commands';
import { JOINING_PARTICLES, PREPOSITIONS } from './lexicon/function-words';
import { separablePrefix } from './verb-forms';

/** Words that open the part after the main clause: the infinitive goes before them. */
/** (Not "om", "en", "tot": "om 9 uur", "de gang en de trap", "tot vrijdag" stay in the clause.) */
const CLAUSE_AFTER = new Set(['dat', 'zodat', 'als', 'wanneer', 'voordat', 'omdat', 'zodra', 'totdat', 'anders', 'want', 'maar', 'hoe', 'wat', 'waar', 'waarom']);

/** A particle stands last in its clause, or before a prepositional phrase put after it ("stuur ... door naar het wijkteam"); before "de"/"het" it is a preposition ("houd je aan de afspraken"). */
const AFTER_A_PARTICLE = new Set([...PREPOSITIONS, 'en', 'of']);


/** Where the main clause ends: a comma, or a word that opens the next clause ("of" only after a particle: "vraag na of ..."). */
function clauseEnd(words: readonly string[]): number {
  const end = words.findIndex((word, index) => {
    const previous = bare(words[index - 1] ?? '');
    if (/,$/.test(words[index - 1] ?? '')) return true;
    if (bare(word) === 'of') return JOINING_PARTICLES.has(previous);
    // "met dat geschreeuw", "van dat geld": after a preposition "dat" is a determiner, no clause opener.
    return CLAUSE_AFTER.has(bare(word)) && !(bare(word) === 'dat' && PREPOSITIONS.has(previous));
  });
  return end < 0 ? words.length : end;
}

const bare = (word: string) => word.toLowerCase().replace(/,$/, '');

/** One order, without its verb, with the infinitive where Dutch puts it: "de gang op" → "de gang opruimen". */
function asInfinitiveClause(stem: string, words: readonly string[]): string[] | null {
  const verbs = VERBS_OF_COMMAND.get(stem);
  if (!verbs) return null;
  const out = [...words];
  const end = clauseEnd(out);
  for (const verb of verbs) {
    const split = separablePrefix(verb);
    if (!split) continue;
    const at = out.slice(0, end).map(bare).lastIndexOf(split.prefix);
    const next = at + 1 < end ? bare(out[at + 1] ?? '') : '';
    if (at >= 0 && (at + 1 >= end || AFTER_A_PARTICLE.has(next))) {
      out.splice(at, 1, out[at]?.endsWith(',') ? `${verb},` : verb);
      return out;
    }
  }
  const infinitive = verbs.find((verb) => !separablePrefix(verb));
  if (!infinitive) return null;
  // Before a comma that ends the main clause, the infinitive takes the comma over.
  const last = out[end - 1];
  // "Bel af als ...": a particle last in the clause is written together with the infinitive.
  if (last && JOINING_PARTICLES.has(bare(last))) out.splice(end - 1, 1, bare(last) + infinitive + (last.endsWith(',') ? ',' : ''));
  else if (last?.endsWith(',')) out.splice(end - 1, 1, last.slice(0, -1), `${infinitive},`);
  else out.splice(end, 0, infinitive);
  return out;
}

export const asRequest: Rewriter = (input) => {
  const { sentence, focus } = input;
  const stem = focus.text.toLowerCase();
  if (!VERBS_OF_COMMAND.has(stem)) return null;
  // Where the line of orders opens: after a header's colon, else at the sentence start.
  const head = sentence.slice(0, focus.start);
  const colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'));
  const lineStart = colon >= 0 ? colon + 1 + (/^\s*/.exec(head.slice(colon + 1))?.[0].length ?? 0) : 0;
  let line = sentence.slice(lineStart).replace(/[.!]+\s*$/, '');
  if (/[?!]/.test(line)) return null;
  // "(vader)" at the end of an action line says who it is for: it stays after the question.
  const addressee = /\s+\([^()]+\)$/.exec(line)?.[0] ?? '';
  line = line.slice(0, line.length - addressee.length);
  // ", de verwijsbrief ligt klaar", ", dan weet Dani ...": a main clause after the comma is no part of the request, and would end in its question mark.
  for (const match of line.matchAll(/,\s+(\S+)/g)) {
    const word = bare(match[1] ?? '');
    if (!CLAUSE_AFTER.has(word) && word !== 'ook') return null;
  }
  const words = line.trim().split(/\s+/).filter(Boolean);
  // The orders of the line: its first word and every word after "en" that is an imperative.
  const starts = words.flatMap((word, index) => (index === 0 || (bare(words[index - 1] ?? '') === 'en' && VERBS_OF_COMMAND.has(bare(word))) ? [index] : []));
  if (!VERBS_OF_COMMAND.has(bare(words[0] ?? ''))) return null;
  const clauses: string[] = [];
  for (const [order, start] of starts.entries()) {
    const stop = order + 1 < starts.length ? (starts[order + 1] as number) - 1 : words.length;
    const clause = asInfinitiveClause(bare(words[start] ?? ''), words.slice(start + 1, stop));
    if (!clause) return null;
    clauses.push(clause.join(' '));
  }
  const opening = /^\p{Lu}/u.test(words[0] ?? '') ? 'Wil je' : 'wil je';
  return `${sentence.slice(0, lineStart)}${opening} ${clauses.join(' en ')}?`.replace(/\s+\?$/, '?') + addressee;
};
