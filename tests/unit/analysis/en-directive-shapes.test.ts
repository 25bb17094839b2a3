// English directive findings in the shapes case notes give them: conditions the
// professionals attach, negative and listed orders, duties after a relative clause or an
// "of" phrase, a second duty joined by "and", and contact made conditional on the parent.
// Each kind has look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const directives = (text: string) =>
  analyze(text, { lang: 'en' })
    .filter((finding) => finding.category === 'directive')
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe('conditions the professionals attach', () => {
  it('"it is a condition/requirement of ... that <parent>" and "we have made it a requirement"', () => {
    expect(directives('It is a condition of the reunification plan that Gran collects the boys from school.')).toEqual(['obligation:a condition']);
    expect(directives('It is a requirement that Mum keeps the medication in a locked box.')).toEqual(['obligation:a requirement']);
    expect(directives('We have made it a condition that Dad does not drink before contact.')).toEqual(['obligation:it a condition']);
  });

  it('quiet: a tenancy, a job, bail, a professional or reported speech sets the condition', () => {
    expect(directives('It is a condition of his tenancy that he keeps the garden tidy.')).toEqual([]);
    expect(directives('The magistrate made it a condition of bail that Dad stays at his sister\'s.')).toEqual([]);
    expect(directives('Dad said it is a condition of his job that he works every other Sunday.')).toEqual([]);
    expect(directives('It is a requirement of the funding that the nursery sends a termly report.')).toEqual([]);
  });
});

describe('orders in an action list', () => {
  it('a negative order is flagged with its "do not", also when joined by "and"', () => {
    expect(directives('Do not leave the twins with the neighbour again.')).toEqual(['imperative:Do not leave']);
    expect(directives('Do not talk about the court case in front of the children.')).toEqual(['imperative:Do not talk']);
    expect(directives('Keep the bedroom door open at night, and do not lock the gate.')).toEqual(['imperative:Keep', 'imperative:do not lock']);
  });

  it('the items of a list of orders', () => {
    expect(directives('Actions for mum: attend the dentist, sort out the school forms and don\'t let Jo miss breakfast.')).toEqual([
      'imperative:attend',
      'imperative:sort',
      'imperative:don\'t let',
    ]);
  });

  it('quiet: a plain verb that goes on with the same task, and a list of things', () => {
    expect(directives('Keep the food diary every day and bring it to clinic.')).toEqual(['imperative:Keep']);
    expect(directives('Keep the letters, the bills and the diary together.')).toEqual([]);
  });
});

describe('the subject of a duty', () => {
  it('after a relative clause or apposition, also with "is required to" and "will be required to"', () => {
    expect(directives('Dad, who is a hothead, is required to attend the parenting course.')).toEqual(['obligation:required']);
    expect(directives('Gran, who has the children most weekends, will be required to keep a contact log.')).toEqual(['obligation:required']);
    expect(directives('Mr Ali, who told police he had been drinking, has to stay at his brother\'s until the review.')).toEqual(['obligation:has']);
  });

  it('"the mother of X" is one subject', () => {
    expect(directives('The father of Jamie needs to collect him on time from now on.')).toEqual(['obligation:needs to']);
    expect(directives('The mother of Jamie told me he is sleeping better.')).toEqual([]);
  });

  it('quiet: an employer as the source, and a speech participle used as an attribute', () => {
    expect(directives('Dad, who works nights, was required by his employer to do a first-aid course.')).toEqual([]);
    expect(directives('Mum, who is a bit chaotic, will be required to use a shared calendar.')).toEqual(['obligation:required']);
  });
});

describe('a second duty joined by "and"', () => {
  it('keeps the subject of the first duty', () => {
    expect(directives('Tia has to be in by nine and may not have friends round.')).toEqual(['obligation:has to', 'restriction:may not']);
    expect(directives('Dad is to attend the group weekly and must bring his diary.')).toEqual(['obligation:is to', 'obligation:must']);
  });

  it('quiet: a duty from elsewhere after a plain verb', () => {
    expect(directives('They have had an eviction notice and must leave by March.')).toEqual([]);
    expect(directives('Mum works nights and must sleep during the day.')).toEqual([]);
  });
});

describe('other clothes', () => {
  it('"under an obligation", "we expect Mr and Mrs X", contact on a condition, agreed among professionals', () => {
    expect(directives('Dad is under an obligation to tell us when he moves.')).toEqual(['obligation:under an obligation']);
    expect(directives('We expect Mr and Mrs Hill to attend every core group.')).toEqual(['expectation:expect']);
    expect(directives('Contact will only go ahead if mum has not been drinking.')).toEqual(['restriction:will only go ahead if']);
    expect(directives('As agreed by the professionals, Dad is expected to attend every session.')).toEqual(['expectation:expected']);
    expect(directives('Dad must keep his calls below the agreed number.')).toEqual(['obligation:must']);
  });

  it('quiet: contact limited by the venue, an agreement with the parent', () => {
    expect(directives('Contact can only take place on Tuesdays because the centre is closed otherwise.')).toEqual([]);
    expect(directives('As agreed by the team and mum, mum will call the school on Monday.')).toEqual([]);
  });
});
