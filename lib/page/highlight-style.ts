// How findings are underlined: one colour per category from the Okabe-Ito palette (safe for
// the common colour-vision deficiencies) and a second cue besides colour: wavy for
// directive and judgmental, dotted for interpretation.
import { CATEGORIES, type Category } from '../analysis/types';

export const CATEGORY_COLOURS: Record<Category, string> = {
  directive: '#0072B2',
  judgmental: '#D55E00',
  interpretation: '#CC79A7',
};

export const CATEGORY_LINE: Record<Category, 'wavy' | 'dotted'> = {
  directive: 'wavy',
  judgmental: 'wavy',
  interpretation: 'dotted',
};

export { CATEGORIES };

export function highlightName(category: Category): string {
  return `samenspraak-${category}`;
}

/** ::highlight() rules; they live in the page's document because that is where the text is. */
export function highlightCss(): string {
  return CATEGORIES.map(
    (category) =>
      `::highlight(${highlightName(category)}) { text-decoration: underline ${CATEGORY_LINE[category]} ${CATEGORY_COLOURS[category]}; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }`,
  ).join('\n');
}

/** The same look for the textarea mirror, where the underlines are ordinary spans. */
export function mirrorSpanCss(): string {
  return CATEGORIES.map(
    (category) =>
      `.finding-${category} { text-decoration: underline ${CATEGORY_LINE[category]} ${CATEGORY_COLOURS[category]}; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }`,
  ).join('\n');
}
