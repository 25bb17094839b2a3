import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../../scripts/cli/note-output';

describe('one note', () => {
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
});
