// A rewriter knows the shapes of a plain sentence; a note's sentence often carries more
// around it: a heading before a colon ("HB 12-3: mw. moet ..."), an age or a role in
// brackets ("Kevin (16) dient ..."), a clause in front ("Nu de cijfers achteruitgaan, moet
// Yara ..."). A finding without a wording tries its rules once more on the sentence without
// those, and the wording it gets there is given them back: the heading in front, the
// brackets after the same word, the fronted clause after the main one. Nothing of the
// writer's is lost, or no wording is offered.
import type { RewriteTerm } from './engine';
import { sameFinding, withSuggestion } from './same-finding';
import type { Segment } from './sentences';
import type { Finding } from './types';

/** A sentence without something around it, and how to give a rewritten one that thing back (null: it cannot). */
export interface SimplerSentence {
  text: string;
  restore(rewritten: string): string | null;
}

/** Leaves something out of a sentence whose words the tagger tagged, or returns null when there is nothing to leave out. */
export type Simplifier = (sentence: string, terms: readonly RewriteTerm[]) => SimplerSentence | null;

/** "HB 12-3: mw. moet ...", "Afspraak: ...": a short heading before a colon. */
export const withoutHeading: Simplifier = (sentence) => {
  const heading = /^([^:;"“„]{1,30}):\s+(?=[\p{L}])/u.exec(sentence);
  if (!heading || (heading[1] as string).trim().split(/\s+/).length > 4) return null;
  const head = heading[0];
  return { text: sentence.slice(head.length), restore: (rewritten) => head + rewritten };
};

/** "Kevin (16)", "mw. Bakker (moeder)": brackets after a word, put back after that word where it occurs once. */
export const withoutBrackets: Simplifier = (sentence) => {
  const brackets = [...sentence.matchAll(/(\S+)(\s*\([^()]{1,40}\))/gu)];
  if (brackets.length === 0) return null;
  let text = sentence;
  for (const bracket of [...brackets].reverse()) text = text.slice(0, (bracket.index ?? 0) + (bracket[1] as string).length) + text.slice((bracket.index ?? 0) + bracket[0].length);
  return {
    text,
    restore: (rewritten) => {
      let out = rewritten;
      for (const bracket of brackets) {
        const word = bracket[1] as string;
        const at = [...out.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))];
        if (at.length !== 1) return null;
        const end = (at[0]?.index ?? 0) + word.length;
        out = out.slice(0, end) + (bracket[2] as string) + out.slice(end);
      }
      return out;
    },
  };
};

/**
 * Suggestions for the findings that have none, from the sentence with what every simplifier
 * leaves out left out. `analyze` reads one sentence (offsets from 0) and retries nothing itself.
 */
export function withSimplerRewrites(
  findings: Finding[],
  segment: Segment,
  terms: () => readonly RewriteTerm[],
  simplifiers: readonly Simplifier[],
  analyze: (sentence: string) => Finding[],
): Finding[] {
  if (findings.every((finding) => finding.suggestions.length > 0)) return findings;
  // Each simplifier works on what the one before left; the first reads the tagged words.
  const steps: SimplerSentence[] = [];
  let text = segment.text;
  for (const simplify of simplifiers) {
    const step = simplify(text, text === segment.text ? terms() : []);
    if (!step || step.text === text || step.text.trim() === '') continue;
    steps.push(step);
    text = step.text;
  }
  if (steps.length === 0) return findings;
  const again = analyze(text);
  for (const finding of findings) {
    if (finding.suggestions.length > 0) continue;
    const match = sameFinding(again, text, segment.text, finding, segment.start);
    if (!match) continue;
    finding.suggestions = match.suggestions.flatMap((suggestion) => {
      let restored: string | null = withSuggestion(text, 0, match, suggestion);
      for (const step of [...steps].reverse()) restored = restored === null ? null : step.restore(restored);
      return restored === null || restored === segment.text ? [] : [{ text: restored, range: [segment.start, segment.end] as [number, number], label: suggestion.label }];
    });
  }
  return findings;
}
