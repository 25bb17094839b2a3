// Looks up UI text in public/_locales through the browser, which picks the user's
// language. The keys are typed from the English file (components/i18n.ts).
import { browser } from 'wxt/browser';
import type { Translate } from '../../components/i18n';

export const t: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The language the browser shows our UI in, for the `lang` attribute screen readers use. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
