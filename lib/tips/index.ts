// Picks the tips for a UI language; TIP_IDS is the order in which the side panel lists them.
import { TIPS_EN } from './en';
import { TIPS_NL } from './nl';
import type { Tip, TipId } from './types';

export type { Tip, TipId } from './types';

export const TIP_IDS: TipId[] = [
  'vertrouwensrelatie',
  'vooroordelen',
  'oprechte-aandacht',
  'eigen-regie',
  'feiten-en-interpretaties',
];

export function tipsFor(lang: 'nl' | 'en'): Record<TipId, Tip> {
  return lang === 'en' ? TIPS_EN : TIPS_NL;
}
