// Custom rule packs: imported by the user (settings page, validated there) or set by the
// organisation. They are handed on as raw JSON and validated again by the analysis script
// before use (lib/analysis/custom-packs.ts), so the light note script never loads the
// validator, and a pack a newer version would reject is dropped rather than run.
import { storage } from 'wxt/utils/storage';
import { definedOnFirstUse } from './defined-on-first-use';
import type { Policy } from './policy';

/** Defined on first use, like settingsItem (settings.ts). */
export const customPacksItem = definedOnFirstUse(() => storage.defineItem<unknown[]>('local:customRulePacks', { fallback: [], version: 1 }));

/** The organisation's packs first: when custom packs pass the pattern budget, theirs stay. */
export async function loadRawRulePacks(policy: Policy, readCustom: () => Promise<readonly unknown[]> = () => customPacksItem().getValue()): Promise<unknown[]> {
  return [...policy.rulePacks, ...(await readCustom())];
}
