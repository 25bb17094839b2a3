// Organisation policy from storage.managed (set by IT through Chrome/Edge or Firefox
// policies, see README and public/managed_schema.json). It may switch sites on for everyone
// (read by lib/sites/policy-sites.ts), disable rules, add rule packs and lock settings; the UI
// shows locked settings as set by the organisation. A missing or malformed policy is
// treated as no policy.
import type { Settings } from './settings';

export interface Policy {
  disabledRules: string[];
  /** Rule packs as parsed JSON; validated like an imported pack before use. */
  rulePacks: unknown[];
  /** Settings fixed by the organisation; the user cannot change these. */
  locked: Partial<Settings>;
}

/**
 * The most of each list a policy is read for. A policy is IT's data, but a broken one
 * (a million entries) must not cost every frame seconds: far above what an organisation
 * needs (Samenspraak has some 300 rules), small enough to read in a moment.
 */
export const POLICY_LIMITS = { sites: 500, disabledRules: 2000 };

export const NO_POLICY: Policy = { disabledRules: [], rulePacks: [], locked: {} };

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const record = raw as Record<string, unknown>;
  const locked: Partial<Settings> = {};
  const settings = typeof record.lockedSettings === 'object' && record.lockedSettings !== null ? (record.lockedSettings as Record<string, unknown>) : {};
  if (settings.sensitivity === 'strict' || settings.sensitivity === 'balanced' || settings.sensitivity === 'relaxed') locked.sensitivity = settings.sensitivity;
  if (settings.lang === 'auto' || settings.lang === 'nl' || settings.lang === 'en') locked.lang = settings.lang;
  if (Array.isArray(settings.disabledCategories)) {
    locked.disabledCategories = strings(settings.disabledCategories).filter(
      (category): category is Settings['disabledCategories'][number] => ['directive', 'judgmental', 'interpretation'].includes(category),
    );
  }
  return {
    disabledRules: strings(record.disabledRules).slice(0, POLICY_LIMITS.disabledRules),
    rulePacks: Array.isArray(record.rulePacks) ? record.rulePacks : [],
    locked,
  };
}

/** The settings in force: the user's, with the organisation's locked values and disabled rules on top. */
export function effectiveSettings(user: Settings, policy: Policy): Settings {
  return {
    ...user,
    ...policy.locked,
    disabledRules: [...new Set([...user.disabledRules, ...policy.disabledRules])],
  };
}

type ManagedStorage = { get(): Promise<Record<string, unknown>> } | undefined;

/**
 * The browser's managed storage area, read loosely: the typings declare it everywhere, and a
 * browser or test double without it should give "no policy" (readManaged), not a TypeError.
 */
export function managedArea(storage: object): ManagedStorage {
  return (storage as { managed?: ManagedStorage }).managed;
}

/** The managed policy as stored; browsers without one (or without managed storage) give null. */
export async function readManaged(managed: ManagedStorage): Promise<unknown> {
  if (!managed) return null;
  try {
    return await managed.get();
  } catch {
    return null;
  }
}

/** Reads the managed policy; browsers without one (or without managed storage) give NO_POLICY. */
export async function readPolicy(managed: ManagedStorage): Promise<Policy> {
  return parsePolicy(await readManaged(managed));
}
