// The label lexicons (rules/<lang>/lexicon/labels.json) as word lists for a language's
// tagger: person-evaluative words with their forms, each marked with the position it
// judges in. Data, not code: a label added there is found in every position the rules
// cover, and the rules' hooks follow it ("#Judgment" in a hook stands for all of them).
import type { Lang } from './types';

export interface LabelEntry {
  lemma: string;
  pos: 'adjective' | 'noun';
  /** Inflected forms and plurals ("egoïstische", "profiteurs"). */
  forms?: string[];
  /** Judges only before a person noun: "een moeilijke moeder", not "een moeilijk gesprek". */
  only?: 'attributive';
  /** Also describes rooms and things ("chaotisch"): judges only when said of a person, which the rules require anyway. */
  alsoThings?: boolean;
}

export interface LabelLexicon {
  lang: Lang;
  about?: string;
  entries: LabelEntry[];
}

export interface LabelWords {
  /** Adjectives that label a person in any position ("is egoïstisch", "een egoïstische vader"). */
  predicative: string[];
  /** Adjectives that label only before a person noun. */
  attributiveOnly: string[];
  /** Nouns for a person ("profiteur"); words of a multi-word one are joined by a space ("verwend nest"). */
  nouns: string[];
  /** Words that also describe rooms and things ("chaotisch", "vuile"): only a rule that sees the person may take them. */
  alsoThings: string[];
}

/**
 * The lexicon's words by position. `alsoAttributiveOnly` are words a language lists by
 * hand as judging only before a person; they join the data's and leave `predicative`.
 */
export function labelWords(lexicon: LabelLexicon, alsoAttributiveOnly: readonly string[] = []): LabelWords {
  const words: LabelWords = { predicative: [], attributiveOnly: [...alsoAttributiveOnly], nouns: [], alsoThings: [] };
  for (const entry of lexicon.entries) {
    const all = [entry.lemma, ...(entry.forms ?? [])].map((word) => word.toLowerCase());
    if (entry.alsoThings) words.alsoThings.push(...all);
    if (entry.pos === 'noun') words.nouns.push(...all);
    else if (entry.only === 'attributive') words.attributiveOnly.push(...all);
    else words.predicative.push(...all);
  }
  const attributiveOnly = new Set(words.attributiveOnly);
  return { ...words, predicative: words.predicative.filter((word) => !attributiveOnly.has(word)), attributiveOnly: [...attributiveOnly] };
}
