// Whether new settings change what the analyser computes, or only what is shown of it.
// Saving an ignored phrase changes the settings but not the analysis: sessions then keep
// their analyser, its cache and their mirror and only filter their findings again.
import type { PortOptions } from './note-session';

export function sameAnalysis(a: PortOptions, b: PortOptions): boolean {
  // Small lists and plain JSON packs: compared as text, once per settings change.
  const shape = (options: PortOptions) =>
    JSON.stringify([options.lang ?? null, options.disabledRules ?? [], options.disabledCategories ?? [], options.enabledTypes ?? null, options.rawPacks ?? []]);
  return shape(a) === shape(b);
}
