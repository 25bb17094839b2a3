// The built-in packs are data: every rule must fire on its own "fire" examples and stay
// quiet on its "quiet" ones (retext-equality style), and broken packs fail by name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { english } from '../../../lib/analysis/en';
import { dutch } from '../../../lib/analysis/nl';
import { DUTCH_POST_TAGGER } from '../../../lib/analysis/nl/tagger';
import { DUTCH_TAGS } from '../../../lib/analysis/nl/tagset';
import { checkPattern } from '../../../lib/analysis/pattern-check';
import { RulePackError, validateRulePack } from '../../../lib/analysis/rule-pack';
import directive from '../../../rules/nl/directive.json';

const modules = [dutch, english];
const examples = modules.flatMap((module) =>
  module.packs.flatMap((pack) =>
    pack.rules.flatMap((rule) => [
      ...rule.examples.fire.map((sentence) => ({ lang: module.lang, id: rule.id, sentence, fires: true })),
      ...rule.examples.quiet.map((sentence) => ({ lang: module.lang, id: rule.id, sentence, fires: false })),
    ]),
  ),
);

describe('rule examples', () => {
  it.each(examples)('$id on "$sentence" fires: $fires', ({ lang, id, sentence, fires }) => {
    const ids = analyze(sentence, { lang }).map((finding) => finding.ruleId);
    if (fires) expect(ids).toContain(id);
    else expect(ids).not.toContain(id);
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

  it('accepts the built-in pack', () => {
    expect(() => validateRulePack(structuredClone(directive), 'rules/nl/directive.json', options)).not.toThrow();
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

describe('docs/rules.md', () => {
  it('is generated from the current rule packs (run npm run rules:docs after editing rules/)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { rulesTable } = await import('../../../lib/analysis/rules-table');
    const onDisk = await readFile(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesTable([...dutch.packs, ...english.packs]));
  });
});
