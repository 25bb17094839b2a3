// The UI's names for kinds of finding, so pages show "Refusal" rather than `refusal`.
import type { Category, FindingType } from '../lib/analysis/types';
import type { MessageKey } from './i18n';

export const CATEGORY_NAME: Readonly<Record<Category, MessageKey>> = {
  directive: 'categoryDirective',
  judgmental: 'categoryJudgmental',
  interpretation: 'categoryInterpretation',
};

export const TYPE_NAME: Readonly<Record<FindingType, MessageKey>> = {
  obligation: 'typeObligation',
  restriction: 'typeRestriction',
  'unilateral-decision': 'typeUnilateralDecision',
  instruction: 'typeInstruction',
  expectation: 'typeExpectation',
  imperative: 'typeImperative',
  label: 'typeLabel',
  credibility: 'typeCredibility',
  refusal: 'typeRefusal',
  absolute: 'typeAbsolute',
  stereotype: 'typeStereotype',
  'interpretation-as-fact': 'typeInterpretationAsFact',
};
