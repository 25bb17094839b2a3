// The analysis library's public API: `analyze` for one text, `createAnalyzer` for an
// editor that re-analyses on every keystroke and should only pay for changed sentences.
// Pure: no DOM, no browser APIs; runs in Node, in the page and in a worker.
import { analyzeSentence, compileLanguage, type CompiledLanguage } from './engine';
import { english } from './en';
import { detectLanguage } from './language';
import { dutch } from './nl';
import type { Rule } from './rule-pack';
import { splitSentences } from './sentences';
import type { AnalyzeOptions, Category, Finding, Lang } from './types';

export type { AnalyzeOptions, Category, Finding, FindingType, Lang, LangOption, Suggestion } from './types';

let compiled: Record<Lang, CompiledLanguage> | null = null;
function languages(): Record<Lang, CompiledLanguage> {
  compiled ??= { nl: compileLanguage(dutch), en: compileLanguage(english) };
  return compiled;
}

function shift(findings: readonly Finding[], by: number): Finding[] {
  return findings.map((finding) => ({
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    suggestions: finding.suggestions.map((suggestion) =>
      suggestion.range ? { ...suggestion, range: [suggestion.range[0] + by, suggestion.range[1] + by] as [number, number] } : suggestion,
    ),
  }));
}

export interface Analyzer {
  /** Findings for the whole text; sentences seen in the previous call are not analysed again. */
  update(text: string): Finding[];
  /** The language the last update analysed in. */
  readonly lang: Lang;
  /** How much work the last update did: sentences in the text, and how many of them were analysed anew. */
  readonly lastUpdate: { sentences: number; analysed: number };
}

export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const disabledRules = new Set(options.disabledRules ?? []);
  const disabledCategories = new Set<Category>(options.disabledCategories ?? []);
  const isEnabled = (rule: Rule, category: Category) => !disabledRules.has(rule.id) && !disabledCategories.has(category);
  // Keyed by language and sentence text; findings inside are relative to the sentence.
  let cache = new Map<string, Finding[]>();
  let lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  let lastUpdate = { sentences: 0, analysed: 0 };

  return {
    get lang() {
      return lang;
    },
    get lastUpdate() {
      return lastUpdate;
    },
    update(text) {
      lang = options.lang === 'nl' || options.lang === 'en' ? options.lang : detectLanguage(text);
      const language = languages()[lang];
      const next = new Map<string, Finding[]>();
      const findings: Finding[] = [];
      const segments = splitSentences(text);
      let analysed = 0;
      for (const segment of segments) {
        const key = `${lang}\u0000${segment.text}`;
        let relative = next.get(key) ?? cache.get(key);
        if (!relative) {
          analysed++;
          relative = analyzeSentence(language, { text: segment.text, start: 0, end: segment.text.length }, isEnabled);
        }
        next.set(key, relative);
        findings.push(...shift(relative, segment.start));
      }
      // Only the sentences of the current text are kept, so the cache never outgrows the note.
      cache = next;
      lastUpdate = { sentences: segments.length, analysed };
      return findings;
    },
  };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return createAnalyzer(options).update(text);
}
