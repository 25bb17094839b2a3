// The public shapes of the analysis library. Other parts of the extension and outside
// checks depend on these names: extend them, do not rename them.

export type Lang = 'nl' | 'en';
export type LangOption = Lang | 'auto';

/** `directive` and `judgmental` are the product's two main categories; `interpretation` marks an inference written as fact. */
export type Category = 'directive' | 'judgmental' | 'interpretation';

export type FindingType =
  | 'obligation'
  | 'unilateral-decision'
  | 'instruction'
  | 'expectation'
  | 'imperative'
  | 'restriction'
  | 'label'
  | 'credibility'
  | 'refusal'
  | 'absolute'
  | 'stereotype'
  | 'interpretation-as-fact';

export interface Suggestion {
  text: string;
  /** Replaces `[start, end)` of the analysed text; without it, the finding's own span. */
  range?: [number, number];
  /** What this wording does, in the note's language ("Wat jullie samen afspraken"). */
  label: string;
}

export interface Finding {
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  category: Category;
  type: FindingType;
  ruleId: string;
  lang: Lang;
  message: string;
  explanation: string;
  suggestions: Suggestion[];
  /** Id of the tip behind this finding (side panel). */
  tip?: string;
}

export interface AnalyzeOptions {
  lang?: LangOption;
  /** Rule ids to leave out (settings, organisation policy). */
  disabledRules?: readonly string[];
  /** Categories to leave out. */
  disabledCategories?: readonly Category[];
  /** Only these finding types (a sensitivity setting); all when absent. */
  enabledTypes?: readonly FindingType[];
  /** Rule packs beyond the built-in ones (imported by the user or set by the organisation), already validated. */
  extraPacks?: readonly import('./rule-pack').RulePack[];
}
