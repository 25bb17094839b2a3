// Tells Dutch from English by counting very common function words: cheap, needs no
// model, and reliable on a sentence or more of either language. A note that mixes
// languages (an English summary under a Dutch report) is judged per paragraph.
import type { Lang } from './types';

const DUTCH = new Set(
  'de het een en van is dat die niet op te met voor zijn er aan ook als bij maar om nog wel naar heeft hebben ik zij ze hij wij we moeder vader ouders wordt worden werd was waren moet geen dit deze haar hem hun kan kunnen zal zou over uit door mij mijn jij je u onze'.split(' '),
);
const ENGLISH = new Set(
  'the a an and of is that to in it for on with as was were be been are has have had not but at by this from they she he we you i her his their mother father parents will would can could should must there which who what about into'.split(' '),
);

function score(text: string): number {
  let nl = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  return nl - en;
}

export function detectLanguage(text: string, fallback: Lang = 'nl'): Lang {
  const balance = score(text);
  if (balance === 0) return fallback;
  return balance > 0 ? 'nl' : 'en';
}

export interface Paragraph {
  text: string;
  start: number;
  lang: Lang;
}

/**
 * Scores by line, remembering the lines of the last update: a one-character edit in a long
 * note then scores one line again, not the whole note twice. Words never span a line
 * break, so the sum over a text's lines is the text's own score.
 */
export class LineScores {
  private last = new Map<string, number>();
  private now = new Map<string, number>();

  balance(text: string): number {
    let sum = 0;
    for (const line of text.split('\n')) {
      let balance = this.now.get(line) ?? this.last.get(line);
      if (balance === undefined) balance = score(line);
      this.now.set(line, balance);
      sum += balance;
    }
    return sum;
  }

  /** Keeps only the lines of the text just scored, so memory never outgrows the note. */
  endUpdate(): void {
    this.last = this.now;
    this.now = new Map();
  }
}

/** A paragraph needs this many more function words of one language to overrule the note's language. */
const PARAGRAPH_MARGIN = 4;

/** Splits at blank lines; each paragraph takes the note's language unless it clearly speaks another. */
export function languageOfParagraphs(text: string, fallback: Lang, scores?: LineScores): { noteLang: Lang; parts: Paragraph[] } {
  const bodies: Array<{ text: string; start: number; balance: number }> = [];
  const separator = /\r?\n[ \t]*\r?\n/g;
  let start = 0;
  // The note's balance is the sum of its paragraphs': separators hold no words.
  let noteBalance = 0;
  const push = (end: number) => {
    const body = text.slice(start, end);
    const balance = scores ? scores.balance(body) : score(body);
    noteBalance += balance;
    bodies.push({ text: body, start, balance });
  };
  for (let found = separator.exec(text); found; found = separator.exec(text)) {
    push(found.index);
    start = found.index + found[0].length;
  }
  push(text.length);
  scores?.endUpdate();
  const noteLang: Lang = noteBalance === 0 ? fallback : noteBalance > 0 ? 'nl' : 'en';
  const parts = bodies.map(({ text: body, start: at, balance }): Paragraph => ({
    text: body,
    start: at,
    lang: Math.abs(balance) >= PARAGRAPH_MARGIN ? (balance > 0 ? 'nl' : 'en') : noteLang,
  }));
  return { noteLang, parts };
}
