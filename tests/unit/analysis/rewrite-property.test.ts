// Every rewrite the engine offers on the labelled material, applied: it leaves fewer
// findings of its own rule in the text it replaced than there were, adds none, and
// changes nothing outside its range. Over the tunable sets (tests/corpus/README.md); the
// fresh held-out set is not tuned on, so it is not here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { flattenNote, parseCorpus, type CorpusNote } from '../../../scripts/eval/corpus';

const FILES = ['nl.jsonl', 'en.jsonl', 'more/nl.jsonl', 'more/en.jsonl', 'more/notes-nl.jsonl', 'more/notes-en.jsonl', 'more2/notes-nl.jsonl', 'more2/notes-en.jsonl'];

describe.each(FILES)('rewrites on %s', (file) => {
  const lang = file.replace(/^more2?\//, '').replace(/^notes-/, '').startsWith('nl') ? 'nl' : 'en';
  const lines = parseCorpus(readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8'), file);
  const texts = file.includes('notes-') ? (lines as unknown as CorpusNote[]).map((note) => flattenNote(note).text) : lines.map((line) => line.text);

  it('no longer trip their own rule and touch nothing outside their range', { timeout: 120_000 }, () => {
    const trips: string[] = [];
    let applied = 0;
    for (const text of texts) {
      const before = analyze(text, { lang });
      for (const finding of before) {
        for (const suggestion of finding.suggestions) {
          const [start, end] = suggestion.range ?? [finding.start, finding.end];
          const after = text.slice(0, start) + suggestion.text + text.slice(end);
          const newEnd = start + suggestion.text.length;
          expect(after.slice(0, start)).toBe(text.slice(0, start));
          expect(after.slice(newEnd)).toBe(text.slice(end));
          const inRange = (findings: typeof before, from: number, to: number) =>
            findings.filter((other) => other.ruleId === finding.ruleId && other.start < to && other.end > from).length;
          if (inRange(analyze(after, { lang }), start, newEnd) >= inRange(before, start, end)) trips.push(`${finding.ruleId}: ${suggestion.text}`);
          applied++;
        }
      }
    }
    expect(applied).toBeGreaterThan(20);
    expect(trips).toEqual([]);
  });
});
