// English imperatives from the verb list: the base form, used as a verb at the opening
// of a line (compromise's tags tell "Call me before ..." from "Call with school: ...").
import file from '../../../rules/en/lexicon/imperative-verbs.json';
import { commandForms, type ImperativeVerbsFile } from '../command-lexicon';
import type { CommandTerm } from '../openings';

export const COMMANDS = commandForms(file as ImperativeVerbsFile, (verb) => [verb.split(/\s+/)[0] ?? verb]);

export const SECOND_PERSON = ['you', 'your', 'yours', 'yourself', 'yourselves'];

export const SUBJECT_AFTER = ['i'];

/** After an ambiguous imperative, these make it one: "Make sure ...", "Let me know", "Send us ...". */
export const CONFIRM_AFTER = ['sure', 'me', 'us'];

/** "Do not leave ...", "Don't ...", "Never leave ...": a negative imperative opens the line. */
export const NEGATIVE_IMPERATIVE = { before: new Set(['never']), auxiliary: new Set(['do', "don't", 'dont']), not: new Set(['not', "n't"]) };

/** "Ring the GP and bring the red book": a second order joined to the first. */
export const COORDINATORS = new Set(['and', 'then']);

/** A verb here, not a noun or a past form: "Visit planned for Tuesday" is no order. */
export function isCommandVerb(term: CommandTerm): boolean {
  return term.tags.has('Verb') && !['PastTense', 'Gerund', 'Participle', 'Noun'].some((tag) => term.tags.has(tag)) && !/[:]/.test(term.post);
}
