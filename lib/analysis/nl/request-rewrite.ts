// "Ruim de gang op voor vrijdag." → "Wil je de gang opruimen voor vrijdag?": an order in
// the imperative becomes a request. The verb goes back together as an infinitive where
// its particle stood ("op" + "ruimen"), or at the end of the main clause, before a
// subordinate clause ("Zorg dat je ..." → "Wil je zorgen dat je ...?").
import type { Rewriter } from '../engine';
import { VERBS_OF_COMMAND } from './lexicon/commands';
import { separablePrefix } from './verb-forms';

/** Words that open the part after the main clause: the infinitive goes before them. */
/** (Not "om", "en", "tot": "om 9 uur", "de gang en de trap", "tot vrijdag" stay in the clause.) */
const CLAUSE_AFTER = new Set(['dat', 'zodat', 'als', 'wanneer', 'voordat', 'omdat', 'zodra', 'totdat', 'anders', 'want', 'maar']);

export const asRequest: Rewriter = (input) => {
  const { sentence, focus } = input;
  const stem = focus.text.toLowerCase();
  const verbs = VERBS_OF_COMMAND.get(stem);
  if (!verbs) return null;
  const body = sentence.slice(focus.end).replace(/[.!]+\s*$/, '');
  if (/[?!]/.test(body)) return null;
  const words = body.trim().split(/\s+/).filter(Boolean);
  // The main clause ends at a comma or a word that opens the next clause.
  let end = words.findIndex((word, index) => /,$/.test(words[index - 1] ?? '') || CLAUSE_AFTER.has(word.toLowerCase()));
  if (end < 0) end = words.length;
  let infinitive: string | undefined;
  let at = end;
  for (const verb of verbs) {
    const split = separablePrefix(verb);
    if (!split) continue;
    const particle = words.slice(0, end).map((word) => word.toLowerCase().replace(/,$/, '')).lastIndexOf(split.prefix);
    if (particle >= 0) {
      infinitive = verb;
      at = particle;
      words.splice(particle, 1, words[particle]?.endsWith(',') ? `${verb},` : verb);
      break;
    }
  }
  if (!infinitive) {
    infinitive = verbs.find((verb) => !separablePrefix(verb));
    if (!infinitive) return null;
    // Before a comma that ends the main clause, the infinitive takes the comma over.
    const last = words[at - 1];
    if (last?.endsWith(',')) words.splice(at - 1, 1, last.slice(0, -1), `${infinitive},`);
    else words.splice(at, 0, infinitive);
  }
  const before = sentence.slice(0, focus.start);
  const opening = /^\p{Lu}/u.test(focus.text) ? 'Wil je' : 'wil je';
  return `${before}${opening} ${words.join(' ')}?`.replace(/\s+\?$/, '?');
};
