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

/** A paragraph needs this many more function words of one language to overrule the note's language. */
const PARAGRAPH_MARGIN = 4;

/** Splits at blank lines; each paragraph takes the note's language unless it clearly speaks another. */
export function languageOfParagraphs(text: string, fallback: Lang): { noteLang: Lang; parts: Paragraph[] } {
  const noteLang = detectLanguage(text, fallback);
  const parts: Paragraph[] = [];
  const separator = /\r?\n[ \t]*\r?\n/g;
  let start = 0;
  const push = (end: number) => {
    const body = text.slice(start, end);
    const balance = score(body);
    const lang: Lang = Math.abs(balance) >= PARAGRAPH_MARGIN ? (balance > 0 ? 'nl' : 'en') : noteLang;
    parts.push({ text: body, start, lang });
  };
  for (let found = separator.exec(text); found; found = separator.exec(text)) {
    push(found.index);
    start = found.index + found[0].length;
  }
  push(text.length);
  return { noteLang, parts };
}
