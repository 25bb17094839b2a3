// Doubt that sits in one word ("een smoesje", "the usual excuses", "haar zielige verhaal")
// goes when that word does: a neutral word takes its place ("een verhaal", "the usual
// reasons", "haar verhaal") and an adjective that carries only the doubt is left out. The
// rest of the sentence stays as written. The words are data (rules/<lang>/lexicon/neutral-words.json);
// a replacement has the same gender and number, so articles and adjectives still agree.
import type { Rewriter } from './engine';
import { matchCase } from './letter-case';

export interface NeutralWords {
  /** A doubting word or phrase (lower case) and its neutral word. */
  replace: Readonly<Record<string, string>>;
  /** Adjectives that say only the doubt ("verzonnen", "dubious"), left out before one of `nouns`. */
  drop: readonly string[];
  /** Nouns a doubting adjective may stand before and leave ("verhaal", "story"). */
  nouns: readonly string[];
  /** The only other words the underlined phrase may have (articles, prepositions): a phrase that says more ("uses her illness as an excuse") keeps its wording. */
  frame: readonly string[];
}

/** The longest phrase a table key may be, in words. */
const LONGEST = 3;

/** English "a"/"an" before the word that now follows it. */
const englishArticle = (text: string) => text.replace(/\b([Aa])n? (?=(\p{L}))/gu, (_all, a: string, next: string) => `${a}${/[aeiou]/i.test(next) ? 'n' : ''} `);

/** The rewriter for one language's table; English sets "a"/"an" right after a change. */
export function neutralWords(table: NeutralWords, lang: 'nl' | 'en'): Rewriter {
  const replace = new Map(Object.entries(table.replace));
  const drop = new Set(table.drop);
  const nouns = new Set(table.nouns);
  const frame = new Set(table.frame);
  const neutralAt = (words: readonly string[], at: number) => {
    for (let length = Math.min(LONGEST, words.length - at); length > 0; length--) {
      const phrase = words.slice(at, at + length).join(' ');
      const neutral = replace.get(phrase.toLowerCase());
      if (neutral !== undefined) return { text: matchCase(neutral, phrase), length };
    }
    return null;
  };
  return ({ sentence, focus }) => {
    const words = focus.text.split(/\s+/);
    const out: string[] = [];
    let changed = false;
    for (let at = 0; at < words.length; ) {
      const word = words[at] as string;
      const neutral = neutralAt(words, at);
      if (neutral) {
        out.push(neutral.text);
        at += neutral.length;
        changed = true;
      } else if (drop.has(word.toLowerCase()) && nouns.has(bareWord(sentenceWordAfter(words, at, sentence, focus.end)))) {
        at++;
        changed = true;
      } else if (frame.has(bareWord(word)) || nouns.has(bareWord(word))) {
        out.push(word);
        at++;
      } else return null;
    }
    if (!changed || out.length === 0) return null;
    // Only the article right before the focus or inside it may change ("an excuse" → "a reason"), not "an hour" earlier on.
    const before = sentence.slice(0, focus.start);
    const lastWord = /(?:^|\s)(an?\s+)$/i.exec(before);
    const head = lastWord ? before.slice(0, before.length - (lastWord[1] as string).length) : before;
    const changedPart = `${lastWord?.[1] ?? ''}${out.join(' ')}`;
    const text = head + (lang === 'en' ? englishArticle(changedPart) : changedPart) + sentence.slice(focus.end);
    return text === sentence ? null : text;
  };
}

const bareWord = (word: string) => word.toLowerCase().replace(/[^\p{L}-]+$/u, '');

/** The word after `words[at]`: the focus's next one, or the sentence's first after the focus ("haar zielige | verhaal"). */
function sentenceWordAfter(words: readonly string[], at: number, sentence: string, focusEnd: number): string {
  return words[at + 1] ?? /^\s*(\S+)/.exec(sentence.slice(focusEnd))?.[1] ?? '';
}
