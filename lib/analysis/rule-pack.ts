// The rule-pack data format (rules/<lang>/<category>.json, and custom packs users
// import) and its validation. Every error names the pack, the rule, the field and
// what to write instead, because the people editing packs are not programmers.
import { isTipId, TIP_IDS } from '../tips/ids';
import { CLAUSE_FIELDS, type ClauseCondition } from './clause-condition';
import { CATEGORIES, type Category, type FindingType, type Lang, type Rule, type RulePack, type SuggestionSpec } from './types';

// The format's shapes live with the other analysis types, which the analyzer's options need too.
export type { Rule, RulePack, SuggestionSpec };

export class RulePackError extends Error {
  constructor(
    readonly pack: string,
    readonly ruleId: string | undefined,
    readonly field: string,
    problem: string,
  ) {
    super(`${pack}${ruleId ? `, rule "${ruleId}"` : ''}, field "${field}": ${problem}`);
    this.name = 'RulePackError';
  }
}

const LANGS: readonly Lang[] = ['nl', 'en'];
export const TYPES_BY_CATEGORY: Record<Category, readonly FindingType[]> = {
  directive: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative'],
  judgmental: ['label', 'credibility', 'refusal', 'absolute', 'stereotype'],
  interpretation: ['interpretation-as-fact'],
};
const RULE_FIELDS = new Set([
  'id', 'type', 'hook', 'match', 'clause', 'unless', 'unlessBefore', 'message', 'explanation', 'suggestions', 'tip', 'source', 'examples',
]);
const EXAMPLE_FIELDS = new Set(['fire', 'quiet', 'spans']);
const ID_PATTERN = /^[a-z]{2}(-[a-z0-9]+)+$/;
/**
 * Limits that keep matching fast on any pack, including imported ones. Matching time grows
 * with the patterns a sentence is tried against (about 7 µs each here), so patterns are
 * budgeted per pack and across all custom packs: the built-in Dutch packs have 220 in all,
 * and a pack of 10,000 patterns hooked on common words took 4.9 s per 1,000 words.
 */
export const PACK_LIMITS = {
  rules: 500,
  patternsPerRule: 20,
  /** match, unless and unlessBefore patterns of all rules of one pack together. */
  patternsPerPack: 500,
  /** The same, over all custom packs together (imported and set by the organisation). */
  customPatterns: 1000,
  /** Custom packs read at all (the organisation's first): each is validated before it can be used. */
  packs: 50,
  patternLength: 300,
  hookWords: 200,
  textLength: 2000,
  /** A pack's size as JSON: 25 times the largest built-in pack, so a pack of a gigabyte is never copied into a frame. */
  packChars: 1_000_000,
};

/**
 * Why a pack as stored is too large to be read, or null. Checked before anything else (in the
 * background for the organisation's packs, and on the settings page), without the validator.
 */
export function tooLarge(data: unknown): string | null {
  const chars = JSON.stringify(data)?.length ?? 0;
  return chars > PACK_LIMITS.packChars ? `it is ${chars} characters as JSON; a pack may have at most ${PACK_LIMITS.packChars}` : null;
}

/** Every pattern of a pack: what matching a sentence against it can cost. */
export function patternCount(pack: RulePack): number {
  return pack.rules.reduce((sum, rule) => sum + rule.match.length + (rule.unless?.length ?? 0) + (rule.unlessBefore?.length ?? 0), 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, fail: (problem: string) => never, what: string, max: number): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    fail(`must be a list of ${what}, e.g. ["…", "…"]`);
  }
  if (value.length > max) fail(`has ${value.length} entries; at most ${max} are allowed`);
  return value as string[];
}

/** The underlined words of each fire sentence: one per sentence, each found in its sentence. */
function exampleSpans(value: unknown, fire: readonly string[], fail: (problem: string) => never): string[] {
  const spans = stringList(value, fail, 'underlined words, one per "fire" sentence', 100);
  if (spans.length !== fire.length) fail(`has ${spans.length} entries for ${fire.length} "fire" sentences; give one per sentence, in the same order`);
  spans.forEach((span, index) => {
    if (!(fire[index] ?? '').includes(span)) fail(`entry ${index + 1}, "${span}", is not in "fire" sentence ${index + 1}, "${fire[index]}"; copy the underlined words exactly`);
  });
  return spans;
}

/** Checks a rule's clause condition: known fields, and tags the language's lexicon has. */
function clauseCondition(value: unknown, fail: (problem: string) => never, knownTag: (tag: string) => boolean): ClauseCondition {
  if (!isRecord(value)) fail('must be an object: { "focus": "#Tag", "subject": true, "with": ["#Tag"], "without": ["#Tag"] }');
  for (const key of Object.keys(value)) if (!CLAUSE_FIELDS.has(key)) fail(`has "${key}", which is not a clause field; the fields are ${[...CLAUSE_FIELDS].join(', ')}`);
  const tag = (entry: unknown) => typeof entry === 'string' && /^#[A-Z][A-Za-z]*$/.test(entry) && knownTag(entry);
  if (!tag(value.focus)) fail('"focus" must be a tag of this language\'s lexicon, e.g. "#Permission"');
  if (value.subject !== undefined && typeof value.subject !== 'boolean') fail('"subject" must be true or false');
  for (const flag of ['all', 'run', 'toClauseEnd', 'afterSubject'] as const) if (value[flag] !== undefined && typeof value[flag] !== 'boolean') fail(`"${flag}" must be true or false`);
  for (const field of ['with', 'withAll', 'joinedAfter', 'opener', 'without', 'focusNot', 'predicative'] as const) {
    const list = value[field];
    if (list !== undefined && (!Array.isArray(list) || list.length === 0 || list.length > 20 || !list.every(tag))) {
      fail(`"${field}" must be a list of up to 20 tags of this language's lexicon, e.g. ["#Negation"]`);
    }
  }
  return value as unknown as ClauseCondition;
}

function text(value: unknown, fail: (problem: string) => never): string {
  if (typeof value !== 'string' || value.trim() === '') fail('must be a non-empty text');
  if (value.length > PACK_LIMITS.textLength) fail(`is ${value.length} characters; at most ${PACK_LIMITS.textLength} are allowed`);
  return value;
}

/** The side panel links a finding to its tip by id: any other text would link to nothing. */
function tipOf(value: unknown, fail: (problem: string) => never): string {
  if (!isTipId(value)) fail(`"${String(value).slice(0, 40)}" must be one of the tips: ${TIP_IDS.join(', ')}`);
  return value;
}

/**
 * Checks a parsed pack. `knownRewriters` are the rewriter names of the pack's language;
 * `checkPattern` returns a problem for a pattern the matcher cannot use, or null;
 * `takenIds` are rule ids other packs already use, each with what uses it ("a built-in rule").
 */
export function validateRulePack(
  data: unknown,
  packName: string,
  options: {
    knownRewriters: (lang: Lang) => ReadonlySet<string>;
    checkPattern: (pattern: string) => string | null;
    takenIds?: ReadonlyMap<string, string>;
  },
): RulePack {
  const packFail = (field: string, problem: string): never => {
    throw new RulePackError(packName, undefined, field, problem);
  };
  if (!isRecord(data)) return packFail('(pack)', 'a rule pack must be a JSON object with "id", "lang", "category" and "rules"');
  if (typeof data.id !== 'string' || !/^[a-z0-9-]+$/.test(data.id)) {
    packFail('id', 'must be a kebab-case name such as "samenspraak-nl-directive"');
  }
  if (!LANGS.includes(data.lang as Lang)) packFail('lang', `must be one of ${LANGS.join(', ')}`);
  if (!CATEGORIES.includes(data.category as Category)) packFail('category', `must be one of ${CATEGORIES.join(', ')}`);
  if (!Array.isArray(data.rules) || data.rules.length === 0) packFail('rules', 'must be a non-empty list of rules');
  const lang = data.lang as Lang;
  const category = data.category as Category;
  const rulesData = data.rules as unknown[];
  if (rulesData.length > PACK_LIMITS.rules) packFail('rules', `has ${rulesData.length} rules; at most ${PACK_LIMITS.rules} are allowed`);
  const rewriters = options.knownRewriters(lang);
  const seen = new Set<string>();

  const rules = rulesData.map((raw, index): Rule => {
    const ruleName = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
    const fail = (field: string) => (problem: string): never => {
      throw new RulePackError(packName, ruleName, field, problem);
    };
    if (!isRecord(raw)) return fail('(rule)')('each rule must be a JSON object');
    for (const key of Object.keys(raw)) {
      if (!RULE_FIELDS.has(key)) fail(key)(`is not a rule field; the fields are ${[...RULE_FIELDS].join(', ')}`);
    }
    if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id) || !raw.id.startsWith(`${lang}-`)) {
      fail('id')(`must be kebab-case and start with the pack's language, e.g. "${lang}-obligation-parent"`);
    }
    if (seen.has(raw.id as string)) fail('id')('is used twice in this pack; every rule needs its own id');
    // Settings switch rules off by id: a shared id would switch the other rule off as well.
    const owner = options.takenIds?.get(raw.id as string);
    if (owner !== undefined) {
      fail('id')(`is already the id of ${owner}; give this rule its own id, e.g. "${lang}-${String(data.id)}-${(raw.id as string).slice(lang.length + 1)}", or "Ignore this rule" would switch both off`);
    }
    seen.add(raw.id as string);
    if (!TYPES_BY_CATEGORY[category].includes(raw.type as FindingType)) {
      fail('type')(`must be one of ${TYPES_BY_CATEGORY[category].join(', ')} for category ${category}`);
    }
    const hook = stringList(raw.hook, fail('hook'), 'lower-case words', PACK_LIMITS.hookWords);
    const isTagHook = (word: string) => /^\^?#[A-Z][A-Za-z]*$/.test(word);
    if (hook.some((word) => !isTagHook(word) && (word !== word.toLowerCase() || /\s/.test(word) || word.split('+').some((part) => part === '')))) {
      fail('hook')('must hold lower-case words, words joined by "+" that must all be present, e.g. "houdt+niet" (no spaces), or a lexicon tag such as "#Judgment" (every word the lexicon tags so); "^" before a word or tag asks for it where a line opens ("^#CommandVerb")');
    }
    const unknownTag = hook.find((word) => isTagHook(word) && options.checkPattern(word.replace(/^\^/, '')) !== null);
    if (unknownTag) fail('hook')(`names ${unknownTag}, which is not a tag of this language's lexicon`);
    const check = (field: string, patterns: string[]) => {
      for (const pattern of patterns) {
        if (pattern.length > PACK_LIMITS.patternLength) fail(field)(`pattern "${pattern.slice(0, 40)}…" is longer than ${PACK_LIMITS.patternLength} characters`);
        const problem = options.checkPattern(pattern);
        if (problem) fail(field)(`pattern "${pattern}" ${problem}`);
      }
    };
    const match = stringList(raw.match, fail('match'), 'match patterns', PACK_LIMITS.patternsPerRule);
    check('match', match);
    const clause = raw.clause === undefined ? undefined : clauseCondition(raw.clause, fail('clause'), (tag) => options.checkPattern(tag) === null);
    if (match.length === 0 && !clause) fail('match')('needs at least one pattern, or a "clause" condition');
    const unless = raw.unless === undefined ? undefined : stringList(raw.unless, fail('unless'), 'match patterns', PACK_LIMITS.patternsPerRule);
    if (unless) check('unless', unless);
    const unlessBefore =
      raw.unlessBefore === undefined ? undefined : stringList(raw.unlessBefore, fail('unlessBefore'), 'match patterns', PACK_LIMITS.patternsPerRule);
    if (unlessBefore) check('unlessBefore', unlessBefore);
    if (!Array.isArray(raw.suggestions)) fail('suggestions')('must be a list (it may be empty): [{ "replace": "…", "label": "…" }]');
    const suggestions = (raw.suggestions as unknown[]).map((spec, position): SuggestionSpec => {
      const field = `suggestions[${position}]`;
      if (!isRecord(spec)) return fail(field)('must be an object with "label" and either "replace" or "rewrite"');
      const label = text(spec.label, fail(`${field}.label`));
      const hasReplace = spec.replace !== undefined;
      const hasRewrite = spec.rewrite !== undefined;
      if (hasReplace === hasRewrite) fail(field)('needs exactly one of "replace" (new words) or "rewrite" (a rewriter name)');
      if (hasRewrite) {
        if (typeof spec.rewrite !== 'string' || !rewriters.has(spec.rewrite)) {
          fail(`${field}.rewrite`)(`"${String(spec.rewrite)}" is not a rewriter for ${lang}; known: ${[...rewriters].join(', ') || 'none'}`);
        }
        return { rewrite: spec.rewrite as string, label };
      }
      if (typeof spec.replace === 'string') return { replace: spec.replace, label };
      if (isRecord(spec.replace) && Object.values(spec.replace).every((value) => typeof value === 'string')) {
        return { replace: spec.replace as Record<string, string>, label };
      }
      return fail(`${field}.replace`)('must be a text, or an object from matched word (lower case) to its replacement');
    });
    if (!isRecord(raw.examples)) fail('examples')('must be { "fire": [sentences], "quiet": [sentences] }');
    const examples = raw.examples as Record<string, unknown>;
    const fire = stringList(examples.fire, fail('examples.fire'), 'sentences on which the rule must fire', 100);
    const quiet = stringList(examples.quiet ?? [], fail('examples.quiet'), 'sentences on which it must stay quiet', 100);
    if (fire.length === 0) fail('examples.fire')('needs at least one sentence on which the rule fires');
    for (const key of Object.keys(examples)) if (!EXAMPLE_FIELDS.has(key)) fail('examples')(`has "${key}"; the fields are ${[...EXAMPLE_FIELDS].join(', ')}`);
    const spans = examples.spans === undefined ? undefined : exampleSpans(examples.spans, fire, fail('examples.spans'));
    return {
      id: raw.id as string,
      type: raw.type as FindingType,
      hook,
      match,
      ...(clause ? { clause } : {}),
      ...(unless ? { unless } : {}),
      ...(unlessBefore ? { unlessBefore } : {}),
      message: text(raw.message, fail('message')),
      explanation: text(raw.explanation, fail('explanation')),
      suggestions,
      ...(raw.tip === undefined ? {} : { tip: tipOf(raw.tip, fail('tip')) }),
      ...(raw.source === undefined ? {} : { source: text(raw.source, fail('source')) }),
      examples: { fire, quiet, ...(spans ? { spans } : {}) },
    };
  });
  const pack: RulePack = { id: data.id as string, lang, category, rules };
  const patterns = patternCount(pack);
  if (patterns > PACK_LIMITS.patternsPerPack) {
    packFail('rules', `has ${patterns} patterns (match, unless and unlessBefore together); at most ${PACK_LIMITS.patternsPerPack} are allowed, so matching stays fast`);
  }
  return pack;
}
