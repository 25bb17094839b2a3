// The analysis library as a content script of its own, injected by the background into a
// frame when a note field there is first focused, so page load never pays for it. It hands
// the library to the note script through the extension's isolated world, which both share.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnalyzer } from '../../lib/analysis';
import { ANALYSIS_GLOBAL } from '../../lib/page/analysis-loader';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] = { createAnalyzer };
  },
});
