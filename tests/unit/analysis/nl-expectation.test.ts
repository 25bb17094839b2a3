// Expectations put on a parent, by who expects and of whom (tagExpecting in the tagger),
// with the look-alikes that stay quiet: a parent's own expectation, a forecast, an
// institution's timeline, an appointment, a court's expectation. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const expectations = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.type === 'expectation')
    .map((finding) => text.slice(finding.start, finding.end));

describe('expectations on a person (nl)', () => {
  it.each([
    ['Van de slordige moeder wordt verwacht dat ze de rekeningen opent.', 'verwacht'],
    ['Dat wordt van haar verwacht.', 'verwacht'],
    ['Wij verwachten daarom dat vader voortaan zelf de school belt.', 'verwachten'],
    ['De gezinsvoogd verlangt van oma dat ze de kinderen op tijd brengt.', 'verlangt'],
    ['We rekenen erop dat vader zijn telefoon opneemt.', 'rekenen erop'],
    ['Het is de bedoeling dat moeder zelf de huisarts belt.', 'de bedoeling'],
    ['De oom van Sem wordt geacht zich aan de bezoektijden te houden.', 'geacht'],
  ])('%s → "%s"', (text, phrase) => {
    expect(expectations(text)).toContain(phrase);
  });

  it.each([
    'Moeder verwacht dat haar uitkering in mei binnenkomt.',
    'Vader verwacht van ons dat we hem op tijd bellen.',
    'Ik verwacht dat moeder de opleiding wel zal afronden.',
    'Er wordt verwacht dat de woning in juni klaar is.',
    'Moeder wordt woensdag om negen uur verwacht op het spreekuur.',
    'Naar verwachting beslist de rechtbank in juni.',
    'De rechter verwacht van vader dat hij de cursus afmaakt.',
    'Het is de bedoeling dat we samen met moeder een plan maken.',
    'We rekenen op de hulp van de buurvrouw.',
    'De baby wordt eind maart verwacht.',
  ])('quiet: %s', (text) => {
    expect(expectations(text)).toEqual([]);
  });
});
