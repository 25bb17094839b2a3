// A te-infinitive clause said with "niet": "de deur open te doen" → "de deur niet opendoen"
// (refusals: "wil de deur niet opendoen"), "de kinderen zonder overleg van school te halen" →
// "de kinderen niet zonder overleg van school haalt" (prohibitions: "dat moeder ... niet
// haalt"). "niet" stands after a definite object or pronoun and before a prepositional
// phrase or a word of manner or place ("niet alleen laten"); "nog langer" becomes "niet langer", "nog" "niet meer". An object without a
// determiner ("hulp te vragen", "alcohol te drinken") would need "geen": no clause then.
import { ADVERBIAL, DETERMINERS, JOINING_PARTICLES, PREPOSITIONS } from './lexicon/function-words';
import { PARENT } from './lexicon/people';

const PARENT_WORDS = new Set(PARENT);

/** Adverbs that only make a refusal or prohibition total ("weigert pertinent om ..."): they go with it. */
const TOTAL = new Set(['pertinent', 'categorisch', 'botweg', 'resoluut', 'glashard', 'gewoon', 'uitdrukkelijk', 'nadrukkelijk']);
/** Pronouns that can be the object before "niet": "hem niet binnenlaten", "zich niet laten onderzoeken". */
export const OBJECT_PRONOUNS = new Set(['hem', 'haar', 'hen', 'ze', 'zich', 'het', 'er', 'mij', 'me', 'ons']);
/** Adverbs that may stand before the object without changing where "niet" goes. */
const LEADING_ADVERBS = new Set([...[...ADVERBIAL].filter((word) => !PREPOSITIONS.has(word)), 'ook', 'nog', 'langer', 'meer', 'weer', 'alweer', 'opnieuw', 'eerst', 'steeds', 'nu', 'toen', 'dan', 'vandaag', 'gisteren']);

/** Words that say how or where, which "niet" comes before like a prepositional phrase: "de tweeling niet alleen laten", "niet thuis opzoeken". */
const BEFORE_NIET = new Set(['alleen', 'samen', 'zelfstandig', 'thuis', 'buiten', 'binnen', 'onbegeleid', 'onaangekondigd']);

export interface NegatedClause {
  /** The words before the verb, "niet" placed among them. */
  words: string[];
  /** The te-infinitive, with a particle that stood before "te" joined to it ("opendoen"). */
  infinitive: string;
  /** What the writer put after the verb ("naar haar nieuwe vriend"). */
  after: string[];
  /** The words before "te" as written (without "om" and totalising adverbs), for checks of the caller. */
  before: string[];
}

/** The te-infinitive clause with "niet", or null where its shape asks for "geen" or is unknown. */
export function negatedTeClause(rest: readonly string[]): NegatedClause | null {
  const te = rest.lastIndexOf('te');
  if (te < 0) return null;
  let infinitive = rest[te + 1];
  if (!infinitive || !/^\p{Ll}+$/u.test(infinitive)) return null;
  const after = rest.slice(te + 2);
  const before = rest.slice(0, te).filter((word) => !TOTAL.has(word.toLowerCase()));
  // "weigert (altijd) om mee te werken": the "om" opens the te-infinitive and goes with "te".
  const om = before.lastIndexOf('om');
  // "weigert het om ...": only adverbs may stand before the "om".
  if (om >= 0 && !before.slice(0, om).every((word) => LEADING_ADVERBS.has(word.toLowerCase()))) return null;
  if (om >= 0) before.splice(om, 1);
  const written = [...before];
  // "onder te brengen": a preposition right before "te" is the verb's particle ("zonder te betalen" is no such verb).
  const particle = before[before.length - 1];
  if (particle && (JOINING_PARTICLES.has(particle) || (PREPOSITIONS.has(particle) && !['zonder', 'om', 'door', 'na'].includes(particle)))) {
    infinitive = particle + infinitive;
    before.pop();
  }
  // "Veilig Thuis te woord te staan": a second "te" before the verb's.
  if (before.includes('te')) return null;
  // A name or a role is an object like a definite one: "Milan niet laten vaccineren", "moeder niet meer ontmoeten".
  const firstWord = before.find((word) => !LEADING_ADVERBS.has(word.toLowerCase())) ?? '';
  const opening = firstWord.toLowerCase();
  const person = /^\p{Lu}\p{Ll}+$/u.test(firstWord) || PARENT_WORDS.has(opening);
  if (opening !== '' && !person && !DETERMINERS.has(opening) && !PREPOSITIONS.has(opening) && !OBJECT_PRONOUNS.has(opening) && !JOINING_PARTICLES.has(opening)) return null;
  // "nog langer bij de buurman" → "niet langer bij de buurman"; "na 23.00 uur nog" → "na 23.00 uur niet meer".
  const still = before.findIndex((word, index) => word === 'nog' && (before[index + 1] === 'langer' || before[index + 1] === 'meer'));
  if (still >= 0) {
    before.splice(still, 1, 'niet');
    return { words: before, infinitive, after, before: written };
  }
  const again = before.indexOf('nog');
  if (again >= 0) {
    // "niet meer" before a bare noun would need "geen ... meer".
    const next = before[again + 1];
    if (next !== undefined && !PREPOSITIONS.has(next) && !DETERMINERS.has(next)) return null;
    before.splice(again, 1, 'niet', 'meer');
    return { words: before, infinitive, after, before: written };
  }
  // "niet" goes before a prepositional phrase ("niet naar school gaan", "niet over zijn drankgebruik praten"), after the object ("de deur niet opendoen"); "van" belongs to its noun.
  const phrase = before.findIndex((word) => (PREPOSITIONS.has(word) && word !== 'van') || BEFORE_NIET.has(word));
  const at = phrase >= 0 ? phrase : before.length;
  return { words: [...before.slice(0, at), 'niet', ...before.slice(at)], infinitive, after, before: written };
}
