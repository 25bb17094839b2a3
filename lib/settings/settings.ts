// The user's settings as a versioned storage item. Kept in storage.local, not sync: synced
// storage travels through the browser vendor's servers, and the product promises that
// nothing leaves the browser. Note text is never stored; the ignore list keeps a rule id and
// a bounded key of the flagged words (lib/settings/ignore-key.ts), nothing more.
import { storage } from 'wxt/utils/storage';
import { definedOnFirstUse } from './defined-on-first-use';
import type { Category, FindingType, LangOption } from '../analysis/types';
import { ignoreKey, isBoundedEntry, type IgnoredPhrase } from './ignore-key';
import { DEFAULT_NEXT_FINDING_SHORTCUT } from './shortcuts';

// Defined beside the key it holds; settings store a list of them.
export type { IgnoredPhrase };

export type Sensitivity = 'strict' | 'balanced' | 'relaxed';

export interface Settings {
  /** Categories not shown. @default [] */
  disabledCategories: Category[];
  /** Finding types not shown, within the sensitivity. @default [] (added in version 2) */
  disabledTypes: FindingType[];
  /** Rule ids not shown. @default [] */
  disabledRules: string[];
  /** How much to show. @default 'balanced' */
  sensitivity: Sensitivity;
  /** Analysis language; 'auto' detects it per note. @default 'auto' */
  lang: LangOption;
  /** Findings the user chose to ignore everywhere. @default [] */
  ignored: IgnoredPhrase[];
  /** The key in a note that opens the next finding, as noteShortcut writes it. @default 'Alt+Shift+N' (added in version 4) */
  nextFindingShortcut: string;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  disabledTypes: [],
  disabledRules: [],
  sensitivity: 'balanced',
  lang: 'auto',
  ignored: [],
  nextFindingShortcut: DEFAULT_NEXT_FINDING_SHORTCUT,
};

/** Which finding types each sensitivity shows. */
export const SENSITIVITY_TYPES: Record<Sensitivity, readonly FindingType[]> = {
  relaxed: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'label', 'credibility', 'stereotype'],
  balanced: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative', 'label', 'credibility', 'refusal', 'absolute', 'stereotype'],
  strict: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative', 'label', 'credibility', 'refusal', 'absolute', 'stereotype', 'interpretation-as-fact'],
};

/**
 * Defined on first use, not at import: WXT reads storage to run an item's migrations when it
 * is defined, which a note script's page load need not pay before a note is focused.
 */
export const settingsItem = definedOnFirstUse(() =>
  storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 4,
    migrations: {
      // Version 2 added per-type switches; earlier settings had none switched off.
      2: (old: Omit<Settings, 'disabledTypes'>): Settings => ({ ...old, disabledTypes: [] }),
      // Version 3 keeps only bounded keys: earlier versions stored the whole underlined span,
      // which a wide custom rule made a whole sentence. An entry too long for a key goes.
      3: (old: Settings): Settings => ({ ...old, ignored: boundedIgnoreList(old.ignored ?? []) }),
      // Version 4 let the user change the in-note shortcut; before, it was always the default.
      4: (old: Omit<Settings, 'nextFindingShortcut'>): Settings => ({ ...old, nextFindingShortcut: DEFAULT_NEXT_FINDING_SHORTCUT }),
    },
  }),
);

/** The settings as a note script reads and writes them: settingsItem in the extension (storedSettings), a plain object in a test. */
export interface SettingsSource {
  get(): Promise<Settings>;
  set(settings: Settings): Promise<void>;
  /** Calls `changed` after every change, from any part of the extension; returns what stops it. */
  watch(changed: () => void): () => void;
}

export const storedSettings: SettingsSource = {
  get: () => settingsItem().getValue(),
  set: (settings) => settingsItem().setValue(settings),
  watch: (changed) => settingsItem().watch(() => changed()),
};

/** The types to show: the sensitivity's, less the ones switched off. */
export function enabledTypes(settings: Settings): FindingType[] {
  return SENSITIVITY_TYPES[settings.sensitivity].filter((type) => !settings.disabledTypes.includes(type));
}

/** Fills fields a stored value lacks (written by an older version) with their defaults. */
export function completeSettings(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

/** The entries that are, or shorten to, a bounded key; the rest are dropped. */
export function boundedIgnoreList(entries: readonly IgnoredPhrase[]): IgnoredPhrase[] {
  const kept: IgnoredPhrase[] = [];
  for (const entry of entries) {
    const phrase = typeof entry?.phrase === 'string' ? ignoreKey(entry.phrase) : null;
    const bounded = phrase === null ? null : { ruleId: entry.ruleId, phrase };
    if (bounded && isBoundedEntry(bounded) && !kept.some((other) => other.ruleId === bounded.ruleId && other.phrase === bounded.phrase)) kept.push(bounded);
  }
  return kept;
}

/** Adds an entry; one that is more than a rule id and a key is refused (the settings stay as they were). */
export function withIgnored(settings: Settings, ignored: IgnoredPhrase): Settings {
  if (!isBoundedEntry(ignored)) return settings;
  const exists = settings.ignored.some((entry) => entry.ruleId === ignored.ruleId && entry.phrase === ignored.phrase);
  return exists ? settings : { ...settings, ignored: [...settings.ignored, ignored] };
}

export function withoutIgnored(settings: Settings, ignored: IgnoredPhrase): Settings {
  return { ...settings, ignored: settings.ignored.filter((entry) => !(entry.ruleId === ignored.ruleId && entry.phrase === ignored.phrase)) };
}
