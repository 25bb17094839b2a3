// Finds a browser the way the scripts and tests all do: the user's own path first, else the
// usual install locations.
import { existsSync } from 'node:fs';

/** `wanted` (from the user's environment) wins, even when missing; otherwise the first candidate that exists. Null when none does. */
export function findExecutable(wanted: string | undefined, candidates: readonly string[]): string | null {
  if (wanted) return existsSync(wanted) ? wanted : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}
