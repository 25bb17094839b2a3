// Leaving out a label that stands beside the sentence rather than in it: an aside between
// commas ("Dad, a hothead, kicked off" → "Dad kicked off"; "The parents, who are frankly
// reckless, must not ..."), a fronted one ("Smug and self-satisfied, Dad is ..." → "Dad
// is ..."), or a list of labels before a noun ("her possessive and jealous partner" → "her
// partner"). What is left is the sentence's own clause, untouched, so it stays grammatical;
// an aside that says more than the label ("a thug with a long record", "a dim young woman
// of nineteen") is left alone, because what goes must be nothing but the verdict.
import type { RewriteInput, Rewriter } from '../engine';
import { capitalise } from '../letter-case';

export interface AsideWords {
  /** Words that label a person (adjectives and nouns), lower case. */
  labels: ReadonlySet<string>;
  /** Nouns an aside's label may stand before and go with ("a sullen boy", "a rude man"). */
  personNouns: ReadonlySet<string>;
  /** People the note is about: a word an aside may follow ("the grandmother, a ..."). */
  people: ReadonlySet<string>;
}

/** Degree and stance words inside a label list ("rather dim", "frankly reckless", "a known troublemaker"). */
const DEGREE = new Set(
  'very so quite rather too really extremely increasingly completely totally utterly hopelessly incredibly pretty fairly somewhat frankly such known notorious proper utter real bit little'.split(' '),
);
const JOINER = new Set(['and', 'or', 'but']);
/** How far a phrase may run after the labels ("with staff", "about the divorce", "at home and at school alike"). */
const SCOPE_OPENER = new Set(['with', 'about', 'towards', 'toward', 'to', 'at', 'around', 'since', 'where']);
const SCOPE_WORDS = 7;
/** The link verbs of a relative clause that says only a label ("who is frankly reckless"). */
const RELATIVE = /^who (?:is|are|was|were|can be|could be|has been|have been|had been|has become|have become)\s+/i;
/** Words of a fronted label phrase after the labels: "Pig-headed as always", "Selfish as she is". */
const AS_TAIL = /^as (?:ever|always|usual|(?:she|he|they) (?:is|are|was|were))$/i;

const bare = (word: string) => word.toLowerCase().replace(/[,.]$/, '');

/**
 * The index after a list of labels that starts at `from` ("needy, demanding and scatty",
 * "rather dim and gullible"), or -1; `nouns` lets label nouns end it ("a known troublemaker").
 */
function labelList(words: readonly string[], from: number, words_: AsideWords): number {
  let at = from;
  let end = -1;
  for (;;) {
    while (at < words.length && DEGREE.has(bare(words[at] ?? ''))) at++;
    const word = words[at] ?? '';
    if (!words_.labels.has(bare(word))) return end;
    at++;
    end = at;
    if (/,$/.test(word)) continue;
    // "drama queen", "known drug user": the words of one label of several words.
    if (words_.labels.has(bare(words[at] ?? ''))) continue;
    if (JOINER.has(bare(words[at] ?? ''))) {
      at++;
      // "a troublemaker and a bad influence": the next label of the list with its own article.
      if (/^an?$/i.test(words[at] ?? '') && words_.labels.has(bare(words[at + 1] ?? ''))) at++;
      continue;
    }
    return end;
  }
}

/** Whether `words[from..]` is a short phrase that only says where the label holds ("with staff", "about paperwork"). */
function scopeOnly(words: readonly string[], from: number): boolean {
  if (from === words.length) return true;
  return SCOPE_OPENER.has(bare(words[from] ?? '')) && words.length - from <= SCOPE_WORDS && !words.slice(from).some((word) => /,/.test(word));
}

/** "a bit of a drama queen": the hedge before a label noun goes with it. */
const BIT_OF = /^an? (?:little )?bit of (?=an? )/i;

/** An aside that is nothing but a label: "a hothead", "a sullen and uncommunicative boy", "who is very needy", "ever the victim". */
function labelOnly(aside: string, words_: AsideWords): boolean {
  const relative = RELATIVE.exec(aside);
  const words = (relative ? aside.slice(relative[0].length) : aside).replace(BIT_OF, '').split(/\s+/);
  // A frequency word is part of what the clause claims ("who has always been hostile"): not ours to drop.
  if (words.some((word) => /^(always|never)$/i.test(bare(word)))) return false;
  if (relative) {
    // "who is a spiteful child", "who are both hopelessly disorganised": an article or "both" before the labels.
    const from = /^(an?|both)$/i.test(words[0] ?? '') ? 1 : 0;
    const end = labelList(words, from, words_);
    if (end > 0 && from === 1 && /^an?$/i.test(words[0] ?? '') && end === words.length - 1 && words_.personNouns.has(bare(words[end] ?? ''))) return true;
    return end > 0 && scopeOnly(words, end);
  }
  if (/^ever the$/i.test(words.slice(0, 2).join(' '))) return words.length === 3 && words_.labels.has(bare(words[2] ?? ''));
  if (/^an?$/i.test(words[0] ?? '')) {
    const end = labelList(words, 1, words_);
    const last = bare(words[words.length - 1] ?? '');
    // "a hothead": the list is the noun; "a rude and ignorant man": the list and a person noun.
    if (end === words.length) return words_.labels.has(last);
    return end > 0 && end === words.length - 1 && words_.personNouns.has(last);
  }
  const end = labelList(words, 0, words_);
  return end > 0 && scopeOnly(words, end);
}


/**
 * The label words with the words of this sentence's labels of several words, which the
 * lexicon tagged as one ("soft touch", "drama queen", "known drug user"): each word of such a
 * label counts as a label word of a list.
 */
function withPhraseLabels(words_: AsideWords, input: RewriteInput): AsideWords {
  const joined = (input.terms ?? []).filter((term) => term.tags.has('JoinedLabel') || term.tags.has('LabelNoun')).map((term) => bare(term.text));
  return joined.length === 0 ? words_ : { ...words_, labels: new Set([...words_.labels, ...joined]) };
}

export function dropAside(lexicon: AsideWords): Rewriter {
  return (input) => {
    const { sentence, focus } = input;
    const words_ = withPhraseLabels(lexicon, input);
    // Fronted: "Smug and self-satisfied, Dad ...", "Being such a wilful and headstrong boy, Jamie ...".
    const comma = sentence.indexOf(', ');
    if (comma > focus.start - 1 && comma >= focus.end && !sentence.slice(0, comma).includes(',')) {
      const fronted = sentence.slice(0, comma).replace(/^being (?:such )?(?=an? )/i, '');
      const words = fronted.split(/\s+/);
      const article = /^an?$/i.test(words[0] ?? '') ? 1 : 0;
      const end = labelList(words, article, words_);
      const rest = words.slice(end).join(' ');
      const last = bare(words[words.length - 1] ?? '');
      const nounEnds = article === 1 && end === words.length - 1 && words_.personNouns.has(last);
      const fits = end > 0 && (article === 0 ? scopeOnly(words, end) || AS_TAIL.test(rest) : nounEnds || (end === words.length && words_.labels.has(last)));
      if (fits && !words.some((word) => /^(not|never|no)$/i.test(word))) {
        const after = sentence.slice(comma + 2);
        if (/^[\p{L}]/u.test(after)) return capitalise(after);
      }
      return null;
    }
    // Between commas, after the person it describes: "Kyle, a sullen and uncommunicative boy, sat ...".
    const commas = [...sentence.matchAll(/,/g)].map((found) => found.index ?? 0);
    const opens = commas.filter((at) => at < focus.start).reverse().slice(0, 3);
    const closes = commas.filter((at) => at >= focus.end).slice(0, 3);
    for (const open of opens) {
      for (const close of closes) {
        const aside = sentence.slice(open + 1, close).trim();
        if (!labelOnly(aside, words_)) continue;
        const before = sentence.slice(0, open);
        const previous = /(\S+)$/.exec(before)?.[1] ?? '';
        // The aside describes the person right before it ("Dad, a hothead, ..."), not a list's last item.
        if (!words_.people.has(bare(previous)) && !/^\p{Lu}/u.test(previous)) return null;
        if (commas.some((at) => at < open && at > open - 2)) return null;
        return before + sentence.slice(close + 1);
      }
    }
    return null;
  };
}

/** "her possessive and jealous partner" → "her partner": a list of labels before its noun, with the determiner kept. */
export function dropLabelList(words_: AsideWords, determiners: ReadonlySet<string>, copulas: ReadonlySet<string>): Rewriter {
  return (input) => {
    const { sentence, focus } = input;
    const before = sentence.slice(0, focus.start);
    // Walk back from the focus over the list's earlier words to the determiner.
    const tokens = before.split(/(\s+)/).filter((token) => token !== '');
    let at = tokens.length;
    while (at > 0) {
      const token = tokens[at - 1] ?? '';
      if (/^\s+$/.test(token) || words_.labels.has(bare(token)) || JOINER.has(bare(token)) || DEGREE.has(bare(token))) at--;
      else break;
    }
    const opener = tokens[at - 1] ?? '';
    const head = tokens.slice(0, at).join('');
    const startsAt = head.length + (/^\s*/.exec(sentence.slice(head.length))?.[0].length ?? 0);
    const possessive = /['’]s$/.test(opener);
    if (!determiners.has(opener.toLowerCase()) && !possessive) return null;
    if (/^an?$/i.test(opener)) return null;
    const previous = bare(/(\S+)\s+\S+\s*$/.exec(head)?.[1] ?? '');
    if (copulas.has(previous)) return null;
    const words = sentence.slice(startsAt).split(/\s+/).filter(Boolean);
    const end = labelList(words, 0, words_);
    // One label is dropAttributiveLabel's; here a list of them, joined ("possessive and jealous").
    if (end < 3) return null;
    const noun = words[end] ?? '';
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(noun) || words_.labels.has(bare(noun)) || JOINER.has(bare(noun))) return null;
    const listText = words.slice(0, end).join(' ');
    if (!sentence.slice(startsAt).startsWith(listText)) return null;
    return `${sentence.slice(0, startsAt)}${sentence.slice(startsAt + listText.length).trimStart()}`;
  };
}
