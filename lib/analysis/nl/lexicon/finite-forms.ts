// Finite verb forms of every verb we know, made by our own conjugator instead of listed:
// "reageert", "stuurde", "kwamen". The clause stage needs them to tell a coordinated clause
// ("... en vader reageert boos") from two coordinated nouns ("rekeningen en aanmaningen"),
// and a main clause's first field from its middle field. Only the forms a main clause puts
// in second place: the base verb of a separable one ("ruimt ... op"), in the third person
// and the past, never the stem (a stem is often a noun: "rust", "bel") nor the plural
// present (it is the infinitive: "en de afwas doen").
import { pastTense, presentTense, separablePrefix } from '../verb-forms';
import { KNOWN_INFINITIVES } from './commands';
import { FINITE_VERBS } from './function-words';

export const FINITE_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>();
  for (const infinitive of KNOWN_INFINITIVES) {
    const base = separablePrefix(infinitive)?.base ?? infinitive;
    for (const verb of new Set([base, infinitive])) {
      for (const form of [presentTense(verb, '3sg'), pastTense(verb, false), pastTense(verb, true)]) {
        if (form !== verb && form !== presentTense(verb, '1sg')) forms.add(form);
      }
    }
  }
  return forms;
})();

/** A finite verb by its form alone: one of the common ones listed by hand, or one our conjugator made. */
export function isFiniteForm(word: string): boolean {
  return FINITE_VERBS.has(word) || FINITE_FORMS.has(word);
}
