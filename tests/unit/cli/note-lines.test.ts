import { describe, expect, it } from 'vitest';
import { analyseInOrder, batchRanges, inThreadLane, lanesFor, PARALLEL_FROM_CHARS, snapshotArguments, SNAPSHOT_PARALLEL_FROM_CHARS, type AnalysisLane } from '../../../scripts/cli/analysis-lanes';
import { analyzeNoteLines } from '../../../scripts/cli/note-lines-run';
import type { Finding } from '../../../lib/analysis/types';

const INPUT = [
  '{"id": "a", "text": "Vader weigert hulp."}',
  '{"id": "b", "text": "Mother must attend.", "lang": "en"}',
  '{not json',
  '{"id": "d", "text": 3}',
  '',
  '{"id": "e", "text": "Sanne slaapt goed.", "lang": "nl"}',
  '{"id": "f", "text": "Sanne slaapt goed.", "lang": "de"}',
].join('\n');

describe('--jsonl', () => {
  it('answers JSON Lines in input order, names bad lines by number and keeps going', async () => {
    let written = '';
    const result = await analyzeNoteLines(INPUT, 'auto', { lanes: () => [inThreadLane()], write: (lines) => (written += lines) });
    const lines = written.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b', 'e']);
    expect(lines[0].findings[0].ruleId).toBe('nl-refusal');
    expect(lines[1].findings[0].ruleId).toBe('en-obligation-parent');
    expect(lines[2].findings).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^line 3: not valid JSON/),
      'line 4: needs an object with a "text" string, like {"id": "1", "text": "..."}; skipped',
      'line 7: "lang" must be "nl" or "en"; skipped',
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.notes.map((note) => note.findings.length)).toEqual([1, 1, 0]);
  });

  it('keeps input order when lanes finish out of order', async () => {
    const notes = ['Vader weigert hulp.', 'Moeder moet bellen.', 'Sanne slaapt goed.', 'Father refuses help.', 'Mother must call.'].map((text) => ({ text, lang: 'auto' as const }));
    const real = inThreadLane();
    // The first lane answers only after the second has answered twice: a slow worker.
    let release: () => void = () => {};
    const slowStarted = new Promise<void>((resolve) => (release = resolve));
    let fastAnswers = 0;
    const slow: AnalysisLane = { analyse: async (batch) => (await slowStarted, real.analyse(batch)), close: async () => {} };
    const fast: AnalysisLane = {
      analyse: async (batch) => {
        const findings = await real.analyse(batch);
        if (++fastAnswers === 2) release();
        return findings;
      },
      close: async () => {},
    };
    const seen: Array<[number, Finding[]]> = [];
    const progress: number[] = [];
    await analyseInOrder(notes, [slow, fast], (index, findings) => seen.push([index, findings]), (done) => progress.push(done), 1);
    expect(seen.map(([index]) => index)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.map(([, findings]) => findings[0]?.ruleId ?? null)).toEqual(['nl-refusal', 'nl-obligation-parent', null, 'en-refusal', 'en-obligation-parent']);
    expect(progress.at(-1)).toBe(5);
  });

  it('cuts notes into batches of about the given size, a long note on its own', () => {
    const notes = [10, 10, 30, 5, 5].map((length) => ({ text: 'x'.repeat(length), lang: 'nl' as const }));
    expect(batchRanges(notes, 20)).toEqual([[0, 2], [2, 3], [3, 5]]);
    expect(batchRanges([], 20)).toEqual([]);
  });

  it('stays in one thread for small inputs, takes every core for large ones, or as told', () => {
    expect(lanesFor(10_000, 8)).toBe(1);
    expect(lanesFor(PARALLEL_FROM_CHARS, 8)).toBe(8);
    expect(lanesFor(PARALLEL_FROM_CHARS, 8, 1)).toBe(1);
    expect(lanesFor(10, 8, 3)).toBe(3);
    // Lanes from the start-up snapshot start in a fraction of a second: they pay from less text.
    expect(lanesFor(SNAPSHOT_PARALLEL_FROM_CHARS, 2, undefined, SNAPSHOT_PARALLEL_FROM_CHARS)).toBe(2);
    expect(lanesFor(SNAPSHOT_PARALLEL_FROM_CHARS, 2)).toBe(1);
  });

  it('reads the start-up snapshot from the options node was started with', () => {
    expect(snapshotArguments(['--snapshot-blob', '/x/samenspraak.blob'])).toEqual(['--snapshot-blob', '/x/samenspraak.blob']);
    expect(snapshotArguments(['--max-old-space-size=4096', '--snapshot-blob=/x/a.blob'])).toEqual(['--snapshot-blob=/x/a.blob']);
    expect(snapshotArguments(['--inspect'])).toEqual([]);
  });
});
