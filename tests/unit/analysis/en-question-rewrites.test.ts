// English rewrites that invent no agreement: a duty as a question to the parent ("Could Mum
// ...?"), "you need to" as a request, what the writer told a parent to do as what they
// asked, and refusals said as what happened. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

describe('a duty as a question to the parent', () => {
  it.each([
    ['Grandad must lock the shed before the boys visit.', 'Could Grandad lock the shed before the boys visit?'],
    ['She has to book the dental check-up this week.', 'Could she book the dental check-up this week?'],
    ['Until the review, Mum needs to bring Ayla to the clinic every Tuesday.', 'Until the review, could Mum bring Ayla to the clinic every Tuesday?'],
    ['Ms Bright, who works shifts, must give us her rota each month.', 'Could Ms Bright, who works shifts, give us her rota each month?'],
    ['It is essential that dad attends the pre-birth meeting.', 'Could dad attend the pre-birth meeting?'],
    ['The expectation is that Gran keeps the medicines on the top shelf.', 'Could Gran keep the medicines on the top shelf?'],
    ['The expectation is that both carers will be at the review.', 'Could both carers be at the review?'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /obligation|expectation/)).toContain(expected);
  });

  it.each([
    // A threat, a second duty, a negation, a view to take on, a condition: no question says these.
    'Aisha must be home by ten or I will call her YOT worker.',
    'Dad must ring on Mondays and he must not swear at staff.',
    'Mum must not smoke in the car.',
    'Dad must accept that the move is final.',
    'Mum must finish the course before contact can be extended.',
    'Dad had to leave the meeting early.',
  ])('offers no question for %s', (sentence) => {
    expect(rewrites(sentence, /obligation|expectation/).filter((text) => /^Could\b/.test(text))).toEqual([]);
  });
});

describe('"you need to" as a request', () => {
  it.each([
    ['You need to ring the housing officer by Thursday.', 'Could you ring the housing officer by Thursday?'],
    ['Dad, you must bring Theo back by six.', 'Dad, could you bring Theo back by six?'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-imperative-you/)).toEqual([expected]);
  });

  it.each(['You must not leave the twins with Jade.', 'You need to be seen by the GP, no exceptions.'])('offers nothing for %s', (sentence) => {
    expect(rewrites(sentence, /en-imperative-you/)).toEqual([]);
  });
});

describe('what the writer told a parent to do, as what they asked', () => {
  it.each([
    ['I told Gran that she has to keep the gate shut.', 'I asked Gran to keep the gate shut.'],
    ['I have told Dad that he is not to drive the children after a drink.', 'I have asked Dad not to drive the children after a drink.'],
    ['Mum has been told she needs to register with a dentist.', 'Mum has been asked to register with a dentist.'],
    ['Dad was reminded that he must bring the red book.', 'Dad was reminded to bring the red book.'],
    ['We require the carers to keep a sleep diary.', 'We ask the carers to keep a sleep diary.'],
    ['I demanded that Mr Lee open the back bedroom.', 'I asked Mr Lee to open the back bedroom.'],
    ['I gave Dad clear instructions to keep the bleach locked away.', 'I asked Dad to keep the bleach locked away.'],
    ['Gran has been warned that another missed handover will be reported to the court.', 'It has been explained to Gran that another missed handover will be reported to the court.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-instruction|en-obligation|en-restriction/)).toContain(expected);
  });

  it.each([
    // The that-clause is about someone else; "Kyle's" is no person to ask.
    'I told Dad that she must leave the flat.',
    'We insist that Kyle\'s uncle is not at the house.',
  ])('asks no one for %s', (sentence) => {
    expect(rewrites(sentence, /en-instruction|en-obligation/).filter((text) => /\basked?\b/.test(text))).toEqual([]);
  });
});

describe('refusals said as what happened', () => {
  it.each([
    ['Gran was cross and refused to let me see the kitchen.', 'Gran was cross and did not want to let me see the kitchen.'],
    ['Dad did not bother to reply to the school.', 'Dad did not reply to the school.'],
    ['Mum failed yet again to bring Noah to contact.', 'Mum yet again did not bring Noah to contact.'],
    ['The carers ignored my advice about the stair gate.', 'The carers did not follow my advice about the stair gate.'],
    ['Dad, who works nights, ignored two letters from the nursery.', 'Dad, who works nights, did not respond to two letters from the nursery.'],
    ['Stepdad neglected to tell us that he had moved out.', 'Stepdad did not tell us that he had moved out.'],
    ['Gran would not engage with the health visitor.', 'Gran did not want to work with the health visitor.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-refusal/)).toContain(expected);
  });

  it('works with people, not with a plan', () => {
    expect(rewrites('Dad will not cooperate with the safety plan.', /en-refusal/).filter((text) => /work with/.test(text))).toEqual([]);
  });

  it.each(['Mum has once again failed to take Ava to nursery.', 'Dad has refused to sign the form.'])('offers no broken tense for %s', (sentence) => {
    expect(rewrites(sentence, /en-refusal/).filter((text) => /has (once again )?did|has did/.test(text))).toEqual([]);
  });
});

describe('a prohibition as the writer\'s request', () => {
  it.each([
    ['Grandad is not allowed to take the boys fishing.', 'I would ask Grandad not to take the boys fishing.'],
    ['Mum, who is very volatile, may not attend the school play.', 'I would ask Mum, who is very volatile, not to attend the school play.'],
    ['Dad must not bring his dog to contact.', 'I would ask Dad not to bring his dog to contact.'],
    ['She is not to have visitors after ten.', 'I would ask her not to have visitors after ten.'],
  ])('%s', (sentence, expected) => {
    expect(rewrites(sentence, /en-restriction|en-obligation/)).toContain(expected);
  });

  it.each(['The children should not be left with Gaz.', 'The twins must not be spending nights at the flat.', 'Dad was not allowed to drive.'])('asks no one for %s', (sentence) => {
    expect(rewrites(sentence, /en-restriction|en-obligation/).filter((text) => /would ask/.test(text))).toEqual([]);
  });
});

describe('a list of orders with a negative one in it', () => {
  it('offers no request or agreement that would carry "don\'t" inside it', () => {
    const offered = rewrites('Actions for Dad: ring the nursery, book the GP and don\'t miss the review.', /./);
    expect(offered.filter((text) => /don't/.test(text))).toEqual([]);
  });

  it('keeps a comparison that goes on past the habit phrase', () => {
    expect(rewrites('As you would expect from that estate, the boys were out late.', /./)).toEqual([]);
    expect(rewrites('Dad was rude as usual for most of the call.', /./)).toContain('Dad was rude for most of the call.');
  });
});
