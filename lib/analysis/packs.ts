// Validates the built-in rule packs' structure at load, so a broken edit fails loudly, by
// name. Their patterns are checked by the tests (rule-packs.test.ts reads every one with
// compromise's parser against the language's tags), not here: the check parses each pattern
// once more than compiling does, some 140 ms on every page that loads the analysis.
import { validateRulePack, type RulePack } from './rule-pack';

export function loadBuiltInPacks(files: Record<string, unknown>, rewriters: ReadonlySet<string>): RulePack[] {
  return Object.entries(files).map(([file, data]) =>
    validateRulePack(data, file, {
      knownRewriters: () => rewriters,
      checkPattern: () => null,
    }),
  );
}
