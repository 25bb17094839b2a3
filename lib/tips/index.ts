// Picks the tips for a UI language; TIP_IDS is the order in which the side panel lists them.
import { TIPS_EN } from './en';
import { TIPS_NL } from './nl';
import type { Tip, TipId } from './types';

export { TIP_IDS } from './ids';
export type { Tip, TipId } from './types';

export function tipsFor(lang: 'nl' | 'en'): Record<TipId, Tip> {
  return lang === 'en' ? TIPS_EN : TIPS_NL;
}
