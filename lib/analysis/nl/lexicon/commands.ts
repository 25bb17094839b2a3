// Dutch imperatives from the verb list: the stem of the verb, or of its base when it is
// separable ("opruimen" → "Ruim de gang op"), with the few imperatives that are no stem.
import file from '../../../../rules/nl/lexicon/imperative-verbs.json';
import { commandForms, type ImperativeVerbsFile } from '../../command-lexicon';
import { IRREGULAR_VERBS } from '../irregular-verbs';
import { presentTense, separablePrefix } from '../verb-forms';
import { DIRECTIVE_VERBS } from './verbs';

const IRREGULAR: Readonly<Record<string, readonly string[]>> = { zijn: ['wees'], houden: ['houd', 'hou'], hebben: ['heb'] };

function imperativesOf(verb: string): readonly string[] {
  const base = separablePrefix(verb)?.base ?? verb;
  return Object.hasOwn(IRREGULAR, base) ? (IRREGULAR[base] as readonly string[]) : [presentTense(base, '1sg')];
}

export const COMMANDS = commandForms(file as ImperativeVerbsFile, imperativesOf);

/** The verbs an imperative may be of: "ruim" is ruimen or opruimen, told apart by the particle at the end. */
export const VERBS_OF_COMMAND: ReadonlyMap<string, readonly string[]> = (() => {
  const verbs = new Map<string, string[]>();
  for (const { verb } of (file as ImperativeVerbsFile).verbs) {
    for (const form of imperativesOf(verb.toLowerCase())) verbs.set(form, [...(verbs.get(form) ?? []), verb.toLowerCase()]);
  }
  return verbs;
})();

export const SECOND_PERSON = ['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'jezelf', 'jouzelf', 'uzelf'];

/** After the verb these are its subject: "Ga ik ...", "Bel hij ..." are no orders ("ze", "haar" may be objects). */
export const SUBJECT_AFTER = ['ik', 'hij', 'zij', 'we', 'wij', 'men'];

/** After an ambiguous imperative, these make it one: "Zorg ervoor dat ...", "Let op de ...", "Vraag aan ..." is no header then. */
export const CONFIRM_AFTER = ['ervoor', 'dat', 'erop', 'eraan', 'jezelf'];

/** Infinitives we know as verbs: the imperative list, the directive verbs and every irregular verb. */
export const KNOWN_INFINITIVES: ReadonlySet<string> = new Set([...(file as ImperativeVerbsFile).verbs.map(({ verb }) => verb.toLowerCase()), ...DIRECTIVE_VERBS, ...IRREGULAR_VERBS.keys()]);

/** A known verb, also as a compound of one ("terugbrengen", "ophalen"): "buiten" or "kinderen" is none. */
export function isKnownInfinitive(word: string): boolean {
  return KNOWN_INFINITIVES.has(word) || KNOWN_INFINITIVES.has(separablePrefix(word)?.base ?? '');
}
