// A prohibition becomes what the writer finds important, said with "niet": "Het is moeder
// niet toegestaan de kinderen zonder overleg van school te halen." → "Ik vind het belangrijk
// dat moeder de kinderen niet zonder overleg van school haalt."; "Ik heb vader verboden om
// zonder afspraak naar de pleegouders te gaan." → "Ik heb met vader besproken dat het
// belangrijk is dat hij niet zonder afspraak naar de pleegouders gaat." It claims no
// agreement. The negation goes where Dutch puts it (negated-clause.ts); a clause that
// would need "geen", a second verb, or a person other than a role, a name or a pronoun
// gets no rewrite.
import type { Rewriter } from '../engine';
import { PARENT, HONORIFIC } from './lexicon/people';
import { isKnownInfinitive } from './lexicon/commands';
import { negatedTeClause } from './negated-clause';
import { pronounOfRole } from './owned-rewrites';
import { subordinateVerbCluster, type Person } from './verb-forms';

const PARENT_WORDS = new Set(PARENT);
const HONORIFICS = new Set(HONORIFIC.map((word) => word.replace(/\.$/, '')));
const PLURAL_PEOPLE = new Set(['ouders', 'pleegouders', 'grootouders', 'verzorgers', 'opvoeders', 'kinderen', 'jongeren']);
const bare = (word: string) => word.toLowerCase().replace(/[.,]+$/, '');

/** The person a prohibition is for, as written; null for anything but a role, an honorific with a name, a name or an object pronoun. */
function personOf(text: string): { text: string; person: Person; pronoun: string } | null {
  const words = text.split(/\s+/);
  const head = bare(words[words.length - 1] ?? '');
  const first = bare(words[0] ?? '');
  if (words.length === 1 && (first === 'hem' || first === 'haar')) return { text, person: '3sg', pronoun: first === 'hem' ? 'hij' : 'zij' };
  if (words.length === 1 && first === 'hen') return { text, person: 'pl', pronoun: 'zij' };
  const role = PARENT_WORDS.has(head) && (words.length === 1 || (words.length === 2 && ['de', 'beide'].includes(first)));
  const honorific = HONORIFICS.has(first) && words.slice(1).every((word) => /^\p{Lu}/u.test(word));
  const name = words.length <= 2 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && !PARENT_WORDS.has(first) && !HONORIFICS.has(first);
  if (!role && !honorific && !name) return null;
  const plural = PLURAL_PEOPLE.has(head);
  const inSentence = role || honorific ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  const pronoun = plural ? 'zij' : (pronounOfRole(first) ?? pronounOfRole(head) ?? inSentence);
  return { text: inSentence, person: plural ? 'pl' : '3sg', pronoun };
}

/** The te-clause after the prohibition as a finite clause with "niet": "de kinderen niet zonder overleg van school haalt", with a tail after its comma. */
function prohibitedClause(rest: string, person: Person): string | null {
  const comma = rest.indexOf(',');
  const body = comma >= 0 ? rest.slice(0, comma) : rest;
  const tail = comma >= 0 ? rest.slice(comma) : '';
  if (tail !== '' && !/^,\s+\p{Ll}/u.test(tail)) return null;
  const words = body.trim().split(/\s+/);
  // "om over de rechtszaak te praten of de kinderen te vragen ...": two verbs, one "niet".
  if (words.filter((word) => word === 'te').length !== 1 || /[;:()"„“]/.test(rest)) return null;
  const clause = negatedTeClause(words);
  // A verb the lexicon does not know is conjugated only where its stem cannot change its vowel: "overnachten" → "overnacht", not "gamen" → "gaamt".
  if (!clause || !(isKnownInfinitive(clause.infinitive) || /[^aeiou]{2}en$/.test(clause.infinitive))) return null;
  return [...clause.words, subordinateVerbCluster(clause.infinitive, person), ...clause.after].join(' ') + tail;
}

const IMPERSONAL = /^(?:(.+?) is het|Het is) (.+?) (?:niet toegestaan|verboden) (.+)$/u;
const TOLD = /^Ik heb (.+?) (?:uitdrukkelijk |nadrukkelijk )?verboden (.+)$/u;

export const importantNot: Rewriter = (input) => {
  const sentence = input.sentence.replace(/\s+$/, '');
  if (!/\.$/.test(sentence)) return null;
  const body = sentence.slice(0, -1);
  const impersonal = IMPERSONAL.exec(body);
  if (impersonal) {
    const [, front = '', who = '', rest = ''] = impersonal;
    const person = personOf(who);
    if (!person || /[,;:]/.test(front)) return null;
    const clause = prohibitedClause(rest, person.person);
    if (!clause) return null;
    const important = `het belangrijk dat ${person.text} ${clause}.`;
    return front ? `${front} vind ik ${important}` : `Ik vind ${important}`;
  }
  const told = TOLD.exec(body);
  if (told) {
    const [, who = '', rest = ''] = told;
    const person = personOf(who);
    if (!person) return null;
    const clause = prohibitedClause(rest, person.person);
    if (!clause) return null;
    return `Ik heb met ${person.text} besproken dat het belangrijk is dat ${person.pronoun} ${clause}.`;
  }
  return null;
};
