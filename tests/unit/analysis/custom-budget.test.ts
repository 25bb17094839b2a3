// Custom packs as heavy as the limits allow cannot make one analysis pass slow: their
// pattern tries are budgeted per pass, sentences that did not fit wait for the next pass,
// and after enough passes the findings are exactly those of an unhurried analysis.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis';
import { CUSTOM_TRIES_PER_UPDATE } from '../../../lib/analysis/analyzer';
import { validateCustomPack } from '../../../lib/analysis/custom-packs';
import { PACK_LIMITS } from '../../../lib/analysis/rule-pack';

/** A pack at the pattern limit whose rules are candidates in every sentence with "de". */
function heavyPack(id: string) {
  return validateCustomPack(
    {
      id,
      lang: 'nl',
      category: 'judgmental',
      rules: Array.from({ length: PACK_LIMITS.patternsPerPack / PACK_LIMITS.patternsPerRule }, (_, rule) => ({
        id: `nl-${id}-${rule}`,
        type: 'label',
        hook: ['de'],
        match: Array.from({ length: PACK_LIMITS.patternsPerRule }, (_, pattern) =>
          pattern === 0 && rule === 0 ? '[<focus>chaos] in de' : `[<focus>wanorde${rule}x${pattern}] .{0,12} de`,
        ),
        message: 'Een oordeel over het huis.',
        explanation: 'Beschrijf wat je zag.',
        suggestions: [],
        examples: { fire: ['Er is chaos in de woning.'], quiet: [] },
      })),
    },
    `${id}.json`,
  );
}

const packs = [heavyPack('zwaar-een'), heavyPack('zwaar-twee')];
const sentence = (index: number) => `Bij bezoek ${index} was er chaos in de keuken en moeder moet de afspraken nakomen.`;
const note = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');

describe('custom rules within a budget', () => {
  it('spends at most the budget in one pass and leaves the rest for later passes', () => {
    const analyzer = createAnalyzer({ extraPacks: packs });
    const first = analyzer.update(note);
    // Each sentence costs both packs' patterns: only so many fit in one pass.
    const perSentence = packs.length * PACK_LIMITS.patternsPerPack;
    expect(analyzer.lastUpdate.deferred).toBe(40 - Math.floor(CUSTOM_TRIES_PER_UPDATE / perSentence));
    const custom = (findings: typeof first) => findings.filter((finding) => finding.ruleId.startsWith('nl-zwaar-'));
    expect(custom(first).length).toBe(Math.floor(CUSTOM_TRIES_PER_UPDATE / perSentence));
    // The built-in rules are never held back.
    expect(first.filter((finding) => finding.ruleId === 'nl-obligation-parent').length).toBe(40);

    let passes = 1;
    let findings = first;
    while (analyzer.lastUpdate.deferred > 0) {
      findings = analyzer.update(note);
      passes++;
    }
    expect(passes).toBe(Math.ceil(40 / Math.floor(CUSTOM_TRIES_PER_UPDATE / perSentence)));
    expect(custom(findings).length).toBe(40);
    expect(findings).toEqual(analyze(note, { extraPacks: packs }));
  });

  it('does not budget the built-in rules or light packs', () => {
    const analyzer = createAnalyzer();
    analyzer.update(note);
    expect(analyzer.lastUpdate.deferred).toBe(0);
  });
});
