// A sentence with two findings often has a wording for one of them only once the other is
// out of the way: "Moeder was zoals gewoonlijk ongeïnteresseerd en keek op haar telefoon" has
// no "Maak het jouw ervaring" while "zoals gewoonlijk" stands between the copula and the
// label, and has one as soon as the habit phrase is left out. A finding without a wording
// tries the rules once more on the sentence as the other finding's first suggestion leaves it,
// and offers the result for the whole sentence, saying what else it changes (`alsoChanges`).
import { sameFinding, withSuggestion } from './same-finding';
import type { Segment } from './sentences';
import type { Finding } from './types';

/** At most this many other findings are tried per finding: each try analyses the sentence again. */
const TRIES = 4;

const lowerWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Whether `changed` is `sentence` with words left out (and letter case or punctuation set right), nothing added. */
function leavesOut(sentence: string, changed: string): boolean {
  const left = lowerWords(changed);
  const all = lowerWords(sentence);
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
  // The first suggestions as the rules gave them: one made here is never built on (no chains).
  const firstOf = new Map(findings.map((finding) => [finding, finding.suggestions[0]]));
  for (const finding of findings) {
    if (finding.suggestions.length > 0) continue;
    let tries = 0;
    for (const other of findings) {
      const first = firstOf.get(other);
      // A part of a label list shares its list's suggestions and its span with the others.
      if (other === finding || !first || (other.start < finding.end && finding.start < other.end)) continue;
      const changed = withSuggestion(segment.text, segment.start, other, first);
      // Only a suggestion that leaves words out: "telkens" → "regelmatig" or "Ik vind het
      // belangrijk dat ..." would put words of its own into the other finding's wording.
      if (!leavesOut(segment.text, changed)) continue;
      if (tries++ === TRIES) break;
      const again = sameFinding(analyze(changed), changed, segment.text, finding, segment.start);
      if (!again) continue;
      const otherWords = segment.text.slice(other.start - segment.start, other.end - segment.start);
      finding.suggestions = again.suggestions
        .map((suggestion) => ({ text: withSuggestion(changed, 0, again, suggestion), range: [segment.start, segment.end] as [number, number], label: suggestion.label, alsoChanges: [otherWords] }))
        .filter((suggestion) => suggestion.text !== segment.text);
      if (finding.suggestions.length > 0) break;
    }
  }
  return findings;
}
