// A sentence with two findings often has a wording for one of them only once the other is
// out of the way: "Moeder was zoals gewoonlijk ongeïnteresseerd en keek op haar telefoon" has
// no "Maak het jouw ervaring" while "zoals gewoonlijk" stands between the copula and the
// label, and has one as soon as the habit phrase is left out. A finding without a wording
// tries the rules once more on the sentence as the other finding's first suggestion leaves it,
// and offers the result for the whole sentence, saying what else it changes (`alsoChanges`).
import type { Segment } from './sentences';
import type { Finding, Suggestion } from './types';

/** The sentence (offsets relative to it) with one suggestion put in. */
function applied(sentence: string, from: number, suggestion: Suggestion, finding: Finding): string {
  const [start, end] = suggestion.range ?? [finding.start, finding.end];
  return sentence.slice(0, start - from) + suggestion.text + sentence.slice(end - from);
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Whether `changed` is `sentence` with words left out (and letter case or punctuation set right), nothing added. */
function leavesOut(sentence: string, changed: string): boolean {
  const left = wordsOf(changed);
  const all = wordsOf(sentence);
  let at = 0;
  for (const word of left) {
    while (at < all.length && all[at] !== word) at++;
    if (at === all.length) return false;
    at++;
  }
  return left.length < all.length;
}

/**
 * Suggestions for the findings that have none, from the sentence another finding's first
 * suggestion leaves. `analyze` reads one sentence (offsets from 0) and offers no such
 * suggestions itself: one step, never a chain.
 */
export function withSiblingRewrites(findings: Finding[], segment: Segment, analyze: (sentence: string) => Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  for (const finding of findings) {
    if (finding.suggestions.length > 0) continue;
    const words = segment.text.slice(finding.start - segment.start, finding.end - segment.start);
    for (const other of findings) {
      const first = other.suggestions[0];
      // A part of a label list shares its list's suggestions and its span with the others.
      if (other === finding || !first || (other.start < finding.end && finding.start < other.end)) continue;
      const changed = applied(segment.text, segment.start, first, other);
      // Only a suggestion that leaves words out: "telkens" → "regelmatig" or "Ik vind het
      // belangrijk dat ..." would put words of its own into the other finding's wording.
      if (!leavesOut(segment.text, changed)) continue;
      const again = analyze(changed).find((found) => found.type === finding.type && changed.slice(found.start, found.end) === words && found.suggestions.length > 0);
      if (!again) continue;
      const otherWords = segment.text.slice(other.start - segment.start, other.end - segment.start);
      finding.suggestions = again.suggestions
        .map((suggestion) => ({ text: applied(changed, 0, suggestion, again), range: [segment.start, segment.end] as [number, number], label: suggestion.label, alsoChanges: [otherWords] }))
        .filter((suggestion) => suggestion.text !== segment.text);
      if (finding.suggestions.length > 0) break;
    }
  }
  return findings;
}
