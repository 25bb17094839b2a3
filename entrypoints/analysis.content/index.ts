// The analysis library as a content script of its own, injected by the background into a
// frame once the page there has loaded, shows a note field and is idle
// (lib/page/analysis-preload.ts), or else on a note's first focus: page load never pays for
// it. It hands the library to the note script through the extension's isolated world, which
// both share.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnalyzer } from '../../lib/analysis';
import { validPacks } from '../../lib/analysis/custom-packs';
import { detectLanguage } from '../../lib/analysis/language';
import type { AnalysisPort } from '../../lib/page/note-session';
import { ANALYSIS_GLOBAL } from '../../lib/page/analysis-loader';

/** Our own sentences, with a finding each, so a warm-up also wakes the tagger on the rules' path. */
const WARM_UP = { nl: 'Moeder moet de afspraken nakomen.', en: 'Mum must attend every meeting.' } as const;

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const port: AnalysisPort = {
      createAnalyzer: ({ rawPacks = [], ...options } = {}) => createAnalyzer({ ...options, extraPacks: validPacks(rawPacks) }),
      detectLanguage: (text) => detectLanguage(text),
      warmUp: (lang) => void createAnalyzer({ lang }).update(WARM_UP[lang]),
    };
    (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] = port;
  },
});
