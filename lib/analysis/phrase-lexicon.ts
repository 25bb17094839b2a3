// The phrase lexicons (rules/<lang>/lexicon/phrases.json): doubt, habit, deficit, motive
// and stereotype wording as word lists for a language's tagger. Each class becomes a tag
// ("#Doubt"); an entry that judges only when said of a family member ("wederom", "faalt
// als ouder") also gets "#AboutPerson", so a rule can ask for a person as the subject.
// "{ouder}" in an entry stands for any of the language's words for a parent or child.

export const PHRASE_CLASSES = ['doubt', 'habit', 'deficit', 'motive', 'stereotype'] as const;
export type PhraseClass = (typeof PHRASE_CLASSES)[number];

export interface PhraseEntry {
  phrase: string;
  forms?: string[];
  /** Judges only when a family member is the one it is said of. */
  person?: boolean;
}

export interface PhraseLexicon {
  lang: string;
  about?: string;
  classes: Partial<Record<PhraseClass, PhraseEntry[]>>;
}

/** The class's tag as rules name it: "doubt" → "Doubt". */
export const phraseTag = (name: PhraseClass) => (name.charAt(0).toUpperCase() + name.slice(1)) as Capitalize<PhraseClass>;

const PLACEHOLDER = /\{[^}]+\}/;

/**
 * A person slot in a word list's phrase: one word of the language's words for a parent or
 * child (the tagger's phrase table and the engine's hook filter know the words). A phrase
 * with a person slot used to be written out once per parent word, some 14,000 forms per
 * language, and those were half of what the CLI's start-up snapshot had to deserialise.
 * Words of more than one part ("ex-partner") are still written out: a slot is one term.
 * Letters and apostrophes only, so hook entries keep it as one word; no text has it.
 */
export const PERSON_SLOT = '’person’';

/** The person words a slot stands for: the single-part ones (see PERSON_SLOT). */
export const slotWords = (personWords: readonly string[]): string[] => personWords.filter((word) => !/[\s-]/.test(word));

/** Word lists for the tagger: [tag, words] per class, plus the words that need a person. */
export function phraseWords(lexicon: PhraseLexicon, personWords: readonly string[]): Array<[string, string[]]> {
  const lists: Array<[string, string[]]> = [];
  const aboutPerson: string[] = [];
  const spelledOut = personWords.filter((word) => /[\s-]/.test(word));
  for (const name of PHRASE_CLASSES) {
    const words: string[] = [];
    for (const entry of lexicon.classes[name] ?? []) {
      const forms = [entry.phrase, ...(entry.forms ?? [])]
        .map((form) => form.toLowerCase().trim())
        .flatMap((form) => (PLACEHOLDER.test(form) ? [PERSON_SLOT, ...spelledOut].map((person) => form.replace(PLACEHOLDER, person)) : [form]));
      words.push(...forms);
      if (entry.person) aboutPerson.push(...forms);
    }
    lists.push([phraseTag(name), [...new Set(words)]]);
  }
  lists.push(['AboutPerson', [...new Set(aboutPerson)]]);
  return lists;
}
