// The two rewrite retries (sibling-rewrites.ts, simpler-sentence.ts) analyse a changed copy of
// a sentence and look for the same finding in it: these are the two steps they share.
import type { Finding, Suggestion } from './types';

/** The sentence (offsets relative to it, the sentence starting at `from`) with one suggestion put in. */
export function withSuggestion(sentence: string, from: number, finding: Finding, suggestion: Suggestion): string {
  const [start, end] = suggestion.range ?? [finding.start, finding.end];
  return sentence.slice(0, start - from) + suggestion.text + sentence.slice(end - from);
}

/** How many times `words` occur in `text` before `at`. */
function occurrenceAt(text: string, words: string, at: number): number {
  let count = 0;
  for (let from = text.indexOf(words); from >= 0 && from < at; from = text.indexOf(words, from + 1)) count++;
  return count;
}

/**
 * The finding of the same type on the same words in the changed sentence, with a wording: the
 * n-th occurrence of those words there, as the finding was on their n-th occurrence before (the
 * retries leave words out or around, never reorder them).
 */
export function sameFinding(found: readonly Finding[], changed: string, original: string, finding: Finding, from: number): Finding | undefined {
  const words = original.slice(finding.start - from, finding.end - from);
  const occurrence = occurrenceAt(original, words, finding.start - from);
  return found.find(
    (candidate) =>
      candidate.type === finding.type && changed.slice(candidate.start, candidate.end) === words && occurrenceAt(changed, words, candidate.start) === occurrence && candidate.suggestions.length > 0,
  );
}
