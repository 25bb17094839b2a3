// Every finding says why it was made: how its rule matched (the rule's pattern by its
// number, or its clause condition) and the tagger's decisions about its words. Asserted on
// sentences written for this test, and as a property over every finding of the corpora.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { dutch } from '../../../lib/analysis/nl';
import { english } from '../../../lib/analysis/en';
import { REASON_ID } from '../../../lib/analysis/reasons';
import type { Lang } from '../../../lib/analysis/types';

function reasonsOf(text: string, lang: Lang, ruleId: string): string[] | undefined {
  return analyze(text, { lang }).find((finding) => finding.ruleId === ruleId)?.reasons;
}

describe('reason ids on findings', () => {
  it.each([
    ['nl', 'Mevrouw Bakker weigert elke vorm van hulp.', 'nl-refusal', ['honorific-with-surname', 'subject-opens-clause']],
    ['nl', 'Mevrouw de Vries weigert elke vorm van hulp.', 'nl-refusal', ['honorific-with-surname-particle', 'surname-after-particle']],
    ['nl', 'De heer van den Berg moet de huur op tijd betalen.', 'nl-obligation-parent', ['honorific-with-surname-particle']],
    ['nl', 'Vader, die nogal koppig is, kwam te laat.', 'nl-label-clause', ['clause-condition', 'relative-clause-about-person']],
    ['nl', 'Moeder heeft de kinderen om acht uur naar school te brengen.', 'nl-obligation-parent', ['have-te-infinitive', 'subject-opens-clause']],
    ['nl', 'Sinds vorige week moet vader zich elke dag melden.', 'nl-obligation-parent', ['subject-after-inverted-verb']],
    ['nl', 'Het is een kille, harteloze moeder.', 'nl-label-attributive', ['label-list']],
    ['en', 'Dad, who is lazy, turned up late.', 'en-label-trait', ['relative-clause-about-person']],
    ['en', 'She always shouts at the children.', 'en-absolute', ['pronoun-refers-to-family']],
    ['en', 'The father refuses any help from the team.', 'en-refusal', ['family-noun-as-subject']],
  ] as const)('%s: %s', (lang, text, ruleId, expected) => {
    const reasons = reasonsOf(text, lang, ruleId);
    expect(reasons).toBeDefined();
    for (const reason of expected) expect(reasons).toContain(reason);
  });

  it('does not give a decision the sentence did not take', () => {
    // No honorific, no relative clause, no "hebben ... te": none of those reasons.
    const reasons = reasonsOf('Vader weigert hulp van het wijkteam.', 'nl', 'nl-refusal') ?? [];
    expect(reasons).toContain('subject-opens-clause');
    for (const absent of ['honorific-with-surname', 'relative-clause-about-person', 'have-te-infinitive', 'label-list']) expect(reasons).not.toContain(absent);
  });

  it.each([
    ['nl', dutch],
    ['en', english],
  ] as const)('%s: every corpus finding opens with how its rule matched, a pattern it has or its clause condition', (lang, module) => {
    const rules = new Map(module.packs.flatMap((pack) => pack.rules).map((rule) => [rule.id, rule]));
    const lines = readFileSync(new URL(`../../corpus/${lang}.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean);
    let findings = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      for (const finding of analyze(text, { lang })) {
        findings++;
        const rule = rules.get(finding.ruleId);
        const [how, ...rest] = finding.reasons ?? [];
        if (how === 'clause-condition') expect(rule?.clause, finding.ruleId).toBeDefined();
        else {
          const number = Number(/^pattern-(\d+)$/.exec(how ?? '')?.[1]);
          expect(number, `${finding.ruleId}: ${how}`).toBeGreaterThanOrEqual(1);
          expect(number).toBeLessThanOrEqual(rule?.match.length ?? 0);
        }
        for (const reason of rest) expect(reason).toMatch(REASON_ID);
      }
    }
    expect(findings).toBeGreaterThan(100);
  });
});
