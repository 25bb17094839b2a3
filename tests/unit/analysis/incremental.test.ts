// An analyser that is updated edit by edit must say exactly what a fresh analysis of the
// same text says: its sentence cache and its remembered line scores only save work.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis';
import { LineScores, languageOfParagraphs } from '../../../lib/analysis/language';
import { seededRandom } from '../../../scripts/measure';

const NOTE = [
  'Huisbezoek bij moeder. Moeder moet de afspraken nakomen.',
  'Vader is ongemotiveerd en komt altijd te laat.',
  '',
  'Summary for the English-speaking foster carer: Mother must attend every meeting. She claims she was ill.',
  '',
  'Wij hebben besloten dat de omgang begeleid plaatsvindt. Moeder vertelt dat Sanne slecht slaapt.',
].join('\n');

function edits(seed: number, count: number): string[] {
  const next = seededRandom(seed);
  const texts: string[] = [];
  let text = NOTE;
  for (let edit = 0; edit < count; edit++) {
    const at = Math.floor(next() * text.length);
    const roll = next();
    // Typing, deleting, breaking a line and joining paragraphs: the edits that move languages.
    text = roll < 0.4 ? `${text.slice(0, at)}e${text.slice(at)}` : roll < 0.8 ? text.slice(0, at) + text.slice(at + 1) : roll < 0.9 ? `${text.slice(0, at)}\n${text.slice(at)}` : `${text.slice(0, at)} the and of ${text.slice(at)}`;
    texts.push(text);
  }
  return texts;
}

describe('the analyser, edit by edit', () => {
  it('finds what a fresh analysis finds after each of 150 edits', () => {
    const analyzer = createAnalyzer();
    for (const text of edits(7, 150)) expect(analyzer.update(text)).toEqual(analyze(text));
  });

  it('judges each paragraph\'s language as it would without remembered line scores', () => {
    const scores = new LineScores();
    for (const text of edits(11, 300)) {
      for (const fallback of ['nl', 'en'] as const) {
        expect(languageOfParagraphs(text, fallback, scores)).toEqual(languageOfParagraphs(text, fallback));
      }
    }
  });
});
