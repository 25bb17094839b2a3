// Leaving a word or phrase out ("Moeder kwam wederom te laat" → "Moeder kwam te laat",
// "As usual, dad turned up late" → "Dad turned up late"), with the commas around it.
import type { RewriteInput } from './engine';
import { capitalise } from './letter-case';

/** Leaving these out turns the sentence around: "was wederom niet thuis" is no "was thuis". */
const NEGATION = /(^|\s)(niet|geen|nooit|niets|not|no|never|nothing|n't)(\s|$)/i;

/**
 * A phrase that can go without taking a part of the sentence with it: one word
 * ("wederom", "predictably"), or an adverbial that opens with one of these ("zoals te
 * verwachten viel", "voor de zoveelste keer", "as usual", "yet again"). "wederom te laat"
 * cannot: "te laat" is what happened.
 */
const ADVERBIAL_OPENER = new Set(['zoals', 'als', 'voor', 'weer', 'alweer', 'as', 'for', 'once', 'yet', 'again', 'time', 'true', 'like']);

export function droppable(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return !NEGATION.test(phrase) && (words.length === 1 || ADVERBIAL_OPENER.has(words[0] ?? ''));
}

/**
 * The phrase left out. A parenthesis between commas goes with both ("Vader dient, zoals te
 * verwachten viel, opnieuw ..." → "Vader dient opnieuw ...", "Dad, predictably, did not ..." →
 * "Dad did not ..."), unless `keepsFirstComma` says the comma before it belongs to what
 * precedes (English: a fronted adverbial, "Yesterday, as usual, father …" → "Yesterday, father …").
 * `canGo` lets a language add whole phrases that go as a parenthesis ("of course").
 */
export function dropFocus(input: RewriteInput, keepsFirstComma: (before: string) => boolean = () => false, canGo: (phrase: string) => boolean = droppable): string | null {
  if (!canGo(input.focus.text)) return null;
  let before = input.sentence.slice(0, input.focus.start);
  let after = input.sentence.slice(input.focus.end);
  if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
    after = after.replace(/^\s*,/, '');
    if (!keepsFirstComma(before)) before = before.replace(/,\s*$/, '');
  }
  else if (before.trim() === '') after = after.replace(/^\s*,/, '');
  else if (/^\s*,/.test(after) && !/,\s*$/.test(before)) after = after.replace(/^\s*,/, '');
  // "late again, as always." and a line without its full stop ("late again, as always").
  else if (/,\s*$/.test(before) && /^\s*(?:[.!?]|$)/.test(after)) before = before.replace(/,\s*$/, '');
  const text = `${before.trimEnd()} ${after.trimStart()}`.trim().replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ');
  // Nothing left but punctuation: the phrase was the sentence.
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return before.trim() === '' ? capitalise(text) : text;
}

/**
 * A purpose or a motive behind its main clause left out, with the clause it opens: "Moeder zet
 * Mila achter de tablet om zelf met rust gelaten te worden." → "Moeder zet Mila achter de
 * tablet."; "Leo acts up in class to impress the older boys." → "Leo acts up in class.". Only
 * where the phrase opens with `opener`, follows its main clause and closes it (`closes`): a
 * fronted one ("Om … te krijgen, koopt oma …") would leave the main clause inverted.
 */
export function dropTrailingPhrase(input: RewriteInput, opener: RegExp, closes: RegExp): string | null {
  const { sentence, focus } = input;
  if (!opener.test(focus.text) || sentence.slice(0, focus.start).trim() === '' || !closes.test(sentence.slice(focus.end))) return null;
  return dropFocus(input, () => false, () => true);
}
