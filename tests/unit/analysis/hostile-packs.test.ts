// Attacks from issue 13 that a custom rule pack can make on the analysis: each is a pack a
// team (or someone posing as one) could import, and each must be refused or made harmless.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis';
import { createAnalyzerFor } from '../../../lib/analysis/analyzer';
import { idClash, packStatuses, validateCustomPack, validPacks } from '../../../lib/analysis/custom-packs';
import { parseRulePackFile } from '../../../lib/analysis/rule-pack-file';
import type { LanguageModule } from '../../../lib/analysis/engine';
import { dutch } from '../../../lib/analysis/nl';
import type { Rule, RulePack } from '../../../lib/analysis/rule-pack';

/** A one-rule Dutch pack; `rule` overrides the fields of a rule that validates. */
function pack(rule: Record<string, unknown> = {}, id = 'team-test'): Record<string, unknown> {
  return {
    id,
    lang: 'nl',
    category: 'judgmental',
    rules: [
      {
        id: 'nl-team-test-woord',
        type: 'label',
        hook: ['brommerfamilies'],
        match: ['[<focus>brommerfamilies]'],
        message: 'Een etiket voor een gezin.',
        explanation: 'Beschrijf wat je zag in plaats van een scheldwoord.',
        suggestions: [],
        examples: { fire: ['Het zijn echte brommerfamilies.'], quiet: ['Het gezin woont in Noord.'] },
        ...rule,
      },
    ],
  };
}

function problemOf(data: unknown): string {
  try {
    validateCustomPack(data, 'pack 1');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the pack was accepted');
}

describe('a replace map keyed by the matched words', () => {
  const constructorPack = validateCustomPack(
    pack({
      hook: ['constructor', 'brommerfamilies'],
      match: ['[<focus>(constructor|brommerfamilies)]'],
      suggestions: [{ replace: { brommerfamilies: 'gezinnen' }, label: 'Beschrijf het gezin' }],
    }),
    'pack 1',
  );

  it('offers only its own entries, never what every object inherits', () => {
    const findings = analyze('De vader is een constructor.', { extraPacks: [constructorPack] });
    const finding = findings.find((candidate) => candidate.ruleId === 'nl-team-test-woord');
    expect(finding?.suggestions).toEqual([]);
  });

  it('keeps analysing after a capitalised word that matched an inherited key', () => {
    const analyzer = createAnalyzer({ extraPacks: [constructorPack] });
    expect(() => analyzer.update('Constructor. Het zijn echte brommerfamilies.')).not.toThrow();
    const findings = analyzer.update('Constructor. Het zijn echte brommerfamilies. Moeder moet de afspraken nakomen.');
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['nl-team-test-woord', 'nl-obligation-parent']));
    expect(findings.find((finding) => finding.ruleId === 'nl-team-test-woord' && finding.suggestions.length > 0)?.suggestions[0]?.text).toBe('gezinnen');
  });
});

describe('a rule whose analysis throws', () => {
  // A rewriter with a bug stands for any rule that fails on a sentence nobody foresaw.
  const broken: LanguageModule = {
    ...dutch,
    rewriters: { ...dutch.rewriters, brokenRewrite: () => { throw new TypeError('a rewriter bug'); } },
    packs: [
      ...dutch.packs,
      {
        ...(pack() as unknown as RulePack),
        rules: [{ ...((pack() as unknown as RulePack).rules[0] as Rule), suggestions: [{ rewrite: 'brokenRewrite', label: 'Herschrijf' }] }],
      },
    ],
  };

  it('costs only its own sentence: the rest of the note and later updates are still analysed', () => {
    const analyzer = createAnalyzerFor({ nl: broken });
    const first = analyzer.update('Het zijn echte brommerfamilies. Moeder moet de afspraken nakomen.');
    expect(first.map((finding) => finding.ruleId)).toContain('nl-obligation-parent');
    expect(analyzer.lastUpdate.failed).toBe(1);
    const next = analyzer.update('Het zijn echte brommerfamilies. Moeder moet de afspraken nakomen. Vader weigert hulp.');
    expect(next.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['nl-obligation-parent', 'nl-refusal']));
    // The failed sentence is cached as failed: not analysed, or counted, again.
    expect(analyzer.lastUpdate).toMatchObject({ analysed: 1, failed: 0 });
  });
});

describe('a regular expression in a pattern', () => {
  // One backtracking expression held the page's main thread for seconds per analysis: the
  // tries budget counts patterns, not how long one of them takes.
  const CATASTROPHIC = '[<focus>/^(b+)+$/]';

  it.each([
    ['as the whole term', { match: [CATASTROPHIC] }],
    ['inside a choice', { match: ['[<focus>(brommerfamilies|/brommer.*/)]'] }],
    ['negated, in unless', { unless: ['!/^(a|aa)+$/'] }],
    ['in unlessBefore', { unlessBefore: ['/zegt|zei/ dat'] }],
  ])('is refused %s, with the reason and what to write instead', (_where, rule) => {
    const problem = problemOf(pack(rule));
    expect(problem).toMatch(/regular expression/);
    expect(problem).toMatch(/\(brommerfamilies\|brommerfamilie\)|list the words/);
  });

  it('is refused in a YAML pack too, and a slash inside a word is no expression', () => {
    const yaml = `id: team-test
lang: nl
category: judgmental
rules:
  - id: nl-team-test-woord
    type: label
    hook: [brommerfamilies]
    match: ['${CATASTROPHIC}']
    message: Een etiket.
    explanation: Beschrijf wat je zag.
    suggestions: []
    examples:
      fire: [Het zijn echte brommerfamilies.]
`;
    expect(() => parseRulePackFile(yaml, 'team.yaml')).toThrow(/team\.yaml, rule "nl-team-test-woord", field "match".*regular expression/);
    expect(() => validateCustomPack(pack({ hook: ['en'], match: ['[<focus>brommerfamilies] en/of'] }), 'pack 1')).not.toThrow();
  });
});

describe('an open-ended wildcard in a pattern', () => {
  it.each([
    ['hidden in the focus group', '[<focus>.*]'],
    ['hidden in a choice', 'brommerfamilies (.*)'],
    ['as one of the choices', '[<focus>brommerfamilies] (.+|en)'],
    ['as a lone asterisk', '[<focus>brommerfamilies] * zijn'],
    ['at the end of the focus', '[<focus>brommerfamilies .+]'],
    ['at the start', '.+ [<focus>brommerfamilies]'],
    ['with a minimum and no maximum', '[<focus>brommerfamilies] .{2,} zijn'],
    ['as a repeated negation', '[<focus>brommerfamilies] !niet+ zijn'],
  ])('is refused %s', (_where, pattern) => {
    expect(problemOf(pack({ match: [pattern] }))).toMatch(/open-ended gap.*\.\{0,6\}/);
  });

  it('is refused as a gap of more than 12 words, however it is bracketed', () => {
    expect(problemOf(pack({ match: ['[<focus>brommerfamilies] (.{0,50}) zijn'] }))).toMatch(/gap of 50 words/);
  });

  it('is allowed as the rest of the sentence after the focus, as the built-in rewriting rules use it', () => {
    expect(() => validateCustomPack(pack({ match: ['[<focus>brommerfamilies] [<rest>.+]'] }), 'pack 1')).not.toThrow();
  });
});

describe('a rule id another pack already uses', () => {
  // "Ignore this rule" on a custom finding switched the built-in rule with the same id off too.
  it.each([
    ['a built-in Dutch rule', 'nl-refusal'],
    ['a built-in rule of the other category', 'nl-obligation-parent'],
  ])('is refused when it is the id of %s', (_what, id) => {
    expect(problemOf(pack({ id }))).toMatch(new RegExp(`rule "${id}", field "id": is already the id of a built-in rule.*own id`));
  });

  it('is refused when an earlier custom pack has it: only the first is used, and the settings page says why', () => {
    const first = pack({}, 'team-a');
    const second = pack({}, 'team-b');
    const statuses = packStatuses([first, second]);
    expect(statuses.map((status) => status.pack !== null)).toEqual([true, false]);
    expect(statuses[1]?.problem).toMatch(/rule "nl-team-test-woord", field "id": is already the id of a rule in the pack "team-a"/);
    expect(validPacks([first, second]).map((used) => used.id)).toEqual(['team-a']);
  });

  it('is refused on import, before the pack is stored', () => {
    const added = validateCustomPack(pack({}, 'team-b'), 'team-b.json');
    expect(idClash([pack({}, 'team-a')], added)).toMatch(/team-b.*"nl-team-test-woord" is already the id of a rule in the pack "team-a"/);
    expect(idClash([pack({ id: 'nl-team-test-ander' }, 'team-a')], added)).toBeNull();
  });
});

describe("a rule's tip", () => {
  // Any text was accepted, and the side panel's tip link then threw a querySelector SyntaxError.
  it.each(['bestaat-niet', "x'], body", 'Eigen-Regie'])('is refused when it is not one of the tips: %s', (tip) => {
    expect(problemOf(pack({ tip }))).toMatch(/field "tip": .*must be one of the tips: vertrouwensrelatie, vooroordelen, oprechte-aandacht, eigen-regie, feiten-en-interpretaties/);
  });

  it('is accepted when it names a tip, and the finding links to it', () => {
    const used = validateCustomPack(pack({ tip: 'vooroordelen' }), 'pack 1');
    expect(analyze('Het zijn echte brommerfamilies.', { extraPacks: [used] }).find((finding) => finding.ruleId === 'nl-team-test-woord')?.tip).toBe('vooroordelen');
  });
});
