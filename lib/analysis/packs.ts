// Validates rule packs against a language's rewriters and tags. Built-in packs are
// checked at load as well as in the tests, so a broken edit fails loudly, by name.
import { checkPattern } from './pattern-check';
import { validateRulePack, type RulePack } from './rule-pack';

export function loadBuiltInPacks(
  files: Record<string, unknown>,
  rewriters: ReadonlySet<string>,
  tags: ReadonlySet<string>,
): RulePack[] {
  return Object.entries(files).map(([file, data]) =>
    validateRulePack(data, file, {
      knownRewriters: () => rewriters,
      checkPattern: (pattern) => checkPattern(pattern, tags),
    }),
  );
}
