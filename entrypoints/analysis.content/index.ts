// The analysis library as a content script of its own, injected by the background into a
// frame that shows a note field, when the page is idle or at the field's first focus
// (lib/page/analysis-warmup.ts), so page load never pays for it. It hands the library to
// the note script through the extension's isolated world, which both share.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnalyzer, warmUp } from '../../lib/analysis';
import { validPacks } from '../../lib/analysis/custom-packs';
import type { AnalysisPort } from '../../lib/page/note-session';
import { ANALYSIS_GLOBAL } from '../../lib/page/analysis-loader';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const port: AnalysisPort = {
      createAnalyzer: ({ rawPacks = [], ...options } = {}) => createAnalyzer({ ...options, extraPacks: validPacks(rawPacks) }),
      warm: warmUp,
    };
    (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] = port;
  },
});
