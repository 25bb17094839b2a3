// English findings the tagger used to lose on who a pronoun points to, on a phrase's own
// speech verb, and on orders and duties in the shapes case notes give them; each kind has
// look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const findings = (text: string, category?: string) =>
  analyze(text, { lang: 'en' })
    .filter((finding) => !category || finding.category === category)
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe('who a pronoun points to', () => {
  it('a professional noun that modifies the next noun, or a group after he/she, is not the person', () => {
    expect(findings('Dad cancelled the school nurse appointment because he could not be bothered to come.', 'interpretation')).toEqual([
      'interpretation-as-fact:could not be bothered to',
    ]);
    expect(findings('Mum shouts at the nursery staff because she enjoys the drama.', 'interpretation')).toEqual(['interpretation-as-fact:enjoys the drama']);
  });

  it('quiet: the professional is the one the pronoun points to', () => {
    expect(findings('Mum spoke to the school nurse because she could not be bothered to ring me.', 'interpretation')).toEqual([]);
    expect(findings('Mum spoke to the health visitor because she was worried about the rash.')).toEqual([]);
  });

  it('a finite auxiliary after a family noun is its verb', () => {
    expect(findings('The couple have no interest in the parenting course.')).toEqual(['interpretation-as-fact:have no interest']);
  });
});

describe('interpretations the phrase lexicon holds', () => {
  it('feelings, seriousness, motives and openness stated as fact', () => {
    expect(findings('Dad feels no remorse about the injury.')).toEqual(['interpretation-as-fact:no remorse']);
    expect(findings('Dad does not take any of this seriously.')).toEqual(['interpretation-as-fact:does not take any of this seriously']);
    expect(findings('Dad was putting on a show for the IRO.')).toEqual(['interpretation-as-fact:putting on a show for']);
    expect(findings('Mum blames the children for the move.')).toEqual(['interpretation-as-fact:blames the children for']);
    expect(findings('Mum is not genuinely open to advice.')).toEqual(['interpretation-as-fact:not genuinely open to advice']);
  });

  it('a speech verb inside the phrase is the writer\'s own wording', () => {
    expect(findings('Once again Dad missed contact, which tells you everything about his priorities.', 'interpretation')).toEqual([
      'interpretation-as-fact:tells you everything about his priorities',
    ]);
  });

  it('quiet: reported by someone else, or a feeling the parent reports', () => {
    expect(findings('Mum said Dad does not take any of this seriously.')).toEqual([]);
    expect(findings('Mum feels nobody at the school listens to her.')).toEqual([]);
    expect(findings('Gran said the visit tells you everything about the area.')).toEqual([]);
  });
});

describe('directive precision', () => {
  it('quiet: an opening "Should" makes a condition, a name before an age is no verb', () => {
    expect(findings('Should Dad want a copy of the minutes, I will post them.')).toEqual([]);
    expect(findings('Children: Noah (6), Lily (3).')).toEqual([]);
  });

  it('the duty after a condition still counts', () => {
    expect(findings('Should Mum not attend, contact will go ahead with Gran, and she must ring the centre by 9.', 'directive')).toEqual(['obligation:must']);
  });

  it('quiet: professionals\' actions, the parent\'s own suggestion, a work duty, team logistics, the writer\'s case work', () => {
    expect(findings('Actions for professionals: Sam to send the referral by Friday.')).toEqual([]);
    expect(findings('- Dad to ring the nursery on Monday, as he suggested.')).toEqual([]);
    expect(findings('Mum has to be at work by 6am on Saturdays, so Gran has the children.')).toEqual([]);
    expect(findings('The team has decided to move the next review to the Family Hub.')).toEqual([]);
    expect(findings('It was decided at the team meeting that I will take over the case in June.')).toEqual([]);
  });

  it('quiet: a decision in discussion with the parents, a note to a colleague, a right the parent has', () => {
    expect(findings('In discussion with mum it was decided that the visits will move to Tuesdays.')).toEqual([]);
    expect(findings('Please note that Mum has asked for a female worker.')).toEqual([]);
    expect(findings('I explained to Dad that he is entitled to bring an advocate.')).toEqual([]);
  });

  it('still flagged: a decision after talking to a manager, the label "entitled"', () => {
    expect(findings('After discussion with my manager I have decided to stop the Friday home visits.', 'directive')).toEqual(['unilateral-decision:decided']);
    expect(findings('She is so entitled.')).toEqual(['label:entitled']);
  });
});

describe('joined orders and duties inside an instruction', () => {
  it('a second order joined by "and" with a verb that is always an order', () => {
    expect(findings('Actions for Dad: book the dentist and bring the forms to the next visit.', 'directive')).toEqual(['imperative:book', 'imperative:bring']);
    expect(findings('Next steps for mum: ring the landlord and keep the rent account up to date.', 'directive')).toEqual(['imperative:ring', 'imperative:keep']);
  });

  it('quiet: the same task going on', () => {
    expect(findings('Keep the sleep diary and bring it to clinic.', 'directive')).toEqual(['imperative:Keep']);
    expect(findings('Action for Mum: ring the GP and book the review.', 'directive')).toEqual(['imperative:ring']);
  });

  it('the restriction or duty the parent was told of', () => {
    expect(findings('Dad has been told that he may not take the children to Wales without our agreement.', 'directive')).toEqual(['restriction:may not']);
    expect(findings('I have told Mr and Mrs Shah that the boys are to be home by 8pm.', 'directive')).toEqual(['obligation:are']);
  });

  it('quiet: someone else told or advised them', () => {
    expect(findings('Mum was told by her landlord that she may not keep the dog.')).toEqual([]);
    expect(findings('Dad was advised by the GP that he must not drive.')).toEqual([]);
  });
});

describe('a label noun in an apposition after a family member', () => {
  it('"Mum, a fantasist, ...", "The father, an alcoholic, ..."', () => {
    expect(findings('Gran, a fantasist, told me she owns a villa.', 'judgmental')).toEqual(['label:a fantasist']);
    expect(findings('The stepfather, an alcoholic, was asleep on the sofa.', 'judgmental')).toEqual(['label:alcoholic']);
    expect(findings('The grandmother, a busybody, rang the school again.', 'judgmental')).toEqual(['label:busybody']);
  });

  it('quiet: an occupation or a neutral description', () => {
    expect(findings('Mum, a nurse, works nights.')).toEqual([]);
    expect(findings('Dad, a keen footballer, coaches the under-9s.')).toEqual([]);
  });
});

describe('a "may" that restricts is no hedge', () => {
  it('a label in the same sentence as "may not" is still a label', () => {
    expect(findings('Dad may not see the children, as he is volatile.', 'judgmental')).toEqual(['label:volatile']);
  });

  it('quiet: the hedging "may"', () => {
    expect(findings('Dad may be volatile at times.')).toEqual([]);
  });
});

describe('an age in brackets after a name', () => {
  it('belongs to the subject: "Kyle (12) is expected to ..."', () => {
    expect(findings('Kyle (12) is expected to go to bed at 9.', 'directive')).toEqual(['expectation:is expected to']);
    expect(findings('Mia (14) has to be home by 8pm.', 'directive')).toEqual(['obligation:has to']);
  });

  it('quiet: the young person\'s own words', () => {
    expect(findings('Kyle (12) said he has to be home by 9.')).toEqual([]);
  });
});
