// The imperative verb lists (rules/<lang>/lexicon/imperative-verbs.json) as the forms a
// line opens with. Data, not code: the file lists infinitives (Dutch) or base forms
// (English), the language plugin turns each into its imperative ("opruimen" → "ruim").
import type { Lang } from './types';

export interface ImperativeVerbEntry {
  verb: string;
  /** Its imperative is as often a header, an adverb or the writer's own to-do ("werk", "pas", "check"). */
  ambiguous?: boolean;
}

export interface ImperativeVerbsFile {
  lang: Lang;
  about?: string;
  verbs: ImperativeVerbEntry[];
}

export interface CommandForms {
  plain: string[];
  ambiguous: string[];
}

/** Imperative forms by how sure they are; a form that is ambiguous for one verb is ambiguous for all. */
export function commandForms(file: ImperativeVerbsFile, imperativesOf: (verb: string) => readonly string[]): CommandForms {
  const ambiguous = new Set(file.verbs.filter((entry) => entry.ambiguous).flatMap((entry) => imperativesOf(entry.verb.toLowerCase())));
  const plain = new Set(file.verbs.flatMap((entry) => imperativesOf(entry.verb.toLowerCase())).filter((form) => !ambiguous.has(form)));
  return { plain: [...plain], ambiguous: [...ambiguous] };
}
