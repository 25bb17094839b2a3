// Leaving an attributive label out: "de narcistische vader werkt niet mee" → "de vader werkt
// niet mee", "the stubborn mom refused" → "the mom refused". What is left is what happened,
// said of the person without the verdict, and it is always grammatical: the noun keeps its
// determiner and its verb. Only where the label stands before the noun it describes;
// predicative labels ("is egoïstisch") have no such rewrite, because "vader is." says nothing.
import type { Rewriter } from './engine';

export interface AttributivePlace {
  /** Words after the label that show it is not attributive: "egoïstisch en ...", "unreliable and". */
  notANoun: ReadonlySet<string>;
  /** Whether the label's form can stand before a noun at all (Dutch inflects it: "egoïstische"). */
  attributiveForm?: (label: string, before: string, noun: string) => boolean;
  /** Copulas: "is een onvolwassen vrouw" without its label ("is een vrouw") says nothing. */
  copulas: ReadonlySet<string>;
  /** Whether the noun says nothing once its label has gone ("Het zijn mensen", "heeft een houding"): then no rewrite. */
  emptyWithout?: (previous: string, beforePrevious: string, noun: string) => boolean;
  /** The article before the noun once the label has gone ("an unreliable man" → "a man"). */
  article?: (article: string, noun: string) => string;
}

const WORD = /^[\p{L}][\p{L}'’-]*$/u;

export function dropAttributiveLabel(place: AttributivePlace): Rewriter {
  return (input) => {
    const { sentence, focus } = input;
    // The focus is the label alone before its noun, or the label(s) and the noun ("stubborn
    // mom", "harde, kille man"): then all of it goes but the noun, its last word.
    const parts = focus.text.split(/\s+/);
    const label = (parts[0] ?? '').replace(/,$/, '');
    const after = parts.length > 1 ? ` ${parts[parts.length - 1]}${sentence.slice(focus.end)}` : sentence.slice(focus.end);
    const next = /^ ([\p{L}][\p{L}'’-]*)/u.exec(after);
    const noun = next?.[1];
    if (!noun || !WORD.test(noun) || place.notANoun.has(noun.toLowerCase())) return null;
    let before = sentence.slice(0, focus.start);
    const [, beforePrevious = '', previous = ''] = /(?:(\S+)\s+)?(\S+)\s+$/.exec(before) ?? [];
    if (place.copulas.has(beforePrevious.toLowerCase())) return null;
    // "een harde, kille man": the rest of the list may judge too, and which of it may go is
    // not ours to say; leaving one out would offer a sentence that still labels.
    if (/,$/.test(previous)) return null;
    // "een verbitterde en onbetrouwbare man": without the second, "verbitterde en man" is left.
    if (/^(en|of|and|or)$/i.test(previous)) return null;
    if (place.attributiveForm && !place.attributiveForm(label, previous.toLowerCase(), noun)) return null;
    if (place.emptyWithout?.(previous.toLowerCase(), beforePrevious.toLowerCase(), noun.toLowerCase())) return null;
    if (place.article && previous !== '') {
      const fixed = place.article(previous, noun);
      before = before.replace(/(\S+)(\s+)$/, (_, __, space: string) => fixed + space);
    }
    const rest = after.slice(1);
    const text = before.trim() === '' ? noun.charAt(0).toUpperCase() + noun.slice(1) + rest.slice(noun.length) : before + rest;
    return text;
  };
}
