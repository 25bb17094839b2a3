// English lexicon entries added by field (rules/en/lexicon/labels.json, phrases.json): each
// fires where it is said of a family member, and stays quiet where the same words describe
// a thing, a need for help, or the writer's own situation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const spans = (text: string) => analyze(text, { lang: 'en' }).map((finding) => text.slice(finding.start, finding.end));

describe('English labels from the data', () => {
  it.each([
    ['Dad was glib and flippant about the bruising.', 'glib'],
    ['Mum became overwrought when the referral was read out.', 'overwrought'],
    ['Ms Kaur is a born worrier.', 'worrier'],
    ['Mr Ellis is a loner.', 'loner'],
    ['Frankie is a bad influence on the younger ones.', 'influence'],
    ['Dad is set in his ways.', 'set in his ways'],
    ['Mum was acting selfishly at contact.', 'selfishly'],
    ['The grandmother is a real busybody and a curtain-twitcher.', 'curtain-twitcher'],
  ])('%s', (text, span) => {
    expect(spans(text).some((found) => found.includes(span))).toBe(true);
  });

  it.each([
    'Mum is living in a detached house with her sister.',
    'Dad is writing with his dominant hand again.',
    'Mum said she feels like a nervous wreck before court.',
    'The baby was placed supine in the cot, as the midwife advised.',
  ])('quiet: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('English deficit, motive, doubt, habit and stereotype phrases', () => {
  it.each([
    ['Mum sees the children as a burden.', 'sees the children as a burden'],
    ['Mom resents the baby and hands her to grandma.', 'resents the baby'],
    ['He is only coming to contact to look good for the court.', 'to look good for the court'],
    ['Mum is stopping contact purely to punish dad for leaving her.', 'to punish dad'],
    ['The parents lack the capacity to change within Ava\u2019s timescales.', 'lack the capacity to'],
    ['Mum has no understanding of how her drinking affects the children.', 'has no understanding of how'],
    ['Dad is trying to split the professional network.', 'trying to split the professional network'],
    ['Unsurprisingly, Mum had spent the grant money.', 'Unsurprisingly'],
    ['She is one of those young mums who want a council flat.', 'one of those young mums'],
  ])('%s', (text, span) => {
    expect(spans(text).some((found) => found.includes(span))).toBe(true);
  });

  it.each([
    'The baby cries for attention at night, which is normal at six weeks.',
    'Mum has applied to the council to get a bigger flat.',
    'Mum has limited understanding of English, so we used an interpreter.',
    'Mum has given up smoking since the baby was born.',
    'Leo was lying on the sofa when I arrived.',
    'Mum cannot change the appointment because of work.',
    'Dad is unable to see the children this weekend because of his shift.',
    'Leo is developing as expected for his age.',
    'Mum wants to be in control of her own care plan.',
    'Mum found the tablets hard to swallow.',
    'Mum crossed the road to avoid being seen by her ex-partner.',
    'Mum is covering for her colleague at work on Friday.',
    'Mum is doubtful that the new school will suit Leo.',
    'Mum told me her story about the journey from Eritrea.',
  ])('quiet: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
