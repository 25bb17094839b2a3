// English verb forms for the rewriters, from compromise's own conjugator: "keeps cancelling" →
// "often cancels", "has ignored" → "has not responded to", "is prohibited from posting" →
// "not to post". A word compromise cannot conjugate as a verb gives null, and the rewriter
// then offers nothing.
import nlp from 'compromise/two';

interface VerbForms {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}
interface VerbTransform {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(word: string, model: unknown): VerbForms;
}

const WORLD = (nlp as unknown as { world(): { model: unknown; methods: { two: { transform: { verb: VerbTransform } } } } }).world();
const VERB = WORLD.methods.two.transform.verb;

const cache = new Map<string, VerbForms | null>();

/** The forms of the verb whose "-ing" form this is ("cancelling" → cancel, cancels, cancelled); null for "being" or no "-ing" word. */
export function formsOfGerund(gerund: string): VerbForms | null {
  const word = gerund.toLowerCase();
  if (!/^[a-z]+ing$/.test(word) || word === 'being') return null;
  let forms = cache.get(word);
  if (forms === undefined) {
    const bare = VERB.toInfinitive(word, WORLD.model, 'Gerund');
    const all = bare && bare !== word ? VERB.conjugate(bare, WORLD.model) : null;
    // Only where the conjugator comes back to the same "-ing" form: a word it reads otherwise is no verb to rebuild.
    forms = all && all.Gerund === word && all.Infinitive === bare ? all : null;
    cache.set(word, forms);
  }
  return forms;
}

/** The perfect participle of a bare verb ("make" → "made", "take" → "taken"); null for "be", whose "been" compromise does not give. */
export function participleOf(bare: string): string | null {
  if (!/^[a-z]+$/.test(bare) || bare === 'be') return null;
  const forms = VERB.conjugate(bare, WORLD.model);
  return forms.Infinitive === bare ? (forms.Participle ?? forms.PastTense ?? null) : null;
}

/** Every form of a bare verb a note may write ("resent" → resent, resents, resented, resenting), for word lists kept as lemmas. */
export function allFormsOf(bare: string): string[] {
  const forms = VERB.conjugate(bare, WORLD.model);
  return [...new Set([bare, forms.PresentTense, forms.PastTense, forms.Gerund, forms.Participle].filter((form): form is string => typeof form === 'string' && /^[a-z]+$/.test(form)))];
}
