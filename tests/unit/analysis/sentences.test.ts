import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis/language';
import { isInside, quotedRanges } from '../../../lib/analysis/quotes';
import { splitSentences } from '../../../lib/analysis/sentences';

describe('splitSentences', () => {
  it('keeps exact offsets and does not split at Dutch abbreviations, initials or times', () => {
    const text = 'Gesprek met mevr. Jansen om 10.15 uur, o.a. over school. J. Bakker was aanwezig!\nVolgende keer: dhr. Yilmaz.';
    const segments = splitSentences(text);
    expect(segments.map((segment) => segment.text)).toEqual([
      'Gesprek met mevr. Jansen om 10.15 uur, o.a. over school.',
      'J. Bakker was aanwezig!',
      'Volgende keer: dhr. Yilmaz.',
    ]);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('keeps a closing quote with its sentence and handles CRLF and blank lines', () => {
    const text = 'Moeder zei: "Ik kom morgen." Vader knikte.\r\n\r\nEinde';
    expect(splitSentences(text).map((segment) => segment.text)).toEqual(['Moeder zei: "Ik kom morgen."', 'Vader knikte.', 'Einde']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\t ')).toEqual([]);
  });
});

describe('quotedRanges', () => {
  it('finds double, curly and low-high quotes but not apostrophes inside words', () => {
    const text = `Moeder zegt: "ik moet slapen". Vader: „nooit meer”. 's Avonds zo'n uur, baby's 'lief'.`;
    const quoted = quotedRanges(text).map(([from, to]) => text.slice(from, to));
    expect(quoted).toEqual(['"ik moet slapen"', '„nooit meer”', "'lief'"]);
  });

  it('tells whether a span lies inside a quote', () => {
    const text = 'Hij zei "altijd" en ging.';
    const ranges = quotedRanges(text);
    expect(isInside(ranges, text.indexOf('altijd'), text.indexOf('altijd') + 6)).toBe(true);
    expect(isInside(ranges, text.indexOf('ging'), text.indexOf('ging') + 4)).toBe(false);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Moeder vertelt dat het goed gaat met de kinderen.', 'nl'],
    ['Mother explained that the children are doing well at school.', 'en'],
    ['Huisbezoek. Vader was er niet.', 'nl'],
    ['Home visit. Father was not there.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back when there is nothing to go on', () => {
    expect(detectLanguage('12:00', 'en')).toBe('en');
    expect(detectLanguage('', 'nl')).toBe('nl');
  });
});
