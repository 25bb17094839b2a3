// Finds quoted speech in a sentence. What a parent or child says in their own words is
// their voice, not the writer's judgment, so findings inside quotes stay quiet.
// Apostrophes inside words ('s avonds, zo'n, baby's, don't) are not quote marks.

/** Opening mark → closing mark. A Map: it is looked up with characters of the note. */
const PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['„', '”'], ['«', '»'], ['‘', '’'], ["'", "'"], ['‚', '’']]);

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Ranges [start, end) inside `text` (quote marks included) that are quoted speech. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const open = text[i] ?? '';
    const close = PAIRS.get(open);
    if (!close) continue;
    // A single straight or curly quote only opens at a word start, not inside a word.
    if ((open === "'" || open === '‘') && (isWordChar(text[i - 1]) || !isWordChar(text[i + 1]))) continue;
    // Dutch elisions: 's avonds, 't huis, 'n keer, 'k denk.
    if ((open === "'" || open === '’' || open === '‘') && /^[stnmk]\b/i.test(text.slice(i + 1, i + 3))) continue;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] !== close) continue;
      if ((close === "'" || close === '’') && isWordChar(text[j + 1])) continue;
      break;
    }
    // An unclosed double quote runs to the end of the sentence (quote continues on).
    if (j >= text.length && close !== '"' && close !== '”' && close !== '»') continue;
    ranges.push([i, Math.min(j + 1, text.length)]);
    i = j;
  }
  return ranges;
}

export function isInside(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([from, to]) => start >= from && end <= to);
}

/** A span that opens inside quoted speech and runs on past it ('"weer eens" niet'): it starts in the parent's words. */
export function startsInside(ranges: ReadonlyArray<[number, number]>, start: number): boolean {
  return ranges.some(([from, to]) => start > from && start < to);
}
