// A settings change that only changes what is ignored keeps the analysers; one that changes
// what they compute gets new ones.
import { describe, expect, it } from 'vitest';
import { sameAnalysis } from '../../../lib/page/analysis-options';

const base = { lang: 'auto' as const, disabledRules: ['nl-refusal'], disabledCategories: [], rawPacks: [{ id: 'team' }] };

describe('sameAnalysis', () => {
  it('is the same analysis for equal options read anew', () => {
    expect(sameAnalysis(base, { ...base, disabledRules: ['nl-refusal'], rawPacks: [{ id: 'team' }] })).toBe(true);
  });
  it.each([
    ['a rule switched off', { ...base, disabledRules: ['nl-refusal', 'nl-label'] }],
    ['a category switched off', { ...base, disabledCategories: ['judgmental' as const] }],
    ['the language', { ...base, lang: 'en' as const }],
    ['a custom pack', { ...base, rawPacks: [{ id: 'team', rules: [] }] }],
  ])('is another analysis after %s', (_, next) => {
    expect(sameAnalysis(base, next)).toBe(false);
  });
});
