// The underlined words of the findings `keep` selects, for the tests that check what a rule
// finds in a sentence ("type:words" with `withType`).
import { analyze, type Finding, type Lang } from '../../../lib/analysis';

export function spans(lang: Lang, sentence: string, keep: (finding: Finding) => boolean, withType = false): string[] {
  return analyze(sentence, { lang })
    .filter(keep)
    .map((finding) => (withType ? `${finding.type}:` : '') + sentence.slice(finding.start, finding.end));
}
