// The English language module: compromise's tagger behind the hook filter, our
// rewriters and the rule packs in rules/en/.
import nlp from 'compromise/two';
import directive from '../../../rules/en/directive.json';
import interpretation from '../../../rules/en/interpretation.json';
import judgmental from '../../../rules/en/judgmental.json';
import attendance from '../../../rules/en/lexicon/attendance.json';
import type { LanguageModule } from '../engine';
import { loadBuiltInPacks } from '../packs';
import { ENGLISH_REWRITERS } from './rewrites';
import { englishHookWords, parseEnglish } from './tagger';

/** The rule pack files as data, by path (their patterns are checked in rule-packs.test.ts). */
export const ENGLISH_PACK_FILES: Record<string, unknown> = {
  'rules/en/directive.json': directive,
  'rules/en/judgmental.json': judgmental,
  'rules/en/interpretation.json': interpretation,
};

export const english: LanguageModule = {
  lang: 'en',
  parse: parseEnglish,
  compile: (pattern) => nlp.parseMatch(pattern),
  hookWords: englishHookWords,
  rewriters: ENGLISH_REWRITERS,
  packs: loadBuiltInPacks(ENGLISH_PACK_FILES, new Set(Object.keys(ENGLISH_REWRITERS))),
  attendance,
};
