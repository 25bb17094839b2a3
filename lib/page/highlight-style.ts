// How findings are underlined in a note: as ::highlight() rules in the page's document
// (rich text) and as classes on the textarea mirror's spans, both in the look of
// components/category-style.ts.
import { CATEGORY_COLOURS, CATEGORY_LINE } from '../../components/category-style';
import { CATEGORIES, type Category } from '../analysis/types';

export { CATEGORIES };

export function highlightName(category: Category): string {
  return `samenspraak-${category}`;
}

/** One rule per category, the same underline whatever the selector. */
function underlineRules(selector: (category: Category) => string): string {
  return CATEGORIES.map(
    (category) =>
      `${selector(category)} { text-decoration: underline ${CATEGORY_LINE[category]} ${CATEGORY_COLOURS[category]}; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }`,
  ).join('\n');
}

/** ::highlight() rules; they live in the page's document because that is where the text is. */
export function highlightCss(): string {
  return underlineRules((category) => `::highlight(${highlightName(category)})`);
}

/** The same look for the textarea mirror, where the underlines are ordinary spans. */
export function mirrorSpanCss(): string {
  return underlineRules((category) => `.finding-${category}`);
}
