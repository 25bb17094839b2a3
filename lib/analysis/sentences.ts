// Splits a note into sentences with their offsets. Our own splitter rather than the
// tagger's: the incremental analyser caches per sentence, so boundaries must be stable
// and cheap, and Dutch abbreviations (mevr., dhr., o.a., bijv.) must not end a sentence.

export interface Segment {
  text: string;
  start: number;
  end: number;
}

export const ABBREVIATIONS = new Set([
  // Dutch
  'mevr', 'dhr', 'mw', 'hr', 'dr', 'drs', 'ing', 'mr', 'prof', 'o.a', 'bijv', 'bv', 'd.w.z', 'm.b.t', 'i.v.m',
  'ivm', 'mbt', 'z.s.m', 'zsm', 'evt', 'ca', 'resp', 'nl', 'vnl', 'incl', 'excl', 'jl', 'a.s', 'etc', 'enz',
  'blz', 'nr', 'tel', 'vs', 'i.o.m', 'n.a.v', 'nav', 'o.b.v', 'm.i', 'w.o', 't.a.v', 'tav', 'i.p.v', 'ipv',
  // English
  'mrs', 'ms', 'e.g', 'i.e', 'approx', 'appt', 'no', 'st', 'jr', 'sr',
]);

function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital before a dot is an initial ("J. Bakker").
  return /^\p{Lu}$/u.test(text.slice(start, dot));
}

/**
 * Text without sentence punctuation (a pasted list, a 1 MB blob) would otherwise become one
 * enormous "sentence"; pieces of at most this many characters keep analysis linear.
 */
export const MAX_SEGMENT = 600;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Cuts an over-long segment at white space (or, in one endless word, anywhere but inside a surrogate pair). */
function limitLength(segment: Segment): Segment[] {
  const pieces: Segment[] = [];
  let from = 0;
  const { text } = segment;
  while (text.length - from > MAX_SEGMENT) {
    let cut = text.lastIndexOf(' ', from + MAX_SEGMENT);
    if (cut <= from) {
      cut = from + MAX_SEGMENT;
      if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    }
    const piece = text.slice(from, cut);
    const trimmed = piece.trim();
    if (trimmed) {
      const lead = piece.length - piece.trimStart().length;
      pieces.push({ text: trimmed, start: segment.start + from + lead, end: segment.start + from + lead + trimmed.length });
    }
    from = cut;
  }
  const rest = text.slice(from);
  const trimmed = rest.trim();
  if (trimmed) {
    const lead = rest.length - rest.trimStart().length;
    pieces.push({ text: trimmed, start: segment.start + from + lead, end: segment.start + from + lead + trimmed.length });
  }
  return pieces;
}

/** Splits at . ! ? … followed by white space, and at line breaks; keeps offsets exact. */
export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const segment = { text: trimmed, start: start + lead, end: start + lead + trimmed.length };
      if (trimmed.length > MAX_SEGMENT) segments.push(...limitLength(segment));
      else segments.push(segment);
    }
    start = end;
  };
  // Jump from one candidate boundary to the next rather than testing every character.
  const candidates = /[\n.!?…]/g;
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    const i = found.index;
    const char = text[i];
    if (i < start) continue;
    if (char === '\n') {
      push(i + 1);
      continue;
    }
    // Closing quotes and brackets belong to the sentence they close.
    let end = i + 1;
    while (end < text.length && /["'”’»)\]]/.test(text[end] ?? '')) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (char === '.' && isAbbreviationBefore(text, i)) continue;
    // A number like "10. " in a list, or a time "10.15" never reaches here (no space).
    push(end);
    candidates.lastIndex = end;
  }
  push(text.length);
  return segments;
}
