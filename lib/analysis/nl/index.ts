// The Dutch language module: tagger, rewriters and the rule packs in rules/nl/.
import nlp from 'compromise/one';
import directive from '../../../rules/nl/directive.json';
import interpretation from '../../../rules/nl/interpretation.json';
import judgmental from '../../../rules/nl/judgmental.json';
import type { LanguageModule } from '../engine';
import { loadBuiltInPacks } from '../packs';
import { DUTCH_REWRITERS } from './rewrites';
import { dutchHookWords, parseDutch } from './tagger';
import { DUTCH_TAGS } from './tagset';

export const dutch: LanguageModule = {
  lang: 'nl',
  parse: parseDutch,
  compile: (pattern) => nlp.parseMatch(pattern),
  hookWords: dutchHookWords,
  rewriters: DUTCH_REWRITERS,
  packs: loadBuiltInPacks(
    { 'rules/nl/directive.json': directive, 'rules/nl/judgmental.json': judgmental, 'rules/nl/interpretation.json': interpretation },
    new Set(Object.keys(DUTCH_REWRITERS)),
    new Set(DUTCH_TAGS),
  ),
};
