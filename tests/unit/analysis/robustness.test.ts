// Hostile and odd input: the analyser never throws, stays linear, and every offset points
// at whole characters of the text it was given. A seeded random generator makes failures
// reproducible.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Finding } from '../../../lib/analysis';
import { MAX_SEGMENT, splitSentences } from '../../../lib/analysis/sentences';
import { seededRandom } from '../../../scripts/measure';


const PIECES = [
  'Moeder', 'moet', 'de', 'afspraken', 'nakomen', 'Vader', 'weigert', 'hulp', 'altijd', 'nooit', 'beweert', 'ongemotiveerd',
  'Mother', 'must', 'attend', 'refuses', 'claims', 'always', 'ik', 'wij', 'hebben', 'besloten', 'dat', 'verwacht',
  '.', '!', '?', ',', ':', ';', '"', "'", '„', '”', '(', ')', '\n', '\r\n', '\n\n', ' ', ' ', ' ', '  ', '\t',
  '👨‍👩‍👧', '🙁', '𝔄', '\u0301', 'e\u0301', '\u200b', '\u200d', '\u200f', '\u202e', 'שלום', 'مرحبا', 'ß', 'İ', '…', '—', '10.15', 'mevr.', 'o.a.',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function isHighSurrogate(code: number) {
  return code >= 0xd800 && code <= 0xdbff;
}

function expectWellFormed(text: string, findings: Finding[]) {
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    // Never half a surrogate pair at either edge.
    expect(isHighSurrogate(text.charCodeAt(finding.end - 1))).toBe(false);
    expect(isHighSurrogate(text.charCodeAt(finding.start - 1)) && finding.start > 0).toBe(false);
    const phrase = text.slice(finding.start, finding.end);
    expect(phrase.trim()).toBe(phrase);
    for (const suggestion of finding.suggestions) {
      if (!suggestion.range) continue;
      expect(suggestion.range[0]).toBeLessThanOrEqual(finding.start);
      expect(suggestion.range[1]).toBeGreaterThanOrEqual(finding.end);
      expect(suggestion.range[1]).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['only white space', ' \n\r\n\t '],
    ['only emoji', '👨‍👩‍👧🙁🙁👍🏽'],
    ['zero-width and bidi controls', 'Vader\u200b weigert\u200f hulp\u202e.'],
    ['combining marks', 'Moe\u0301der moet de afspraken nakomen.'],
    ['CRLF lines', 'Huisbezoek.\r\nVader weigert hulp.\r\nMoeder moet de afspraken nakomen.\r\n'],
    ['mixed scripts', 'Moeder zegt شكرا en vader weigert hulp. שלום.'],
    ['a very long word', `Vader weigert ${'a'.repeat(50_000)} hulp.`],
  ])('%s: no throw, offsets on whole characters', (_name, text) => {
    const findings = analyze(text);
    expectWellFormed(text, findings);
  });

  it('finds the same words whatever invisible characters surround the sentence', () => {
    const text = '\u200b\u200f👨‍👩‍👧 Vader weigert hulp.';
    const [finding] = analyze(text, { lang: 'nl' });
    expect(text.slice(finding?.start, finding?.end)).toBe('weigert');
  });

  it('cuts text without sentence punctuation into bounded pieces', () => {
    const text = 'moeder moet bellen en vader weigert hulp '.repeat(2000);
    const segments = splitSentences(text);
    expect(segments.length).toBeGreaterThan(100);
    for (const segment of segments) {
      expect(segment.text.length).toBeLessThanOrEqual(MAX_SEGMENT);
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it('analyses 1 MB of text', { timeout: 60_000 }, () => {
    const paragraph = 'Huisbezoek bij het gezin. Sanne speelde buiten met de buurkinderen. Vader weigert hulp. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const findings = analyze(text);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(findings.length).toBe(Math.ceil(1_000_000 / paragraph.length));
    expectWellFormed(text, findings.slice(0, 50));
  });
});

describe('random input (property)', () => {
  it('never throws and always gives well-formed offsets', () => {
    const next = seededRandom(20261124);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 20 + Math.floor(next() * 400));
      expectWellFormed(text, analyze(text));
    }
  });

  it('an analyser fed random edits agrees with a fresh analysis every time', () => {
    const next = seededRandom(7);
    const analyzer = createAnalyzer();
    let text = randomText(next, 300);
    for (let round = 0; round < 200; round++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.6) text = text.slice(0, at) + randomText(next, 1 + Math.floor(next() * 12)) + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 10)));
      expect(analyzer.update(text)).toEqual(analyze(text));
    }
  });
});

describe('mixed languages', () => {
  it('analyses each paragraph in its own language', () => {
    const text = 'Huisbezoek bij het gezin. Vader weigert hulp en moeder vertelt dat het goed gaat met de kinderen.\n\nSummary for the English-speaking school: the father refuses help and the mother says the children are doing well.';
    const findings = analyze(text);
    expect(findings.map((finding) => [finding.lang, text.slice(finding.start, finding.end)])).toEqual([
      ['nl', 'weigert'],
      ['en', 'refuses'],
    ]);
  });

  it('keeps one language when told to', () => {
    const text = 'Vader weigert hulp.\n\nThe father refuses help and the mother says the children are doing well.';
    expect(analyze(text, { lang: 'nl' }).every((finding) => finding.lang === 'nl')).toBe(true);
  });
});
