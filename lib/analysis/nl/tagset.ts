// The tags the Dutch plugin puts on words. Rules may use exactly these (the pack
// validator rejects any other #Tag, so a typo cannot silently never match).
export const DUTCH_TAGS = [
  'Parent', 'Family', 'Honorific', 'Professional', 'Court', 'ThirdPerson', 'Capitalised',
  'Subject', 'ClauseStart', 'Adverbial', 'Addressee', 'DirectiveVerb', 'PersonNoun', 'Degree', 'Name', 'CareMatter',
  'Obligation', 'ObligationTe', 'ObligationPast', 'Refusal', 'Credibility', 'Reporting', 'Decision', 'Instruction',
  'Judgment', 'AttributiveJudgment', 'LabelNoun', 'LabelVerb', 'Absolute', 'Comparative', 'Negation', 'Hedge', 'Together',
  'Permission', 'Restrictor', 'Allowed', 'Forbidden', 'Finite', 'Mandatory', 'Te', 'Copula', 'AlsoThings',
  'CommandVerb', 'AmbiguousCommandVerb', 'Command', 'Doubt', 'Habit', 'Deficit', 'Motive', 'Stereotype', 'AboutPerson', 'Relative', 'BehaviourNoun', 'MindVerb', 'UnderstandingVerb', 'MindAdverb', 'Deliberate', 'RefusalForm', 'Refusing', 'Weigeren', 'Organisation', 'Expecting', 'LabelPredicate', 'FirstName', 'Participle', 'VoiceResumes', 'AttributedAfter', 'GroupAdjective', 'GroupNoun', 'OutsideSource', 'SeeingVerb', 'FeltVerb', 'FeltState',
  'HiddenState', 'InnerState', 'StrongState', 'Can', 'CapacityVerb', 'NegatedState', 'Consequence', 'Feeling', 'Because', 'ReasonState', 'SeenAs', 'PurposeGoal', 'MotiveNoun', 'Purpose', 'Unaware',
] as const;

export type DutchTag = (typeof DUTCH_TAGS)[number];
