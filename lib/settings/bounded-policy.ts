// The organisation's policy as the note scripts get it: read from storage.managed once per
// change, in the background, and cut to what Samenspraak can use (issue 13, item 7). Before,
// every frame read the whole policy on its first focus, on the page's main thread: copying
// a policy of a million packs into a frame took 16 s here. The patterns of the packs that
// remain (50 at most, each at most PACK_LIMITS.packChars) are still checked by the analysis
// script in the frame, which has the taggers loaded anyway: the checker needs compromise,
// and loading it into the service worker would cost every wake of the worker (measured
// 200 ms more per wake here), with or without a policy.
import { PACK_LIMITS, tooLarge } from '../analysis/rule-pack';
import { parsePolicy } from './policy';

/** The managed policy in its own format (public/managed_schema.json), cut to size: parsePolicy reads it. */
export interface BoundedPolicy {
  disabledRules: string[];
  rulePacks: unknown[];
  lockedSettings: Record<string, unknown>;
}

/** The policy with what parsePolicy keeps, no more packs than are ever used, and none too large to read. */
export function boundedPolicy(raw: unknown): BoundedPolicy {
  const { disabledRules, rulePacks, locked } = parsePolicy(raw);
  return { disabledRules, rulePacks: rulePacks.slice(0, PACK_LIMITS.packs).filter((pack) => tooLarge(pack) === null), lockedSettings: locked };
}

export interface PolicyCache {
  /** The policy for frames; read on the first ask after a change, then the same answer. */
  get(): Promise<BoundedPolicy>;
  /** IT changed the policy: read it again, now, so no frame waits for it. */
  changed(): void;
}

/**
 * `read` gives the raw managed policy (null without one); one read per change. `onRead` gets
 * that same raw policy (the background takes the organisation's sites from it), so a large
 * policy is read once per change, not once for the sites and once for the frames.
 */
export function createPolicyCache(read: () => Promise<unknown>, onRead: (raw: unknown) => void = () => undefined): PolicyCache {
  let current: Promise<BoundedPolicy> | null = null;
  const run = () =>
    (current = read().then(
      (raw) => {
        onRead(raw);
        return boundedPolicy(raw);
      },
      () => boundedPolicy(null),
    ));
  return {
    get: () => current ?? run(),
    changed() {
      run();
    },
  };
}
