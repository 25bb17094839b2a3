// The user's settings as a versioned storage item. Kept in storage.local, not sync: synced
// storage travels through the browser vendor's servers, and the product promises that
// nothing leaves the browser. Note text is never stored; the ignore list keeps a rule id and
// the shortest phrase needed to recognise the finding again.
import { storage } from 'wxt/utils/storage';
import type { Category, FindingType, LangOption } from './analysis/types';

export type Sensitivity = 'strict' | 'balanced' | 'relaxed';

export interface IgnoredPhrase {
  ruleId: string;
  /** The underlined words only (lower case), never the sentence around them. */
  phrase: string;
}

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
  /** Findings the user chose to ignore. @default [] */
  ignored: IgnoredPhrase[];
}

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  disabledTypes: [],
  disabledRules: [],
  sensitivity: 'balanced',
  lang: 'auto',
  ignored: [],
};

/** Which finding types each sensitivity shows. */
export const SENSITIVITY_TYPES: Record<Sensitivity, readonly FindingType[]> = {
  relaxed: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'label', 'credibility', 'stereotype'],
  balanced: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative', 'label', 'credibility', 'refusal', 'absolute', 'stereotype'],
  strict: ['obligation', 'restriction', 'unilateral-decision', 'instruction', 'expectation', 'imperative', 'label', 'credibility', 'refusal', 'absolute', 'stereotype', 'interpretation-as-fact'],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 2 added per-type switches; earlier settings had none switched off.
    2: (old: Omit<Settings, 'disabledTypes'>): Settings => ({ ...old, disabledTypes: [] }),
  },
});

/** The types to show: the sensitivity's, less the ones switched off. */
export function enabledTypes(settings: Settings): FindingType[] {
  return SENSITIVITY_TYPES[settings.sensitivity].filter((type) => !settings.disabledTypes.includes(type));
}

/** Fills fields a stored value lacks (written by an older version) with their defaults. */
export function completeSettings(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export function withIgnored(settings: Settings, ignored: IgnoredPhrase): Settings {
  const exists = settings.ignored.some((entry) => entry.ruleId === ignored.ruleId && entry.phrase === ignored.phrase);
  return exists ? settings : { ...settings, ignored: [...settings.ignored, ignored] };
}

export function withoutIgnored(settings: Settings, ignored: IgnoredPhrase): Settings {
  return { ...settings, ignored: settings.ignored.filter((entry) => !(entry.ruleId === ignored.ruleId && entry.phrase === ignored.phrase)) };
}
