// The phrase lexicons (rules/<lang>/lexicon/phrases.json) are data the rules grow with:
// well-formed, a phrase found as a whole even across a clause start, and one that judges
// only when said of a family member stays quiet about a bus or the writer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { PHRASE_CLASSES, type PhraseLexicon } from '../../../lib/analysis/phrase-lexicon';
import english from '../../../rules/en/lexicon/phrases.json';
import dutch from '../../../rules/nl/lexicon/phrases.json';

const spans = (text: string, lang: 'nl' | 'en') => analyze(text, { lang }).map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe.each([['nl', dutch], ['en', english]] as const)('rules/%s/lexicon/phrases.json', (lang, file) => {
  const lexicon = file as PhraseLexicon;
  it('is well-formed: its language, known classes, lower-case entries without punctuation', () => {
    expect(lexicon.lang).toBe(lang);
    expect(Object.keys(lexicon.classes).every((name) => (PHRASE_CLASSES as readonly string[]).includes(name))).toBe(true);
    for (const entries of Object.values(lexicon.classes)) {
      for (const entry of entries) {
        for (const form of [entry.phrase, ...(entry.forms ?? [])]) {
          expect(form).toBe(form.toLowerCase());
          expect(form).not.toMatch(/[.,;:!?"]/);
        }
      }
    }
  });
});

describe('phrases in notes', () => {
  it('Dutch: a whole phrase, also where a clause opener stands inside it', () => {
    expect(spans('Vader faalt als ouder.', 'nl')).toContain('interpretation-as-fact:faalt als ouder');
    expect(spans('Ze gebruikt haar migraine als excuus.', 'nl')).toContain('credibility:als excuus');
  });

  it('Dutch: a habit word about the parent, not about the school or the writer', () => {
    expect(spans('Moeder kwam wederom te laat op de afspraak.', 'nl').some((span) => span.startsWith('absolute:wederom'))).toBe(true);
    expect(spans('De school stuurde wederom een brief over het verzuim.', 'nl')).toEqual([]);
  });

  it('English: a habit phrase beside the clause it is said of, not about a bus', () => {
    expect(spans('Predictably, dad forgot the form.', 'en')).toContain('absolute:Predictably');
    expect(spans('The 40 bus was late yet again, so we started at ten past.', 'en')).toEqual([]);
  });

  it("English: a phrase with a speech verb in it is the writer's aside, not reported speech", () => {
    expect(spans('Needless to say, dad did not turn up.', 'en')).toContain('absolute:Needless to say');
    // Still said of a person only: the agreement is not the family.
    expect(spans('Needless to say, the court order still stands.', 'en')).toEqual([]);
  });

  it('English: a phrase with a contraction in it', () => {
    expect(spans("Mum just doesn't get it when it comes to bedtimes.", 'en').some((span) => span.startsWith('interpretation-as-fact:'))).toBe(true);
  });
});

describe('leaving a habit phrase out', () => {
  it('never drops a negation with it', () => {
    const text = 'Moeder was wederom niet thuis toen ik aanbelde.';
    const rewrites = analyze(text, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));
    expect(rewrites.some((rewrite) => !/\bniet\b/.test(rewrite))).toBe(false);
  });
});

describe('leaving a habit phrase out, part two', () => {
  it('never drops what happened with it ("wederom te laat" is no adverb)', () => {
    const text = 'Moeder kwam wederom te laat op de afspraak.';
    const rewrites = analyze(text, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));
    expect(rewrites.every((rewrite) => rewrite.includes('te laat'))).toBe(true);
  });
});

describe('a phrase with a person slot ("{ouder}")', () => {
  it('is found with any word for a parent in the slot, and not with another noun there', () => {
    expect(spans('Mum has failed as a carer.', 'en')).toContain('interpretation-as-fact:has failed as a carer');
    expect(spans('Dad has failed as a father.', 'en')).toContain('interpretation-as-fact:has failed as a father');
    expect(spans('Dad has failed as a baker.', 'en')).toEqual([]);
    expect(spans('Ze vertelde het pas na drie weken, typisch vader.', 'nl')).toContain('absolute:typisch vader');
    expect(spans('Het was typisch Hollands weer.', 'nl')).toEqual([]);
  });
});
