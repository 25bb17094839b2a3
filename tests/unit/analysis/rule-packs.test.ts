// The built-in packs are data: every rule must fire on its own "fire" examples and stay
// quiet on its "quiet" ones (retext-equality style), and broken packs fail by name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { english, ENGLISH_PACK_FILES } from '../../../lib/analysis/en';
import { englishTags } from '../../../lib/analysis/en/tagset';
import { dutch, DUTCH_PACK_FILES } from '../../../lib/analysis/nl';
import { DUTCH_POST_TAGGER } from '../../../lib/analysis/nl/tagger';
import { DUTCH_TAGS } from '../../../lib/analysis/nl/tagset';
import { checkPattern } from '../../../lib/analysis/pattern-check';
import nlpOne from 'compromise/one';
import { overBudget, packStatuses, validateCustomPack, validPacks } from '../../../lib/analysis/custom-packs';
import { PACK_LIMITS, RulePackError, validateRulePack } from '../../../lib/analysis/rule-pack';
import directive from '../../../rules/nl/directive.json';

const modules = [dutch, english];
const examples = modules.flatMap((module) =>
  module.packs.flatMap((pack) =>
    pack.rules.flatMap((rule) => [
      ...rule.examples.fire.map((sentence, index) => ({ lang: module.lang, id: rule.id, sentence, fires: true, span: rule.examples.spans?.[index] })),
      ...rule.examples.quiet.map((sentence) => ({ lang: module.lang, id: rule.id, sentence, fires: false, span: undefined })),
    ]),
  ),
);

describe('rule examples', () => {
  it.each(examples)('$id on "$sentence" fires: $fires', ({ lang, id, sentence, fires, span }) => {
    const underlined = analyze(sentence, { lang })
      .filter((finding) => finding.ruleId === id)
      .map((finding) => sentence.slice(finding.start, finding.end));
    if (!fires) {
      expect(underlined).toEqual([]);
      return;
    }
    expect(underlined.length).toBeGreaterThan(0);
    // Every underline is words of the example, never empty and never the whole sentence.
    for (const words of underlined) {
      expect(words.trim()).toBe(words);
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThan(sentence.replace(/[.!?]+$/, '').length);
    }
    if (span !== undefined) expect(underlined).toContain(span);
  });

  it('name the underlined words for most fire sentences', () => {
    const fire = examples.filter((example) => example.fires);
    expect(fire.filter((example) => example.span !== undefined).length / fire.length).toBeGreaterThan(0.9);
  });
});

describe('rule ids and reasons', () => {
  it('are unique across all packs', () => {
    const ids = modules.flatMap((module) => module.packs.flatMap((pack) => pack.rules.map((rule) => rule.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('post-tagger reasons are unique', () => {
    const reasons = DUTCH_POST_TAGGER.map((rule) => rule.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});

describe('the built-in packs', () => {
  // Loading checks their structure only (lib/analysis/packs.ts); every pattern is read here.
  const files = [
    ...Object.entries(DUTCH_PACK_FILES).map(([file, data]) => ({ file, data, module: dutch, tags: new Set<string>(DUTCH_TAGS) })),
    ...Object.entries(ENGLISH_PACK_FILES).map(([file, data]) => ({ file, data, module: english, tags: englishTags() })),
  ];
  it.each(files)('$file: every pattern is one the matcher reads, with known tags and bounded gaps', ({ file, data, module, tags }) => {
    const problems: string[] = [];
    const pack = validateRulePack(structuredClone(data), file, {
      knownRewriters: () => new Set(Object.keys(module.rewriters)),
      checkPattern: (pattern) => {
        const problem = checkPattern(pattern, tags);
        if (problem) problems.push(`${pattern}: ${problem}`);
        return problem;
      },
    });
    expect(problems).toEqual([]);
    expect(pack.rules.length).toBeGreaterThan(0);
  });

  it('a pattern with an unknown tag fails the check (the check above can fail)', () => {
    expect(checkPattern('[#NoSuchTag] moet', new Set<string>(DUTCH_TAGS))).toMatch(/NoSuchTag/);
  });

  it('a group nested in a choice fails the check, because compromise flattens it into the choice', () => {
    // The reason for the check, shown on compromise itself: "that" alone matches.
    const pattern = '(does not|did not) (grasp|see) (how|why|what (it|this|that|#Possessive))';
    expect(nlpOne('Mum does not see that well.').match(pattern).text()).toBe('does not see that');
    expect(checkPattern(pattern, new Set<string>(DUTCH_TAGS))).toMatch(/nests a group inside the choice "\(how\|why\|what \(it/);
    expect(checkPattern('see ((how|why) it)', new Set<string>(DUTCH_TAGS))).toBeNull();
    expect(checkPattern('[<focus>(moet|moeten)] (nu|direct)', new Set<string>(DUTCH_TAGS))).toBeNull();
  });
});

describe('validateRulePack', () => {
  const options = {
    knownRewriters: () => new Set(Object.keys(dutch.rewriters)),
    checkPattern: (pattern: string) => checkPattern(pattern, new Set<string>(DUTCH_TAGS)),
  };
  const broken = (change: (pack: typeof directive) => void) => {
    const pack = structuredClone(directive);
    change(pack);
    return () => validateRulePack(pack, 'eigen-regels.json', options);
  };

  it('accepts the built-in pack and keeps what it says', () => {
    const pack = validateRulePack(structuredClone(directive), 'rules/nl/directive.json', options);
    expect(pack).toMatchObject({ id: 'samenspraak-nl-directive', lang: 'nl', category: 'directive' });
    const directiveTypes = ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative'];
    for (const rule of pack.rules) expect(directiveTypes).toContain(rule.type);
    const parent = pack.rules.find((rule) => rule.id === 'nl-obligation-parent');
    expect(parent?.type).toBe('obligation');
    expect(parent?.hook).toEqual(expect.arrayContaining(['moet', 'moeten', 'dient']));
    expect(parent?.examples.spans?.[0]).toBe('moet');
    expect(pack.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['nl-unilateral-decision', 'nl-instruction', 'nl-restriction-mogen', 'nl-imperative-opening']));
  });

  it.each([
    ['a misspelt tag', (pack: typeof directive) => { pack.rules[0]!.match[0] = '[<focus>#Obligaton]'; }, /eigen-regels\.json, rule "nl-obligation-parent", field "match".*unknown tag #Obligaton/],
    ['an unknown field', (pack: typeof directive) => { (pack.rules[0] as Record<string, unknown>).mesage = 'x'; }, /field "mesage": is not a rule field/],
    ['a duplicate id', (pack: typeof directive) => { pack.rules[1]!.id = pack.rules[0]!.id; }, /field "id": is used twice/],
    ['a wrong type for the category', (pack: typeof directive) => { pack.rules[0]!.type = 'label'; }, /field "type": must be one of obligation/],
    ['an unclosed bracket', (pack: typeof directive) => { pack.rules[0]!.match[0] = '[<focus>#Obligation'; }, /has an unclosed "\["/],
    ['an unbounded wildcard', (pack: typeof directive) => { pack.rules[0]!.match[0] = '#Parent .* [<focus>#Obligation]'; }, /bounded gap/],
    ['an unknown rewriter', (pack: typeof directive) => { pack.rules[0]!.suggestions[1] = { rewrite: 'magic', label: 'x' }; }, /"magic" is not a rewriter for nl/],
    ['no examples that fire', (pack: typeof directive) => { pack.rules[0]!.examples.fire = []; }, /examples\.fire.*at least one sentence/],
    ['an underline missing from its sentence', (pack: typeof directive) => { pack.rules[0]!.examples.spans![0] = 'hoeft'; }, /field "examples\.spans": entry 1, "hoeft", is not in "fire" sentence 1/],
    ['fewer underlines than fire sentences', (pack: typeof directive) => { pack.rules[0]!.examples.spans!.pop(); }, /field "examples\.spans": has 11 entries for 12 "fire" sentences/],
    ['a misspelt examples field', (pack: typeof directive) => { (pack.rules[0]!.examples as Record<string, unknown>).span = ['moet']; }, /field "examples": has "span"; the fields are fire, quiet, spans/],
  ])('rejects %s and says where and how to fix it', (_name, change, message) => {
    const run = broken(change);
    expect(run).toThrow(RulePackError);
    expect(run).toThrow(message);
  });

  it('rejects input that is not a pack at all', () => {
    expect(() => validateRulePack([1, 2], 'x.json', options)).toThrow(/a rule pack must be a JSON object/);
    expect(() => validateRulePack({ id: 'x', lang: 'de', category: 'directive', rules: [] }, 'x.json', options)).toThrow(/field "lang": must be one of nl, en/);
  });
});

/** A custom pack of `rules` rules with `patterns` match patterns each, all valid on their own. */
function sizedPack(id: string, rules: number, patterns: number) {
  return {
    id,
    lang: 'nl',
    category: 'judgmental',
    rules: Array.from({ length: rules }, (_, rule) => ({
      id: `nl-${id}-${rule}`,
      type: 'label',
      hook: ['brommerfamilies'],
      match: Array.from({ length: patterns }, (_, pattern) => `[<focus>brommerfamilies] .{0,${(pattern % 12) + 1}} #Judgment`),
      message: 'Een etiket voor een gezin.',
      explanation: 'Beschrijf wat je zag.',
      suggestions: [],
      examples: { fire: ['Het zijn echte brommerfamilies.'], quiet: [] },
    })),
  };
}

describe('pack size limits (what keeps matching fast)', () => {
  it.each([
    ['more rules than allowed', sizedPack('te-veel-regels', PACK_LIMITS.rules + 1, 1), /has 501 rules; at most 500/],
    ['more patterns in a rule than allowed', sizedPack('te-veel-patronen', 1, PACK_LIMITS.patternsPerRule + 1), /field "match": has 21 entries; at most 20 are allowed/],
    ['more patterns in the pack than allowed', sizedPack('te-groot', 26, 20), /has 520 patterns .*at most 500 are allowed, so matching stays fast/],
  ])('refuses a pack with %s, and says so', (_name, pack, message) => {
    expect(() => validateCustomPack(pack, 'groot.json')).toThrow(RulePackError);
    expect(() => validateCustomPack(pack, 'groot.json')).toThrow(message);
  });

  it('refuses a pattern longer than allowed', () => {
    const pack = sizedPack('lang-patroon', 1, 1);
    pack.rules[0]!.match[0] = `[<focus>brommerfamilies] ${'(en|of) '.repeat(40)}`;
    expect(() => validateCustomPack(pack, 'lang.json')).toThrow(/longer than 300 characters/);
  });

  it('keeps packs, in order, only while their patterns together fit the custom budget', () => {
    const packs = [sizedPack('eerste', 20, 20), sizedPack('tweede', 20, 20), sizedPack('derde', 20, 20)];
    expect(validPacks(packs).map((pack) => pack.id)).toEqual(['eerste', 'tweede']);
    expect(overBudget(packs.slice(0, 1), validateCustomPack(packs[1], 'tweede.json'))).toBeNull();
    expect(overBudget(packs.slice(0, 2), validateCustomPack(packs[2], 'derde.json'))).toMatch(/derde has 400 patterns and the packs already imported have 800; together at most 1000/);
  });

  it('says of each pack whether it is used, and why not', () => {
    const broken = { ...sizedPack('kapot', 1, 1), lang: 'de' };
    const statuses = packStatuses([sizedPack('eerste', 20, 20), broken, sizedPack('tweede', 20, 20), sizedPack('derde', 20, 20)]);
    expect(statuses.map(({ id, problem }) => [id, problem === null])).toEqual([['eerste', true], ['kapot', false], ['tweede', true], ['derde', false]]);
    expect(statuses[1]?.problem).toMatch(/pack 2.*field "lang": must be one of nl, en/);
    expect(statuses[3]?.problem).toMatch(/its 400 patterns do not fit: the packs before it use 800 of the 1000 allowed/);
  });

  it('skips a pack that does not fit, and still uses a smaller one after it', () => {
    const packs = [sizedPack('groot', 25, 20), sizedPack('ook-groot', 25, 20), sizedPack('klein', 1, 1), sizedPack('te-veel', 1, 1)];
    expect(validPacks(packs).map((pack) => pack.id)).toEqual(['groot', 'ook-groot']);
    const fitting = [sizedPack('groot', 25, 20), sizedPack('middel', 20, 20), sizedPack('groot-twee', 25, 20), sizedPack('klein', 1, 5)];
    expect(validPacks(fitting).map((pack) => pack.id)).toEqual(['groot', 'middel', 'klein']);
  });

  it('runs a pack at the limits on a real sentence', () => {
    const pack = validateCustomPack(sizedPack('vol', 25, 20), 'vol.json');
    const findings = analyze('Het zijn echte brommerfamilies, zo asociaal.', { extraPacks: [pack] });
    expect(findings.some((finding) => finding.ruleId.startsWith('nl-vol-'))).toBe(true);
  });
});

describe('docs/rules.md', () => {
  it('is generated from the current rule packs (run npm run rules:docs after editing rules/)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { rulesTable } = await import('../../../lib/analysis/rules-table');
    const onDisk = await readFile(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesTable([...dutch.packs, ...english.packs]));
  });
});

describe('hooks that name a lexicon tag', () => {
  it('expand to the words of that tag in every built-in rule that uses them', () => {
    for (const module of modules) {
      for (const pack of module.packs) {
        for (const rule of pack.rules) {
          for (const entry of rule.hook.filter((word) => word.startsWith('#'))) {
            expect(module.hookWords(entry.slice(1)).length, `${rule.id} ${entry}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('find a label word that no rule lists by hand: the hook grows with the lexicon', () => {
    const trait = dutch.packs.flatMap((pack) => pack.rules).find((rule) => rule.id === 'nl-label-trait');
    expect(trait?.hook).toContain('#Judgment');
    expect(trait?.hook).not.toContain('onbetrouwbaar');
    expect(dutch.hookWords('Judgment')).toContain('onbetrouwbaar');
    expect(analyze('Vader is onbetrouwbaar.', { lang: 'nl' }).map((finding) => finding.ruleId)).toContain('nl-label-trait');
    // A hyphenated word is split by the hook filter, so its hook entry asks for both parts.
    expect(english.hookWords('Judgment')).toContain('non+compliant');
    expect(analyze('Mother was non-compliant again.', { lang: 'en' }).map((finding) => finding.ruleId)).toContain('en-label-trait');
  });

  it('are refused when the tag is not one of the language', () => {
    const pack = structuredClone(directive) as { rules: Array<{ hook: string[] }> };
    pack.rules[0]!.hook = ['#NoSuchTag'];
    expect(() => validateRulePack(pack, 'test.json', { knownRewriters: () => new Set(Object.keys(dutch.rewriters)), checkPattern: (pattern) => checkPattern(pattern, new Set(DUTCH_TAGS)) })).toThrow(/#NoSuchTag/);
  });
});
