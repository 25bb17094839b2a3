// compromise's rough transliteration for a term's normal form ("Björk" → "bjork"), with a
// fast path: it split every word into characters and joined them again, a tenth of the
// Dutch analysis, while nearly every word of a note is plain ASCII, which its table
// leaves as it is (its only ASCII entries, '"' and 'i', map to themselves).
const ASCII = /^[\x00-\x7f]*$/;

interface UnicodeWorld {
  model: { one: { unicode?: Record<string, string> } };
}

export function killUnicode(text: string | undefined, world: UnicodeWorld): string {
  const str = text || '';
  if (ASCII.test(str)) return str;
  const table = world.model.one.unicode ?? {};
  let out = '';
  for (let at = 0; at < str.length; at++) {
    const char = str[at] as string;
    out += table[char] || char;
  }
  return out;
}

/** A compromise plugin that puts the fast path in place of the stock transliteration. */
export const fastTransliteration = { methods: { one: { killUnicode } } };
