import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { noteOverview } from '../../../lib/analysis/voice';

describe('noteOverview', () => {
  it('counts the parent telling, quotes and shared agreements next to the findings', () => {
    const text = 'Moeder vertelt dat Sanne slecht slaapt. Vader zei: "Ik wil dit samen oplossen." We hebben samen afgesproken dat ik de school bel. Vader weigert hulp.';
    const overview = noteOverview(text, 'nl', analyze(text, { lang: 'nl' }));
    expect(overview.counts).toEqual({ directive: 0, judgmental: 1, interpretation: 0, parentVoice: 3, agreements: 1 });
    expect(overview.parentPerspectiveMissing).toBe(false);
  });

  it('prompts when a longer note has no trace of the parent perspective', () => {
    const sentence = 'Vader weigert hulp en moeder moet de afspraken met school nakomen, de kinderen waren thuis. ';
    const text = sentence.repeat(6);
    const overview = noteOverview(text, 'nl', analyze(text, { lang: 'nl' }));
    expect(overview.words).toBeGreaterThanOrEqual(80);
    expect(overview.parentPerspectiveMissing).toBe(true);
    expect(noteOverview('Vader weigert hulp.', 'nl', []).parentPerspectiveMissing).toBe(false);
  });

  it('notes interpretations written as fact, in English too', () => {
    const text = "Mother said she is tired. Father doesn't care about school. We agreed together on a plan.";
    const overview = noteOverview(text, 'en', analyze(text, { lang: 'en' }));
    expect(overview.counts.parentVoice).toBe(1);
    expect(overview.counts.agreements).toBe(1);
    expect(overview.factsAndInterpretationsMixed).toBe(true);
  });
});
