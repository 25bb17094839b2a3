// The first letter's case, as rewriters and word swaps need it: one place for both languages.

/** The text with its first character in upper case ("vader zegt" → "Vader zegt"). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The replacement with a capital when the words it replaces started with one ("Weigert" → "Wil niet"). */
export function matchCase(replacement: string, original: string): string {
  const first = original[0];
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? capitalise(replacement) : replacement;
}
