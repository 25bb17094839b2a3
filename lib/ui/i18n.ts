// Looks up UI text in public/_locales through the browser, which picks the user's
// language; the keys are typed from the English file so a typo fails the type check.
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export const t: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The language the browser shows our UI in, for the `lang` attribute screen readers use. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
