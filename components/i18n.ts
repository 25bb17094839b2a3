// Gives components their UI text without reaching for browser APIs: the entrypoint
// provides the browser-backed lookup, tests provide one backed by a messages file.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/ui/i18n';

export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}
