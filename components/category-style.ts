// The look of each category wherever findings are shown (the underlines in a note, the
// onboarding samples, the panel overview, the command-line report): one colour from the
// Okabe-Ito palette (safe for the common colour-vision deficiencies) and a second cue
// besides colour: wavy for directive and judgmental, dotted for interpretation.
import type { Category } from '../lib/analysis/types';

export const CATEGORY_COLOURS: Record<Category, string> = {
  directive: '#0072B2',
  judgmental: '#D55E00',
  interpretation: '#CC79A7',
};

export const CATEGORY_LINE: Record<Category, 'wavy' | 'dotted'> = {
  directive: 'wavy',
  judgmental: 'wavy',
  interpretation: 'dotted',
};
