// What one Dutch rewrite offers for a sentence, for the rewrite tests: per finding that
// `keep` selects, its underlined words, its type and the texts of the suggestions with `label`.
import { analyze, type Finding } from '../../../lib/analysis';

export const labelledRewrites = (sentence: string, label: string, keep: (finding: Finding) => boolean) =>
  analyze(sentence, { lang: 'nl' })
    .filter(keep)
    .map((finding) => ({
      span: sentence.slice(finding.start, finding.end),
      type: finding.type,
      texts: finding.suggestions.filter((suggestion) => suggestion.label === label).map((suggestion) => suggestion.text),
    }));
