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

/** Objects that point back to what the first order was about: "keep the diary and bring it" is one task. */
const SAME_TASK_OBJECTS = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/**
 * A verb joined by "and" to an order is one of its own when it is a verb that is an order
 * wherever a line opens with it ("..., and bring the red book") and does not go on with the
 * first one's object. Ambiguous verbs after "and" go on with the same task as often
 * ("ring the GP and book the check", "stop smoking and look for work").
 */
export function joinedOwnOrder(plain: ReadonlySet<string>): (verb: CommandTerm, next: CommandTerm | undefined) => boolean {
  return (verb, next) => plain.has(verb.normal) && !SAME_TASK_OBJECTS.has(next?.normal ?? '');
}
