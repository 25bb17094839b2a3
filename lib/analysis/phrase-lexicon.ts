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

/** Word lists for the tagger: [tag, words] per class, plus the words that need a person. */
export function phraseWords(lexicon: PhraseLexicon, personWords: readonly string[]): Array<[string, string[]]> {
  const lists: Array<[string, string[]]> = [];
  const aboutPerson: string[] = [];
  for (const name of PHRASE_CLASSES) {
    const words: string[] = [];
    for (const entry of lexicon.classes[name] ?? []) {
      const forms = [entry.phrase, ...(entry.forms ?? [])]
        .map((form) => form.toLowerCase().trim())
        .flatMap((form) => (PLACEHOLDER.test(form) ? personWords.map((person) => form.replace(PLACEHOLDER, person)) : [form]));
      words.push(...forms);
      if (entry.person) aboutPerson.push(...forms);
    }
    lists.push([phraseTag(name), [...new Set(words)]]);
  }
  lists.push(['AboutPerson', [...new Set(aboutPerson)]]);
  return lists;
}
