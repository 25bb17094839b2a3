// The analyser for a given set of language modules. index.ts binds it to both languages;
// the page can bind it to the one language a note needs and load the other on demand.
import { attendanceCandidates, notePeople } from './attendance';
import { analyzeSentence, compileLanguage, type CompiledLanguage, type CustomBudget, type LanguageModule, type NoteContext } from './engine';
import { LineScores, languageOfParagraphs } from './language';
import type { Rule, RulePack } from './rule-pack';
import { splitSentences } from './sentences';
import type { AnalyzeOptions, Category, Finding, Lang } from './types';

export interface Analyzer {
  /** Findings for the whole text; sentences seen in the previous call are not analysed again. */
  update(text: string): Finding[];
  /** The language of the note in the last update (its longest-running language when mixed). */
  readonly lang: Lang;
  /**
   * How much work the last update did: sentences in the text, how many were analysed anew,
   * how many still wait for their custom rules (the pass's budget ran out: update again,
   * soon, to catch up), and how many went without findings because a rule threw on them.
   */
  readonly lastUpdate: { sentences: number; analysed: number; deferred: number; failed: number };
}

/**
 * Pattern tries custom rules may spend per update: about 35 ms here at the heaviest packs
 * the limits allow. The built-in rules are never budgeted.
 */
export const CUSTOM_TRIES_PER_UPDATE = 4_000;

const compiledModules = new WeakMap<LanguageModule, CompiledLanguage>();
function compiled(module: LanguageModule, customPacks: ReadonlySet<RulePack>): CompiledLanguage {
  let language = compiledModules.get(module);
  if (!language) {
    language = compileLanguage(module, customPacks);
    compiledModules.set(module, language);
  }
  return language;
}

/**
 * One sentence's findings, or null when a rule fails on it. A custom pack (or a bug of ours)
 * may meet a sentence no example foresaw; that sentence then goes without findings, and is
 * cached so, while the rest of the note, and every later update, is analysed as usual. It is
 * counted (lastUpdate.failed), so a bug of ours shows in the tests rather than as findings
 * that quietly went missing.
 */
function analyzeSafely(language: CompiledLanguage, text: string, isEnabled: (rule: Rule, category: Category) => boolean, budget: CustomBudget, note: NoteContext): Finding[] | null {
  try {
    return analyzeSentence(language, { text, start: 0, end: text.length }, isEnabled, budget, note);
  } catch {
    return null;
  }
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

type SentenceCache = Record<Lang, Map<string, Finding[]>>;
const sentenceCache = (): SentenceCache => ({ nl: new Map(), en: new Map() });

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
  // Per language, keyed by sentence text (no key string built per sentence and update);
  // findings inside are relative to the sentence.
  let cache = sentenceCache();
  // Sentences whose custom rules wait for a later pass, with the findings they have so far.
  let waitingCache = sentenceCache();
  let noteLang: Lang = options.lang === 'en' || options.lang === 'nl' ? options.lang : fallback;
  let lastUpdate = { sentences: 0, analysed: 0, deferred: 0, failed: 0 };
  const customPacks = new Set(options.extraPacks ?? []);
  const lineScores = new LineScores();
  const attendanceWords = Object.values(languageModules).flatMap((module) => (module?.attendance ? [module.attendance] : []));
  // The note's people, by name; a sentence's findings depend on them, so the caches start
  // again when the attendance line changes.
  let note: NoteContext = {};
  let peopleKey = '|';
  let attendanceRead = '';

  return {
    get lang() {
      return noteLang;
    },
    get lastUpdate() {
      return lastUpdate;
    },
    update(text) {
      const fixed = options.lang === 'nl' || options.lang === 'en' ? options.lang : null;
      const paragraphs = languageOfParagraphs(text, fixed ?? fallback, lineScores);
      noteLang = fixed ?? paragraphs.noteLang;
      // Read again only when a line that could name people changed, not on every keystroke.
      const candidates = attendanceWords.length > 0 ? attendanceCandidates(text) : '';
      if (candidates !== attendanceRead) {
        attendanceRead = candidates;
        const people = notePeople(candidates, attendanceWords);
        const key = `${[...people.professionals].sort().join(' ')}|${[...people.family].sort().join(' ')}`;
        if (key !== peopleKey) {
          peopleKey = key;
          note = people.professionals.size + people.family.size > 0 ? { people } : {};
          cache = sentenceCache();
          waitingCache = sentenceCache();
        }
      }
      const next = sentenceCache();
      const findings: Finding[] = [];
      let sentences = 0;
      let analysed = 0;
      let deferred = 0;
      let failed = 0;
      const budget: CustomBudget = { left: CUSTOM_TRIES_PER_UPDATE, deferred: false };
      let spent = false;
      const nextWaiting = sentenceCache();
      for (const paragraph of paragraphs.parts) {
        const lang = fixed ?? paragraph.lang;
        const module = languageModules[lang] ?? languageModules[fallback];
        if (!module) continue;
        const language = compiled(module, customPacks);
        const [seen, cached, waitingNow, waitingBefore] = [next[module.lang], cache[module.lang], nextWaiting[module.lang], waitingCache[module.lang]];
        for (const segment of splitSentences(paragraph.text)) {
          sentences++;
          const key = segment.text;
          let relative = seen.get(key) ?? cached.get(key);
          const waiting = relative ? undefined : (waitingNow.get(key) ?? waitingBefore.get(key));
          if (relative) {
            seen.set(key, relative);
          } else if (waiting && spent) {
            // Its custom rules still wait and this pass has no budget left: the built-in
            // findings it already has will do until a later pass.
            relative = waiting;
            deferred++;
            waitingNow.set(key, relative);
          } else {
            analysed++;
            budget.deferred = false;
            const result = analyzeSafely(language, segment.text, isEnabled, budget, note);
            if (result === null) failed++;
            relative = result ?? [];
            if (budget.deferred) {
              spent = true;
              deferred++;
              waitingNow.set(key, relative);
            } else {
              seen.set(key, relative);
            }
          }
          findings.push(...shiftFindings(relative, paragraph.start + segment.start));
        }
      }
      // Only the sentences of the current text are kept, so the cache never outgrows the note.
      cache = next;
      waitingCache = nextWaiting;
      lastUpdate = { sentences, analysed, deferred, failed };
      return findings;
    },
  };
}
