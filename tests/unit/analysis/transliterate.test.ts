// The transliteration fast path must give exactly compromise's own normal forms.
import nlp from 'compromise/one';
import { describe, expect, it } from 'vitest';
import '../../../lib/analysis/nl/tagger'; // installs the fast path
import { killUnicode } from '../../../lib/analysis/transliterate';

const stockUrl = new URL('../../../node_modules/compromise/src/1-one/tokenize/methods/unicode.js', import.meta.url).href;
const stock = ((await import(stockUrl)) as { default: typeof killUnicode }).default;
const world = nlp.world() as Parameters<typeof killUnicode>[1];

const WORDS = [
  'moeder', 'Björk', 'egoïstisch', 'naïef', 'café', 'Ærø', 'ĳverig', 'Œuvre', 'straße', '"zogenaamd"', 'i', '',
  'ﬁets', 'Zoë’s', '—', 'x̃', '😀', 'İstanbul', 'Łódź', 'crème brûlée', 'ab\u200bc', '\ud800',
];

describe('transliteration', () => {
  it('is the one compromise uses once a tagger is loaded', () => {
    expect((nlp.world() as { methods: { one: { killUnicode: unknown } } }).methods.one.killUnicode).toBe(killUnicode);
  });

  it.each(WORDS)('gives compromise\'s own result for %j', (word) => {
    expect(killUnicode(word, world)).toBe(stock(word, world));
  });

  it('turns diacritics into plain letters and leaves ASCII alone', () => {
    expect(killUnicode('egoïstisch', world)).toBe('egoistisch');
    expect(killUnicode('moeder', world)).toBe('moeder');
  });
});
