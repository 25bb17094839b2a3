import { describe, expect, it } from 'vitest';
import { analyzeJsonLines, analyzeNote } from '../../../lib/analysis/cli';

describe('analyze CLI', () => {
  it('prints findings of a note as text with line and column', () => {
    const result = analyzeNote('Huisbezoek.\nVader weigert hulp.', 'auto', 'text');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('2:7 judgmental/refusal "weigert" [nl-refusal]');
    expect(result.stdout).toContain('→ Vader wil nu geen hulp.');
  });

  it('prints JSON findings, and says so when there are none', () => {
    expect(JSON.parse(analyzeNote('Mother must attend all appointments.', 'en', 'json').stdout)[0]).toMatchObject({ ruleId: 'en-obligation-parent', start: 7, end: 11 });
    expect(analyzeNote('Sanne slaapt goed.', 'nl', 'text').stdout).toBe('No findings.\n');
  });

  it('answers JSON Lines in input order, names bad lines and keeps going', () => {
    const input = [
      '{"id": "a", "text": "Vader weigert hulp."}',
      '{"id": "b", "text": "Mother must attend.", "lang": "en"}',
      '{not json',
      '{"id": "d", "text": 3}',
      '',
      '{"id": "e", "text": "Sanne slaapt goed.", "lang": "nl"}',
    ].join('\n');
    const result = analyzeJsonLines(input, 'auto');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b', 'e']);
    expect(lines[0].findings[0].ruleId).toBe('nl-refusal');
    expect(lines[1].findings[0].ruleId).toBe('en-obligation-parent');
    expect(lines[2].findings).toEqual([]);
    expect(result.stderr).toContain('line 3: not valid JSON');
    expect(result.stderr).toContain('line 4: needs an object with a "text" string');
    expect(result.exitCode).toBe(2);
  });
});
