// The analyser for a given set of language modules. index.ts binds it to both languages;
// the page can bind it to the one language a note needs and load the other on demand.
import { analyzeSentence, compileLanguage, type CompiledLanguage, type LanguageModule } from './engine';
import { languageOfParagraphs } from './language';
import type { Rule } from './rule-pack';
import { splitSentences } from './sentences';
import type { AnalyzeOptions, Category, Finding, Lang } from './types';

export interface Analyzer {
  /** Findings for the whole text; sentences seen in the previous call are not analysed again. */
  update(text: string): Finding[];
  /** The language of the note in the last update (its longest-running language when mixed). */
  readonly lang: Lang;
  /** How much work the last update did: sentences in the text, and how many of them were analysed anew. */
  readonly lastUpdate: { sentences: number; analysed: number };
}

const compiledModules = new WeakMap<LanguageModule, CompiledLanguage>();
function compiled(module: LanguageModule): CompiledLanguage {
  let language = compiledModules.get(module);
  if (!language) {
    language = compileLanguage(module);
    compiledModules.set(module, language);
  }
  return language;
}

/** The same findings, with their offsets and suggestion ranges moved by `by` characters. */
export function shiftFindings(findings: readonly Finding[], by: number): Finding[] {
  if (by === 0) return [...findings];
  return findings.map((finding) => ({
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    suggestions: finding.suggestions.map((suggestion) =>
      suggestion.range ? { ...suggestion, range: [suggestion.range[0] + by, suggestion.range[1] + by] as [number, number] } : suggestion,
    ),
  }));
}

export function createAnalyzerFor(modules: Partial<Record<Lang, LanguageModule>>, options: AnalyzeOptions = {}): Analyzer {
  const disabledRules = new Set(options.disabledRules ?? []);
  const disabledCategories = new Set<Category>(options.disabledCategories ?? []);
  const enabledTypes = options.enabledTypes ? new Set(options.enabledTypes) : null;
  const isEnabled = (rule: Rule, category: Category) =>
    !disabledRules.has(rule.id) && !disabledCategories.has(category) && (!enabledTypes || enabledTypes.has(rule.type));
  // Extra packs run with their language's tagger and rewriters, as if they were built in.
  const withExtras = (module: LanguageModule): LanguageModule => {
    const extra = (options.extraPacks ?? []).filter((pack) => pack.lang === module.lang);
    return extra.length === 0 ? module : { ...module, packs: [...module.packs, ...extra] };
  };
  const languageModules: Partial<Record<Lang, LanguageModule>> = {};
  for (const [lang, module] of Object.entries(modules) as Array<[Lang, LanguageModule | undefined]>) {
    if (module) languageModules[lang] = withExtras(module);
  }
  const available = (Object.keys(modules) as Lang[]).filter((lang) => modules[lang]);
  const fallback: Lang = available.includes('nl') ? 'nl' : (available[0] ?? 'nl');
  // Keyed by language and sentence text; findings inside are relative to the sentence.
  let cache = new Map<string, Finding[]>();
  let noteLang: Lang = options.lang === 'en' || options.lang === 'nl' ? options.lang : fallback;
  let lastUpdate = { sentences: 0, analysed: 0 };

  return {
    get lang() {
      return noteLang;
    },
    get lastUpdate() {
      return lastUpdate;
    },
    update(text) {
      const fixed = options.lang === 'nl' || options.lang === 'en' ? options.lang : null;
      const paragraphs = languageOfParagraphs(text, fixed ?? fallback);
      noteLang = fixed ?? paragraphs.noteLang;
      const next = new Map<string, Finding[]>();
      const findings: Finding[] = [];
      let sentences = 0;
      let analysed = 0;
      for (const paragraph of paragraphs.parts) {
        const lang = fixed ?? paragraph.lang;
        const module = languageModules[lang] ?? languageModules[fallback];
        if (!module) continue;
        const language = compiled(module);
        for (const segment of splitSentences(paragraph.text)) {
          sentences++;
          const key = `${module.lang}\u0000${segment.text}`;
          let relative = next.get(key) ?? cache.get(key);
          if (!relative) {
            analysed++;
            relative = analyzeSentence(language, { text: segment.text, start: 0, end: segment.text.length }, isEnabled);
          }
          next.set(key, relative);
          findings.push(...shiftFindings(relative, paragraph.start + segment.start));
        }
      }
      // Only the sentences of the current text are kept, so the cache never outgrows the note.
      cache = next;
      lastUpdate = { sentences, analysed };
      return findings;
    },
  };
}
