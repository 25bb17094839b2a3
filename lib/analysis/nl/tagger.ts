// The Dutch plugin on top of compromise/one: tokenise, tag from our lexicon, then
// post-tagger matches that each carry a reason id. Tags are set on the document's own
// terms, never in compromise's shared lexicon, so English tagging stays untouched.
import nlp from 'compromise/one';
import type { TaggedSentence } from '../engine';
import { NOT_A_NAME } from './lexicon/function-words';
import {
  ABSOLUTE, COMPARATIVE, HEDGE, JUDGMENT_ADJECTIVE, JUDGMENT_ONLY_ATTRIBUTIVE, LABEL_NOUN, NEGATION, TOGETHER,
} from './lexicon/judgments';
import { COURT, FAMILY, HONORIFIC, PARENT, PROFESSIONAL, THIRD_PERSON } from './lexicon/people';
import { CREDIBILITY, DECISION, INSTRUCTION, OBLIGATION, REFUSAL, REPORTING } from './lexicon/verbs';
import type { DutchTag } from './tagset';

const LEXICON_LISTS: Array<[DutchTag, readonly string[]]> = [
  ['Parent', PARENT],
  ['Family', FAMILY],
  ['Honorific', HONORIFIC],
  ['Professional', PROFESSIONAL],
  ['Court', COURT],
  ['ThirdPerson', THIRD_PERSON],
  ['Obligation', OBLIGATION],
  ['Refusal', REFUSAL],
  ['Credibility', CREDIBILITY],
  ['Reporting', REPORTING],
  ['Decision', DECISION],
  ['Instruction', INSTRUCTION],
  ['Judgment', JUDGMENT_ADJECTIVE],
  ['AttributiveJudgment', JUDGMENT_ONLY_ATTRIBUTIVE],
  ['LabelNoun', LABEL_NOUN],
  ['Absolute', ABSOLUTE],
  ['Comparative', COMPARATIVE],
  ['Negation', NEGATION],
  ['Hedge', HEDGE],
  ['Together', TOGETHER],
];

export const DUTCH_LEXICON: ReadonlyMap<string, readonly DutchTag[]> = (() => {
  const lexicon = new Map<string, DutchTag[]>();
  for (const [tag, words] of LEXICON_LISTS) {
    for (const word of words) lexicon.set(word, [...(lexicon.get(word) ?? []), tag]);
  }
  return lexicon;
})();

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
}

export interface PostTagRule {
  /** Unique id, so a surprising tag can be traced to the rule that set it. */
  reason: string;
  match: string;
  tag: DutchTag;
}

/** Run in order; later rules may build on tags set by earlier ones. */
export const DUTCH_POST_TAGGER: readonly PostTagRule[] = [
  { reason: 'honorific-with-surname', match: '#Honorific #Capitalised+', tag: 'Parent' },
  { reason: 'name-before-finite-verb', match: '[#Capitalised] (#Obligation|#Refusal|#Credibility|#Reporting|heeft|had|is|was|hield|houdt|komt|kwam|werkt|werkte)', tag: 'Parent' },
  { reason: 'name-after-inverted-verb', match: '(#Obligation|#Refusal|#Credibility|heeft|had|hield|houdt|komt|kwam) [#Capitalised]', tag: 'Parent' },
  { reason: 'name-after-possessive-role', match: '(#Parent) [#Capitalised]', tag: 'Parent' },
];

const compiledPostTagger = DUTCH_POST_TAGGER.map((rule) => ({ ...rule, regs: nlp.parseMatch(rule.match) }));

function looksCapitalised(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(text);
}

export function parseDutch(sentence: string): TaggedSentence {
  const doc = nlp.tokenize(sentence);
  const termLists = doc.docs as Term[][];
  termLists.forEach((terms) =>
    terms.forEach((term, index) => {
      const tags = DUTCH_LEXICON.get(term.normal);
      if (tags) for (const tag of tags) term.tags.add(tag);
      // A capitalised word that is no lexicon word may be a name; at the start of a
      // sentence only when it is not one of the words sentences usually start with.
      if (!tags && looksCapitalised(term.text) && (index > 0 || !NOT_A_NAME.has(term.normal))) {
        term.tags.add('Capitalised');
      }
    }),
  );
  for (const rule of compiledPostTagger) {
    const found = doc.match(rule.regs);
    for (const terms of found.docs as Term[][]) {
      for (const term of terms) {
        if (rule.reason === 'name-before-finite-verb' || rule.reason === 'name-after-inverted-verb' || rule.reason === 'name-after-possessive-role') {
          if (term.tags.has('Capitalised')) term.tags.add(rule.tag);
        } else {
          term.tags.add(rule.tag);
        }
      }
    }
  }
  return doc as unknown as TaggedSentence;
}
