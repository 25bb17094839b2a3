// Loads the analysis script into this frame on demand (through the background, which may
// inject scripts) and returns it. Asked once per frame; later calls share the answer.
import type { AnalysisPort } from './note-session';

export const ANALYSIS_GLOBAL = '__samenspraakAnalysis';

export function createAnalysisLoader(requestInjection: () => Promise<unknown>): () => Promise<AnalysisPort> {
  let loading: Promise<AnalysisPort> | null = null;
  const present = () => (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] as AnalysisPort | undefined;
  return () => {
    loading ??= (async () => {
      if (!present()) await requestInjection();
      const port = present();
      if (!port) throw new Error('The analysis script did not load in this frame.');
      return port;
    })();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
}
