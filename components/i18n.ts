// Gives components their UI text without reaching for browser APIs: the entrypoint
// provides the browser-backed lookup, tests provide one backed by a messages file.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type english from '../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json: a typo fails the type check. */
export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}
