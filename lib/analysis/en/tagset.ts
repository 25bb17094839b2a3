// Tags English rules may use: ours (set by the tagger) and compromise's own.
import nlp from 'compromise/two';

export const ENGLISH_OWN_TAGS = [
  'Parent', 'Family', 'Professional', 'Court', 'Reporting', 'Hedge', 'Together', 'Judgment', 'LabelNoun',
  'Credibility', 'Refusal', 'Absolute', 'NegationWord', 'PersonNoun', 'WeakJudgment', 'Reported', 'Subject', 'Obligation', 'State', 'FamilyRef',
  'CommandVerb', 'AmbiguousCommandVerb', 'Command', 'Doubt', 'Habit', 'Deficit', 'Motive', 'Stereotype', 'AboutPerson', 'ClauseStart', 'LinkVerb', 'UnderstandingVerb', 'MindVerb', 'MindAdverb', 'Finite', 'Instruction', 'Restriction', 'RefusalAct', 'Apposition', 'CoSubject', 'JoinedLabel', 'Certainty', 'HiddenState', 'InnerState', 'PrivateState', 'Feeling', 'ReasonState', 'PresentLink', 'Because', 'Conditional', 'Document', 'InnerMatter', 'Resentment', 'Burden', 'PurposeGoal', 'MotiveNoun', 'Purpose', 'Unaware', 'NoIdea', 'BlindSpot', 'SolePurpose', 'FeltState',
] as const;

export function englishTags(): Set<string> {
  return new Set([...ENGLISH_OWN_TAGS, ...Object.keys((nlp.model() as { one: { tagSet: Record<string, unknown> } }).one.tagSet)]);
}
