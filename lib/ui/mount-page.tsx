// Mounts an extension page's Preact tree with the browser-backed UI text, and marks
// the document's language so screen readers pronounce it right.
import { render, type ComponentChildren } from 'preact';
import { TranslateContext } from '../../components/i18n';
import { t, uiLanguage } from './i18n';

export function mountPage(content: ComponentChildren): void {
  document.documentElement.lang = uiLanguage();
  const root = document.getElementById('app');
  if (!root) throw new Error('Samenspraak: this page has no #app element to render into.');
  render(<TranslateContext.Provider value={t}>{content}</TranslateContext.Provider>, root);
}
