// How a note speaks, for the side panel's overview: besides directive and judgmental wording,
// how often the parent's own voice and shared agreements are in it (the parent telling,
// quoted words, "samen afgesproken"). Cheap patterns; it counts, it does not judge.
import { quotedRanges } from './quotes';
import type { Finding, Lang } from './types';

const ROLE_NL = '(?:moeder|vader|ouders?|mama|papa|pleeg(?:moeder|vader|ouders)|oma|opa|mevrouw|meneer|mevr\\.|dhr\\.|de jeugdige|[A-Z][a-z]+)';
const ROLE_EN = '(?:mother|father|parents?|mum|mom|dad|carers?|grandmother|grandfather|Ms|Mr|Mrs|the young person|[A-Z][a-z]+)';

const PARENT_VOICE: Record<Lang, RegExp[]> = {
  nl: [
    new RegExp(`\\b${ROLE_NL}\\s+(?:vertelt|vertelde|zegt|zei|geeft aan|gaf aan|legt uit|legde uit|laat weten|liet weten|wil graag|kiest|koos|vindt|vond|ervaart|benoemt|benoemde)\\b`, 'giu'),
    /\b(?:volgens|in de woorden van)\s+(?:moeder|vader|ouders|mevrouw|meneer)\b/giu,
  ],
  en: [
    new RegExp(`\\b${ROLE_EN}\\s+(?:says|said|explains|explained|tells|told me|shares|shared|feels|felt|wants|wanted|chose|chooses|describes|described)\\b`, 'giu'),
    /\baccording to\s+(?:mother|father|the parents|mum|dad)\b/giu,
  ],
};

const AGREEMENT: Record<Lang, RegExp> = {
  nl: /\b(?:samen|gezamenlijk)\s+(?:\w+\s+){0,3}(?:afgesproken|besloten|gekozen|bepaald)\b|\b(?:hebben|heb)\s+(?:\w+\s+){0,3}afgesproken\b/giu,
  en: /\b(?:agreed|decided|chose)\s+together\b|\bwe\s+(?:have\s+)?agreed\b|\btogether\s+we\s+(?:agreed|decided)\b/giu,
};

export interface NoteOverview {
  words: number;
  counts: { directive: number; judgmental: number; interpretation: number; parentVoice: number; agreements: number };
  /** A longer note in which the parent's own perspective does not appear. */
  parentPerspectiveMissing: boolean;
  /** Interpretations written as fact next to observations: the Jeugdwet asks to keep them apart. */
  factsAndInterpretationsMixed: boolean;
}

/** From this many words on, a note without the parent's voice gets a gentle prompt. */
export const LONGER_NOTE_WORDS = 80;

export function noteOverview(text: string, lang: Lang, findings: readonly Finding[]): NoteOverview {
  const count = (pattern: RegExp) => [...text.matchAll(pattern)].length;
  const parentVoice = PARENT_VOICE[lang].reduce((sum, pattern) => sum + count(pattern), 0) + quotedRanges(text).length;
  const agreements = count(AGREEMENT[lang]);
  const words = (text.match(/\p{L}+/gu) ?? []).length;
  const of = (category: Finding['category']) => findings.filter((finding) => finding.category === category).length;
  const counts = { directive: of('directive'), judgmental: of('judgmental'), interpretation: of('interpretation'), parentVoice, agreements };
  return {
    words,
    counts,
    parentPerspectiveMissing: words >= LONGER_NOTE_WORDS && parentVoice === 0,
    factsAndInterpretationsMixed: counts.interpretation > 0,
  };
}
