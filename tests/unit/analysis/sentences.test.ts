import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis/language';
import { expandPattern } from '../../../lib/analysis/pattern-expand';
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

  it('goes on after shorthand followed by a lower-case word, and after a shortened day before a date', () => {
    const split = (text: string) => splitSentences(text).map((segment) => segment.text);
    expect(split('Huisbezoek bij m. en v. samen gedaan. Zij waren rustig.')).toEqual(['Huisbezoek bij m. en v. samen gedaan.', 'Zij waren rustig.']);
    expect(split('Telefoon om 9.30 u. met oma gehad. Zij belt terug.')).toEqual(['Telefoon om 9.30 u. met oma gehad.', 'Zij belt terug.']);
    expect(split('Dad phoned at 8 a.m. yesterday about the rota. Mum did not.')).toEqual(['Dad phoned at 8 a.m. yesterday about the rota.', 'Mum did not.']);
    expect(split('Next visit Thurs. 12 March with the HV. Plan agreed.')).toEqual(['Next visit Thurs. 12 March with the HV.', 'Plan agreed.']);
    expect(split('Overleg op wo. 3 juni, t.z.t. verder. Daarna de school.')).toEqual(['Overleg op wo. 3 juni, t.z.t. verder.', 'Daarna de school.']);
    // A capital after the shorthand is a new sentence; a common word before a number stays a boundary.
    expect(split('We met at 4 p.m. Mum was calm.')).toEqual(['We met at 4 p.m.', 'Mum was calm.']);
    expect(split('Ik sprak met v. Daarna belde m.')).toEqual(['Ik sprak met v.', 'Daarna belde m.']);
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

describe('expandPattern', () => {
  it('splits a tag alternation that follows a wildcard, keeping groups and suffixes', () => {
    expect(expandPattern('dat [<subject>#Subject+] .{0,7} [<focus>(#Obligation|#ObligationTe)]')).toEqual([
      'dat [<subject>#Subject+] .{0,7} [<focus>#Obligation]',
      'dat [<subject>#Subject+] .{0,7} [<focus>#ObligationTe]',
    ]);
    expect(expandPattern('besloten .{0,10} (#Parent|#Name)?')).toEqual(['besloten .{0,10} #Parent?', 'besloten .{0,10} #Name?']);
  });

  it('expands inside a named group and a leading wildcard that may match nothing', () => {
    expect(expandPattern('[<focus>bij .{0,1} (#Capitalised|poolse) gezinnen]')).toEqual([
      '[<focus>bij .{0,1} #Capitalised gezinnen]',
      '[<focus>bij .{0,1} poolse gezinnen]',
    ]);
    expect(expandPattern('^.{0,4} #Addressee')).toEqual(['^#Addressee', '^.{1,4} #Addressee']);
  });

  it('leaves word alternations and alternations not after a wildcard alone', () => {
    const pattern = '[<focus>#Judgment (#Parent|#Family)] .{0,3} (en|of)';
    expect(expandPattern(pattern)).toEqual([pattern]);
  });
});
