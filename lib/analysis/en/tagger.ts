// English tagging: compromise's full tagger (only reached for sentences the hook filter
// passed), plus our own tags set on the document's terms.
import nlp from 'compromise';
import type { TaggedSentence } from '../engine';
import {
  ABSOLUTE, COURT, CREDIBILITY, FAMILY, HEDGE, JUDGMENT, LABEL_NOUN, NEGATION, PARENT, PROFESSIONAL, REFUSAL,
  REPORTING, TOGETHER,
} from './lexicon';
import type { ENGLISH_OWN_TAGS } from './tagset';

type OwnTag = (typeof ENGLISH_OWN_TAGS)[number];

const LISTS: Array<[OwnTag, readonly string[]]> = [
  ['Parent', PARENT], ['Family', FAMILY], ['Professional', PROFESSIONAL], ['Court', COURT],
  ['Reporting', REPORTING], ['Hedge', HEDGE], ['Together', TOGETHER], ['Judgment', JUDGMENT],
  ['LabelNoun', LABEL_NOUN], ['Credibility', CREDIBILITY], ['Refusal', REFUSAL], ['Absolute', ABSOLUTE],
  ['NegationWord', NEGATION],
];

const LEXICON = new Map<string, OwnTag[]>();
for (const [tag, words] of LISTS) for (const word of words) LEXICON.set(word, [...(LEXICON.get(word) ?? []), tag]);

interface Term {
  normal: string;
  tags: Set<string>;
}

export function parseEnglish(sentence: string): TaggedSentence {
  const doc = nlp(sentence);
  for (const terms of doc.docs as Term[][]) {
    for (const term of terms) {
      for (const tag of LEXICON.get(term.normal) ?? []) term.tags.add(tag);
      // compromise recognises names ("Kate", "Mr Miller"); in a case note they are the people it is about.
      if (term.tags.has('Person') && !term.tags.has('Pronoun')) term.tags.add('Parent');
    }
  }
  return doc as unknown as TaggedSentence;
}
