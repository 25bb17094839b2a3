// English words the rules key on, on top of compromise's own tags (Verb, Noun, Modal, ...).

export const PARENT = [
  'mother', 'mothers', 'father', 'fathers', 'parent', 'parents', 'mum', 'mom', 'mam', 'dad', 'carer', 'carers',
  'caregiver', 'caregivers', 'guardian', 'guardians', 'stepmother', 'stepfather', 'grandmother', 'grandfather',
  'grandparents', 'grandma', 'grandpa', 'nan', 'child', 'children', 'son', 'daughter', 'teenager', 'toddler',
  'baby', 'client', 'clients', 'ms', 'mr', 'mrs', 'miss', 'foster', 'youngster', 'boy', 'girl', 'partner',
];
export const FAMILY = ['family', 'families', 'household', 'households'];
export const PROFESSIONAL = ['i', 'we', 'worker', 'caseworker', 'team', 'practitioner', 'staff', 'professional'];
export const COURT = ['court', 'judge', 'magistrate', 'magistrates', 'tribunal'];
export const REPORTING = [
  'said', 'says', 'say', 'explained', 'explains', 'told', 'tells', 'reported', 'reports', 'shared', 'shares',
  'described', 'describes', 'stated', 'states', 'mentioned', 'mentions', 'feels', 'felt', 'according',
];
export const HEDGE = [
  'seems', 'seemed', 'appears', 'appeared', 'might', 'may', 'perhaps', 'possibly', 'impression', 'wonder',
  'think', 'notice', 'noticed', 'unsure', 'likely', 'probably', 'sense', 'wondered',
];
export const TOGETHER = ['together', 'jointly', 'collaboratively', 'agreed', 'consultation'];
export const JUDGMENT = [
  'uncooperative', 'non-compliant', 'noncompliant', 'hostile', 'aggressive', 'manipulative', 'difficult',
  'chaotic', 'unmotivated', 'lazy', 'resistant', 'defiant', 'unreliable', 'hysterical', 'irresponsible',
  'neglectful', 'dysfunctional', 'combative', 'belligerent', 'argumentative', 'disinterested', 'obstructive',
  'evasive', 'demanding', 'entitled', 'inadequate', 'incompetent', 'feckless', 'unstable', 'noncommittal',
  'unwilling', 'problematic', 'troubled', 'disruptive', 'confrontational', 'histrionic', 'dramatic', 'needy',
  'rude', 'abusive', 'challenging',
];
export const LABEL_NOUN = [
  'troublemaker', 'liar', 'manipulator', 'drama', 'problem', 'frequent', 'seeker', 'deadbeat', 'addict',
];
export const CREDIBILITY = [
  'claims', 'claimed', 'claim', 'claiming', 'insists', 'insisted', 'insist', 'alleges', 'alleged', 'allege',
  'admits', 'admitted', 'admit', 'denies', 'denied', 'deny', 'supposedly', 'allegedly', 'purportedly',
  'purports', 'purported',
];
export const REFUSAL = ['refuses', 'refused', 'refuse', 'refusing', 'declines', 'declined'];
export const ABSOLUTE = ['always', 'never', 'constantly', 'continually', 'forever', 'invariably'];
export const NEGATION = ['not', "n't", 'no', 'never'];
