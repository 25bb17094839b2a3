// English stereotypes that speak of a group the parent is put in: a group noun with what makes
// it a group ("women in her situation", "parents from that background", "common in traveller
// families"); benign generalisations and groups that are only people present stay quiet.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const stereotypes = (text: string) => spans('en', text, (finding) => finding.type === 'stereotype');

describe('a group the parent is put in', () => {
  it.each([
    ['Women in her situation nearly always go back to the perpetrator.', 'Women in her situation'],
    ['Parents from that background tend not to value boundaries.', 'Parents from that background'],
    ['Mothers of her generation smack their children.', 'Mothers of her generation'],
    ['Men from his culture do not do housework.', 'Men from his culture'],
    ['People from her background often struggle to ask for help.', 'People from her background'],
    ['As is common in the traveller community, the girls are kept at home.', 'common in the traveller community'],
    ['It is the typical traveller attitude to schooling.', 'typical traveller attitude'],
    ['Mum will go back to him, as these women usually do.', 'these women'],
    ['Lads on that estate always end up in trouble.', 'Lads on that estate'],
  ])('%s', (text, span) => {
    expect(stereotypes(text)).toContain(span);
  });

  it.each([
    'Families in her situation can apply for a housing grant.',
    'Children from that estate go to St Mary\u2019s.',
    'Mum told me that men from his culture do not cook.',
    'These women from the group offered to help Mum with the move.',
    'It is common in families with a new baby to feel tired.',
    'Children of her age need nine hours of sleep.',
    'Kids her age often find the move to secondary hard.',
    'Parents with a similar background were invited to the group.',
  ])('quiet: %s', (text) => {
    expect(stereotypes(text)).toEqual([]);
  });
});
