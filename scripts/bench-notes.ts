// Generated case notes for the benchmarks: neutral sentences mixed with flagged ones
// (DENSITY), each made unique with a day number so no sentence ever repeats and the
// sentence cache cannot flatter the figures.
import type { Lang } from '../lib/analysis/types';

const NEUTRAL_NL = [
  'Huisbezoek bij moeder en vader in de nieuwe woning aan de Lindelaan',
  'Moeder vertelt dat Sanne sinds de verhuizing slecht slaapt en vaak huilt',
  'We hebben samen afgesproken dat ik volgende week met de mentor bel',
  'Daan speelde rustig met zijn lego terwijl wij aan de keukentafel praatten',
  'Ik heb de indruk dat moeder weinig steun ervaart van haar familie',
  'Vader vertelt over zijn nieuwe baan bij het distributiecentrum',
  'De woning was opgeruimd en er stond soep op het fornuis',
  'Moeder geeft aan dat ze graag een cursus wil volgen over opvoeden',
  'Sanne liet trots haar rapport zien en vertelde over haar vriendinnen',
  'Volgende afspraak staat gepland op dinsdagmiddag bij het gezin thuis',
];
const FLAGGED_NL = [
  'Vader weigert hulp van het wijkteam',
  'Moeder moet de afspraken met school nakomen',
  'Vader is ongemotiveerd en komt altijd te laat',
  'Wij hebben besloten dat de omgang voorlopig begeleid plaatsvindt',
];
const NEUTRAL_EN = [
  'Home visit with both parents at the new flat on Linden Road',
  'Mother explained that Emma has slept badly since the move and cries often',
  'We agreed together that I will call the mentor next week',
  'Noah played quietly with his blocks while we talked at the kitchen table',
  'I have the impression that mother receives little support from her family',
  'Father talked about his new job at the distribution centre',
  'The flat was tidy and there was soup on the stove',
  'Mother said she would like to take a parenting course',
  'Emma proudly showed her school report and talked about her friends',
  'The next appointment is planned for Tuesday afternoon at the family home',
];
const FLAGGED_EN = [
  'Father refuses help from the team',
  'Mother must keep the agreements with the school',
  'Father is unmotivated and is always late',
  'We have decided that contact will be supervised for now',
];
export const DENSITY = 0.25;

export function generatedNote(words: number, lang: Lang): string {
  const neutral = lang === 'nl' ? NEUTRAL_NL : NEUTRAL_EN;
  const flaggedPool = lang === 'nl' ? FLAGGED_NL : FLAGGED_EN;
  const day = lang === 'nl' ? 'dag' : 'day';
  const sentences: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const every = Math.round(1 / DENSITY);
    const flagged = index % every === 0;
    // Each pool walked in turn: indexing both with `index` would only ever pick its first flagged sentence.
    const text = flagged ? flaggedPool[(index / every) % flaggedPool.length] : neutral[index % neutral.length];
    const sentence = `${text} (${day} ${index + 1}).`;
    sentences.push(index % 6 === 5 ? `${sentence}\n` : sentence);
    count += sentence.split(' ').length;
  }
  return sentences.join(' ');
}
