// The public shapes of the analysis library. Other parts of the extension and outside
// checks depend on these names: extend them, do not rename them.
import type { ClauseCondition } from './clause-condition';

export type Lang = 'nl' | 'en';
export type LangOption = Lang | 'auto';

/** `directive` and `judgmental` are the product's two main categories; `interpretation` marks an inference written as fact. */
export type Category = 'directive' | 'judgmental' | 'interpretation';
/** Every category, in the order the side panel, the card and reports show them. */
export const CATEGORIES: readonly Category[] = ['directive', 'judgmental', 'interpretation'];

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
  /** The words of another finding in the sentence that this wording also leaves out or changes (the card names them). */
  alsoChanges?: string[];
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
  /**
   * Reason ids behind the finding (reasons.ts): how the rule matched ("pattern-2",
   * "clause-condition") and the tagger's decisions about its words ("name-before-finite-verb").
   */
  reasons?: string[];
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
  extraPacks?: readonly RulePack[];
}

// The rule-pack data format (rules/<lang>/<category>.json); rule-pack.ts validates it.

export interface SuggestionSpec {
  /** Replacement for the finding's span: one text, or one per matched word form (lower case). */
  replace?: string | Record<string, string>;
  /** Name of a sentence rewriter of the pack's language (lib/analysis/<lang>/rewrites.ts). */
  rewrite?: string;
  label: string;
}

export interface Rule {
  /** Stable kebab-case id, starting with the language: `nl-obligation-parent`. */
  id: string;
  type: FindingType;
  /**
   * Lower-case words; the rule is only tried on a sentence containing one of them (the cheap
   * filter). "houdt+niet" asks for both words, for rules whose own words are common.
   */
  hook: string[];
  /** compromise match patterns; `[<focus>...]` marks the span the finding underlines. */
  match: string[];
  /** A condition on a clause, in any word order (clause-condition.ts); the focus word is underlined. */
  clause?: ClauseCondition;
  /** Patterns that, found anywhere in the sentence, keep the rule quiet. */
  unless?: string[];
  /** Patterns that keep a finding quiet when they start before it: "Moeder vertelt dat [vader weigert]". */
  unlessBefore?: string[];
  message: string;
  explanation: string;
  suggestions: SuggestionSpec[];
  /** Id of the tip behind the finding. */
  tip?: string;
  /** Where the guidance comes from. */
  source?: string;
  examples: RuleExamples;
}

export interface RuleExamples {
  fire: string[];
  quiet: string[];
  /**
   * The words the finding underlines in each `fire` sentence, in order (one per sentence), so a
   * test can check the span and not only that the rule fired. Optional: a rule has all or none.
   */
  spans?: string[];
}

export interface RulePack {
  id: string;
  lang: Lang;
  category: Category;
  rules: Rule[];
}
