// English words the rules key on, on top of compromise's own tags (Verb, Noun, Modal, ...).
import innerStates from '../../../rules/en/lexicon/inner-states.json';
import labels from '../../../rules/en/lexicon/labels.json';
import { labelWords, type LabelLexicon } from '../label-lexicon';
import { allFormsOf } from './verb-forms';

/** The people a case note is about: parents, carers, family members and the young people themselves. */
export const PARENT = [
  'mother', 'mothers', 'father', 'fathers', 'parent', 'parents', 'mum', 'mums', 'mom', 'moms', 'mam', 'mummy',
  'dad', 'dads', 'daddy', 'carer', 'carers', 'caregiver', 'caregivers', 'guardian', 'guardians', 'stepmother',
  'stepfather', 'stepmum', 'stepmom', 'stepdad', 'stepparent', 'stepparents', 'grandmother', 'grandfather',
  'grandparent', 'grandparents', 'grandma', 'grandpa', 'gran', 'granny', 'grandad', 'granddad', 'nan', 'nana',
  'aunt', 'auntie', 'aunty', 'uncle', 'husband', 'wife', 'child', 'children', 'kid', 'kids', 'son', 'sons',
  'daughter', 'daughters', 'stepson', 'stepdaughter', 'teenager', 'teenagers', 'toddler', 'baby', 'client',
  'clients', 'ms', 'mr', 'mrs', 'miss', 'foster', 'youngster', 'youngsters', 'boy', 'boys', 'girl', 'girls',
  'partner', 'adolescent',
  // Brothers, sisters and the wider family, and the young person's own partner.
  'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'cousin', 'cousins', 'nephew', 'niece', 'grandson',
  'granddaughter', 'grandchild', 'grandchildren', 'stepbrother', 'stepsister', 'boyfriend', 'girlfriend',
  // Former partners, still people of the case; teens; and the notes' own abbreviations for the young person.
  'ex-partner', 'ex-partners', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'teen', 'teens', 'yp', 'cyp',
];
/**
 * First names that are also common nouns, which compromise reads as nouns ("Dean", "Jade",
 * "Crystal"): at the start of a sentence, capitalised and followed by a verb, they are the
 * person the note is about ("Dean is clearly hiding something"). Not names that open
 * sentences as nouns just as often ("Hope", "Summer", "Will", "Bill").
 */
export const NAMES_LIKE_NOUNS = [
  'dean', 'jade', 'ruby', 'crystal', 'hunter', 'mason', 'chase', 'jack', 'frank', 'rocky', 'brandy', 'heather', 'hazel',
  'holly', 'poppy', 'daisy', 'ivy', 'jasmine', 'willow', 'pearl', 'violet', 'olive', 'iris', 'rose', 'robin', 'sky', 'storm',
  'destiny', 'harmony', 'blossom', 'misty', 'sandy', 'candy', 'ginger', 'rusty', 'duke', 'earl', 'reggie', 'wade',
];
/**
 * A person's conduct, manner or state: after a family member's possessive it stands for the
 * person ("Dad's behaviour at contact was infantile", "Mum's low mood is just a way of
 * avoiding responsibility"). Not what the person uses or has ("Dad's drinking", "Mia's
 * attendance"), which say nothing of who they are.
 */
export const CONDUCT_NOUNS = [
  'behaviour', 'behavior', 'attitude', 'attitudes', 'manner', 'conduct', 'parenting', 'demeanour', 'demeanor', 'mood', 'moods',
  'anxiety', 'crying', 'tantrums', 'outbursts', 'lifestyle', 'approach', 'temper', 'presentation', 'reaction', 'reactions',
  // The person's own account, whose credibility a note may doubt: "Mum's version of events does not hold water".
  'version', 'account', 'story', 'explanation',
];
/** Words that make the next "person"/"people" one of the young people the note is about. */
export const YOUNG = ['young'];
export const FAMILY = ['family', 'families', 'household', 'households', 'couple'];
export const PROFESSIONAL = ['i', 'we', 'worker', 'caseworker', 'team', 'practitioner', 'staff', 'professional'];
export const COURT = ['court', 'judge', 'magistrate', 'magistrates', 'tribunal'];
/** Nouns for a person, used in labels ("a difficult man"); not the people of the case by themselves. */
export const PERSON_NOUN = [
  'man', 'men', 'woman', 'women', 'person', 'people', 'lady', 'ladies', 'gentleman', 'guy', 'guys', 'bloke',
  'individual', 'character', 'lad', 'lads',
];
/** Bodies and things other than the family: a "she" or "he" is never one of these ("avoids the school gate because he is ..."). */
export const BODIES = [
  'school', 'schools', 'nursery', 'college', 'council', 'authority', 'hospital', 'police', 'court', 'association', 'agency',
  'services', 'service', 'team', 'clinic', 'staff', 'company', 'department', 'office', 'printer', 'computer', 'bus', 'car', 'system',
];
/**
 * People and bodies other than the family: a "she" or "they" right after one of these
 * is not taken for a family member ("the school said they must…").
 */
export const OTHER_PARTY = [
  ...BODIES,
  'judge', 'gp', 'doctor', 'nurse', 'teacher', 'teachers', 'tutor', 'head', 'headteacher', 'psychologist', 'therapist',
  'colleague', 'colleagues', 'manager', 'supervisor', 'worker', 'workers', 'visitor', 'officer', 'landlord',
  'solicitor', 'lawyer', 'interpreter', 'boss', 'employer', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
];
/** Verbs that report what someone else says, thinks or feels; what follows is their view, not the writer's. */
export const REPORTING = [
  'said', 'says', 'say', 'explained', 'explains', 'told', 'tells', 'reported', 'reports', 'shared', 'shares',
  'described', 'describes', 'stated', 'states', 'mentioned', 'mentions', 'feels', 'felt', 'according',
];
/** Further verbs and adjectives that open someone's own view or question (only for reported-speech marking). */
export const VIEW_VERBS = [
  'thinks', 'thought', 'believes', 'believed', 'hopes', 'hoped', 'worries', 'worried', 'fears', 'feared',
  'added', 'adds', 'indicated', 'indicates', 'wrote', 'writes', 'complained', 'complains', 'expressed',
  'expresses', 'asked', 'asks', 'wondered', 'wonders', 'emphasised', 'emphasized', 'stressed', 'concerned',
  'afraid', 'convinced', 'finds', 'recalls', 'recalled', 'remembers', 'remembered', 'admitted', 'admits', 'claims', 'claimed', 'insists', 'insisted', 'alleges', 'alleged', 'denies',
  'denied', 'deny', 'claim', 'insist', 'maintains', 'maintained', 'swears', 'swore', 'protests', 'protested', 'conceded', 'concedes',
];
/** Verbs after which "if" opens an indirect question, not a condition. */
/** View words that are adjectives after "is/was" ("mother is worried that…"), so no passive check applies. */
export const VIEW_ADJECTIVES = ['worried', 'concerned', 'afraid', 'convinced', 'adamant', 'sure', 'certain'];
export const QUESTION_VERBS = ['asked', 'asks', 'ask', 'wondered', 'wonders', 'wonder', 'know', 'check', 'see', 'unsure', 'sure'];
export const HEDGE = [
  'seems', 'seemed', 'appears', 'appeared', 'might', 'may', 'perhaps', 'possibly', 'impression', 'wonder',
  'think', 'notice', 'noticed', 'unsure', 'likely', 'probably', 'sense', 'wondered', 'maybe', 'interpretation',
  'hypothesis', 'guess', 'suspect', 'experienced', 'experience', 'my reading', 'my sense',
];
export const TOGETHER = ['together', 'jointly', 'collaboratively', 'agreed', 'consultation'];
/** Adjectives that only label before a person noun ("a weak mother"; "she was weak after the operation" is not one). */
const FROM_DATA = labelWords(labels as LabelLexicon, ['weak', 'bad', 'terrible', 'awful', 'useless', 'hopeless']);

/** Trait words that label a person whenever they describe one ("Mother is uncooperative"). */
export const JUDGMENT = [
  'difficult', 'resistant', 'disinterested', 'inadequate', 'noncommittal', 'problematic', 'troubled',
  'histrionic', 'challenging', 'disengaged', 'unfit', 'passive-aggressive', 'paranoid', 'hopeless', 'useless',
  'unresponsive', 'unco-operative', 'non-engaging', 'unpredictable', 'delusional', 'oppositional',
  ...FROM_DATA.predicative,
];
export const JUDGMENT_BEFORE_PERSON = FROM_DATA.attributiveOnly;
/**
 * States and feelings: after "must be"/"should be" they make "must" an inference or a wish,
 * not a duty ("Mum must be exhausted", "the children should be safe there").
 */
export const STATE = [
  'proud', 'tired', 'exhausted', 'worried', 'scared', 'frightened', 'relieved', 'pleased', 'happy', 'upset', 'confused',
  'lonely', 'overwhelmed', 'frustrated', 'angry', 'sad', 'hard', 'difficult', 'stressful', 'frightening', 'confusing',
  'painful', 'nice', 'lovely', 'great', 'good', 'awful', 'aware', 'able', 'allowed', 'entitled', 'welcome', 'free', 'safe',
  'fine', 'okay', 'ok', 'alright', 'better', 'settled', 'eligible', 'tough', 'strange', 'daunting', 'heartbreaking',
  'distressing', 'devastated', 'anxious', 'nervous', 'excited', 'glad', 'thrilled', 'disappointed', 'hurt', 'terrible',
];
// Words that label only with a person as subject ("Mum is a nightmare", "a real problem")
// or inside a longer label ("drama queen", "attention seeker") are not here: alone they
// describe a journey or a boiler. en-label-noun names them with the subject it needs.
export const LABEL_NOUN = [
  'addict', 'hypochondriac',
  ...FROM_DATA.nouns,
];
export const CREDIBILITY = [
  'claims', 'claimed', 'claim', 'claiming', 'insists', 'insisted', 'insist', 'alleges', 'alleged', 'allege',
  'admits', 'admitted', 'admit', 'denies', 'denied', 'deny', 'denying', 'supposedly', 'allegedly', 'purportedly',
  'purports', 'purported', 'professes', 'professed', 'profess',
];
export const REFUSAL = ['refuses', 'refused', 'refuse', 'refusing', 'declines', 'declined'];
export const ABSOLUTE = ['always', 'never', 'constantly', 'continually', 'forever', 'invariably', 'continuously', 'perpetually'];
export const NEGATION = ['not', "n't", 'no', 'never'];

/** Verbs that link a subject to what is said of it ("is", "presents as", "came across as", "being"): a label after them is said of the person. */
export const LINK_VERBS = [
  'is', 'was', 'are', 'were', 'be', 'being', 'been', 'seems', 'seemed', 'seem', 'appears', 'appeared', 'appear', 'presents',
  'presented', 'present', 'came', 'comes', 'come', 'become', 'becomes', 'became', 'acts', 'acted', 'remains', 'remained',
  'looked', 'looks', 'sounded', 'sounds', 'gets', 'got', 'getting',
];

/** Verbs for what goes on inside someone: said as fact of the parent with a negation ("does not realise") or a motive adverb, they interpret. */
export const UNDERSTANDING_VERBS = [
  'understand', 'understands', 'understood', 'realise', 'realises', 'realised', 'realize', 'realizes', 'realized', 'appreciate',
  'appreciates', 'appreciated', 'grasp', 'grasps', 'grasped', 'care', 'cares', 'cared', 'bond', 'bonds', 'bonded', 'recognise',
  'recognises', 'recognised', 'recognize', 'recognizes', 'recognized',
];
/** Verbs of valuing and noticing (rules/en/lexicon/inner-states.json): denied of a parent they interpret like "does not understand" ("does not value the nursery"). Not their "-ing" forms, which are labels ("a loving mum"). */
const COGNITION_VERBS = innerStates.cognitionVerbs.flatMap((bare) => allFormsOf(bare).filter((form) => !form.endsWith('ing')));
/** The understanding and cognition verbs as one class (#UnderstandingVerb). */
export const UNDERSTANDING_CLASS = [...new Set([...UNDERSTANDING_VERBS, ...COGNITION_VERBS])];
/** What is understood that is no inner matter: a letter, a form, the language ("does not understand the letter"). */
export const DOCUMENT_NOUNS = innerStates.documents;
const statesOf = (words: { adjectives: string[]; verbs: string[] }) => [...words.adjectives, ...words.verbs.flatMap(allFormsOf)];
/** What is denied of a parent's awareness that is an inner matter: "unaware of the risks", "oblivious to her distress". */
export const INNER_MATTERS = innerStates.innerMatters;
/** Verbs of resentment that say as fact what the person holds against someone: "resents the baby", "begrudges every penny". */
export const RESENTMENT_VERBS = innerStates.resentmentVerbs.flatMap(allFormsOf);
/** What a child or a duty is said to be to the parent: "sees the baby as a nuisance", "treats contact as a chore". */
export const BURDEN_NOUNS = innerStates.burdens;
/** Adverbs that state as certain what can only be inferred: "clearly", "obviously". */
export const CERTAINTY_ADVERBS = innerStates.certainty;
/** Adverbs that claim to see inside someone: "secretly", "deep down". */
export const HIDDEN_STATE_ADVERBS = innerStates.hidden;
/** Fear, shame, resentment, indifference ...: with a certainty or hidden-state adverb, an inference about the person. */
export const NEGATIVE_STATES = statesOf(innerStates.negativeStates);
/** Pleasure, relief, wishes: an inference only with a hidden-state adverb ("secretly pleased"), not an observation ("clearly happy to see his dad"). */
export const PRIVATE_STATES = statesOf(innerStates.privateStates);
/** Fear, shame, jealousy, relief ...: in the present tense, or as the reason someone acts, an inference stated as fact. */
export const FEELINGS = innerStates.feelings.words;
/** "because he thinks ...": beliefs given as the reason someone acts. */
export const BELIEFS = innerStates.feelings.beliefs.flatMap(allFormsOf).filter((form) => !form.endsWith('ing'));
/** "is", "feels": a state said of now, not an event ("was upset by the outcome"). */
export const PRESENT_LINKS = innerStates.feelings.presentLinks;
/** "because", "since": a clause that gives the reason for what someone does. */
export const REASON_OPENERS = innerStates.feelings.reasonOpeners;
/** "when", "if": a clause that describes a situation ("does not notice when they are frightened"), not the person. */
export const CONDITIONAL_OPENERS = innerStates.feelings.conditionalOpeners;
export const MIND_VERBS = ['wants', 'want', 'wanted'];
export const MIND_ADVERBS = ['only', 'just', 'secretly', 'deliberately', 'merely', 'actually', 'purposely', 'intentionally'];
/** Who a purpose may name: "to wind her up", "to make dad jealous". */
const SOMEONE = ['her', 'him', 'them', 'us', 'me', 'mum', 'dad', 'his', 'their', 'our', 'my'];
/** The verb phrase after "to" that gives an act a self-serving, hiding or hurting aim: "to get attention", "to wind her up". */
export const PURPOSE_GOALS = innerStates.purposes.goals.flatMap((goal) => (goal.includes('{someone}') ? SOMEONE.map((who) => goal.replace('{someone}', who)) : [goal]));
/** "only", "purely", "solely" on an act: any purpose after it is its one motive ("only comes to contact to keep the court happy"). */
export const SOLE_PURPOSE_MARKERS = innerStates.purposes.soleMarkers;
/** Plain errands that stay quiet after such a marker: "only rang to say she was late". */
export const PLAIN_PURPOSE_VERBS = innerStates.purposes.plain;
/** Feelings and drives that, after "out of", give an act its motive: "out of spite". */
export const MOTIVE_NOUNS = innerStates.purposes.motives;
/** No idea or awareness of something, said of a person ("has no idea how frightened they are"): every noun with every quantifier. */
export const UNAWARE = innerStates.unawareness.nouns.flatMap((noun) => innerStates.unawareness.quantifiers.map((quantifier) => `${quantifier} ${noun}`));
/** What the idea would be of, after "of" or "about": "no idea of the harm", not "of English". */
export const UNAWARE_MATTERS = innerStates.unawareness.matters;
/** Ways of seeing what is plain ("see that", "see the harm"): with a negation or "unable" before them, a blind spot stated as fact. */
export const BLIND_SPOTS = innerStates.unawareness.seeing;
/** Words that deny the seeing after them as a negation does: "is unable to see", "fails to see". */
export const SEEING_DENIERS = innerStates.unawareness.deniers;
/** Past participles without "-ed" that after "feels" say how someone feels: "feels caught out", "feels let down". */
export const FELT_IRREGULAR = innerStates.felt.irregular;
/** Participles after "feels" that say how someone is, often in their words: "feels tired", "felt reassured". */
export const FELT_NOT = innerStates.felt.notWords;
