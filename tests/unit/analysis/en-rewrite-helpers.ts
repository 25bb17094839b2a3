// What the English rewriters offer for a sentence, for the rewrite tests: the whole-sentence
// suggestions of the findings whose rule matches.
import { analyze } from '../../../lib/analysis';

export const rewrites = (sentence: string, rule: RegExp) =>
  analyze(sentence, { lang: 'en' })
    .filter((finding) => rule.test(finding.ruleId))
    .flatMap((finding) => finding.suggestions.filter((suggestion) => suggestion.range).map((suggestion) => suggestion.text));
