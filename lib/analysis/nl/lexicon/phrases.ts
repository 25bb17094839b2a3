import file from '../../../../rules/nl/lexicon/phrases.json';
import { phraseWords, type PhraseLexicon } from '../../phrase-lexicon';
import { PARENT } from './people';

/** Doubt, habit, deficit, motive and stereotype phrases, as [tag, words] lists. */
export const PHRASE_LISTS = phraseWords(file as PhraseLexicon, PARENT);
