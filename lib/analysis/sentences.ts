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

/**
 * Days and months, shortened: they end no sentence before a date or a lower-case word ("op
 * di. 4 juni", "Tues. 4 June", "vr. ochtend"), but may end one before a capital ("... op vr. De ...").
 */
const DATE_ABBREVIATIONS = new Set([
  'ma', 'di', 'wo', 'vr', 'za', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'jan', 'feb', 'mrt', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
]);

/** Whether the dot at `dot` closes an abbreviation rather than a sentence; `next` is the first character after the white space. */
function isAbbreviationBefore(text: string, dot: number, next: string): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const token = text.slice(start, dot);
  const word = token.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital before a dot is an initial ("J. Bakker").
  if (/^\p{Lu}$/u.test(token)) return true;
  // Case-note shorthand goes on in lower case: "met m. en v. gesproken", "om 10.00 u. met
  // moeder", "at 10 a.m. today", "m.b.v. het plan". A capital after it starts a new sentence.
  if (/^\p{Ll}$/u.test(next) && (/^\p{L}$/u.test(token) || /\p{L}\.\p{L}/u.test(token))) return true;
  return DATE_ABBREVIATIONS.has(word) && /^[\p{Ll}\p{N}]$/u.test(next);
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
    if (char === '.' && isAbbreviationBefore(text, i, text[end + (/^\s*/.exec(text.slice(end, end + 8))?.[0].length ?? 0)] ?? '')) continue;
    // A number like "10. " in a list, or a time "10.15" never reaches here (no space).
    push(end);
    candidates.lastIndex = end;
  }
  push(text.length);
  return segments;
}
