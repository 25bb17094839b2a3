// Motives and feelings stated as fact: a reason clause that gives a feeling or a belief as
// the cause of what someone does, and (English) a feeling said of a family member in the
// present tense. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze, type Lang } from '../../../lib/analysis';

const interpretations = (lang: Lang, sentence: string) =>
  analyze(sentence, { lang })
    .filter((finding) => finding.category === 'interpretation')
    .map((finding) => ({ rule: finding.ruleId, span: sentence.slice(finding.start, finding.end) }));

describe('a reason clause that states a motive (nl)', () => {
  it.each([
    ['Opa belt de school niet terug omdat hij bang is dat ze over de schulden beginnen.', 'bang is'],
    ['De tweeling blijft op de gang staan, omdat ze zich schamen voor de kapotte schoenen.', 'schamen voor de kapotte schoenen'],
    ['Moeder tekent de papieren niet doordat ze denkt dat de kinderen dan worden weggehaald.', 'denkt'],
    ['Omdat vader het de school kwalijk neemt, komt hij niet meer naar de ouderavond.', 'kwalijk neemt'],
  ])('%s', (sentence, span) => {
    expect(interpretations('nl', sentence)).toContainEqual({ rule: 'nl-interpretation-reason-state', span });
  });

  it.each([
    'Moeder vertelt dat ze de school niet terugbelt omdat ze bang is voor het gesprek.',
    'Mijn inschatting is dat opa niet belt omdat hij zich schaamt.',
    'Vader kwam later omdat de trein uitviel.',
    'Ik bel de school morgen omdat ik bang ben dat het anders te laat is.',
    'Volgens oma eet de jongen slecht omdat hij bang is voor de nieuwe school.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('nl', sentence).filter((found) => found.rule === 'nl-interpretation-reason-state')).toEqual([]);
  });

  it('ends the reason at the sentence end, not at the dot of "dhr." or "9.30"', () => {
    const sentence = 'Vader zegt de gesprekken af omdat hij bang is dat dhr. Jansen om 9.30 uur hem de schuld geeft.';
    const texts = analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));
    expect(texts).toContain('Vader zegt de gesprekken af.');
  });

  it('offers the sentence without the inferred reason', () => {
    const sentence = 'Opa belt de school niet terug omdat hij bang is dat ze over de schulden beginnen.';
    const texts = analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text));
    expect(texts).toContain('Opa belt de school niet terug.');
  });
});

describe('feelings stated as fact (en)', () => {
  it.each([
    ['Nan is ashamed of how little food is in the cupboards.', 'en-interpretation-present-feeling', 'ashamed'],
    ['Mum feels guilty about the missed visits.', 'en-interpretation-present-feeling', 'guilty about the missed visits'],
    ['Kyle is intimidated by the older boys on the estate.', 'en-interpretation-present-feeling', 'intimidated by the older boys on the estate'],
    ['Mum keeps the door on the chain because she is frightened of her ex-partner.', 'en-interpretation-reason-feeling', 'frightened of her ex-partner'],
    ['Grandad refuses the carers because he thinks they will report him.', 'en-interpretation-reason-feeling', 'thinks they will report him'],
    // "he" after "the school gate" is still Dad: a he or she is never a school or a council.
    ['Dad avoids the school gate because he is embarrassed about his English.', 'en-interpretation-reason-feeling', 'embarrassed about his English'],
  ])('%s', (sentence, rule, span) => {
    expect(interpretations('en', sentence)).toContainEqual({ rule, span });
  });

  it.each([
    'Nan told me she is ashamed of how little food is in the cupboards.',
    'I think Mum feels guilty about the missed visits.', 'He felt ashamed and went home early.',
    'Kyle was jealous when the baby got the first present.',
    'Mum did not notice when the children were frightened of the dog.',
    'I am worried that the case will drift.',
    'Mum is worried about the rent arrears.',
    'I rang the school because I was afraid the letter had not arrived.',
    // A second "that" after "but" is still what she told me.
    'Amy told me that her mum shouts at the school staff but that she is never frightened of her.',
    // Seeing someone at a planned time is no perception.
    'Dad saw the children as planned on Saturday.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('en', sentence).filter((found) => /present-feeling|reason-feeling/.test(found.rule))).toEqual([]);
  });
});
