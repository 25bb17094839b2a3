// The Dutch language module: tagger, rewriters and the rule packs in rules/nl/.
import nlp from 'compromise/one';
import directive from '../../../rules/nl/directive.json';
import interpretation from '../../../rules/nl/interpretation.json';
import judgmental from '../../../rules/nl/judgmental.json';
import attendance from '../../../rules/nl/lexicon/attendance.json';
import type { LanguageModule } from '../engine';
import { loadBuiltInPacks } from '../packs';
import { DUTCH_REWRITERS } from './rewrites';
import { dutchHookWords, parseDutch } from './tagger';
import { unfronted } from './unfronted';

/** The rule pack files as data, by path (their patterns are checked in rule-packs.test.ts). */
export const DUTCH_PACK_FILES: Record<string, unknown> = {
  'rules/nl/directive.json': directive,
  'rules/nl/judgmental.json': judgmental,
  'rules/nl/interpretation.json': interpretation,
};

export const dutch: LanguageModule = {
  lang: 'nl',
  parse: parseDutch,
  compile: (pattern) => nlp.parseMatch(pattern),
  hookWords: dutchHookWords,
  rewriters: DUTCH_REWRITERS,
  packs: loadBuiltInPacks(DUTCH_PACK_FILES, new Set(Object.keys(DUTCH_REWRITERS))),
  attendance,
  simplifiers: [unfronted],
};
