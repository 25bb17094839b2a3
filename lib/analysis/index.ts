// The analysis library's public API: `analyze` for one text, `createAnalyzer` for an
// editor that re-analyses on every keystroke and should only pay for changed sentences.
// Pure: no DOM, no browser APIs; runs in Node, in the page and in a worker. This entry
// loads both languages; lib/analysis/analyzer.ts with one language module loads less.
import { createAnalyzerFor, type Analyzer } from './analyzer';
import { english } from './en';
import { dutch } from './nl';
import type { AnalyzeOptions, Finding, Lang } from './types';

export type { Analyzer } from './analyzer';
export type { AnalyzeOptions, Category, Finding, FindingType, Lang, LangOption, Suggestion } from './types';

const BOTH = { nl: dutch, en: english };

export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  return createAnalyzerFor(BOTH, options);
}

/** All findings at once: with heavy custom packs, as many passes as their budget needs. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const analyzer = createAnalyzer(options);
  let findings = analyzer.update(text);
  while (analyzer.lastUpdate.deferred > 0) findings = analyzer.update(text);
  return findings;
}

/** A short sentence that runs a language's tagger, hook index and a rule with a rewrite. */
const WARM_UP: Record<Lang, string> = {
  nl: 'Moeder moet morgen om negen uur bellen.',
  en: 'Mother must call us tomorrow at nine.',
};

/**
 * Compiles a language's built-in rules and runs them once, so that a note's first analysis
 * does not wait for it (the compiled rules are kept per language module, see analyzer.ts).
 */
export function warmUp(lang: Lang): void {
  createAnalyzer({ lang }).update(WARM_UP[lang]);
}
