// Inner states, strong feelings and denied capacities (rules/nl/lexicon/inner-states.json),
// as word lists for the tagger. Verbs are written once, as infinitives; their forms come from
// the conjugator, so "gunt", "gunde", "gegund" and "gunnen" are one entry, not four.
import file from '../../../../rules/nl/lexicon/inner-states.json';
import { everyForm, teInfinitive } from '../verb-forms';

/** Adverbs that claim to see inside someone: "eigenlijk", "stiekem", "diep van binnen". */
export const HIDDEN_STATE = file.hidden;
/** What goes on inside a person (wishes, feelings, views): with a hidden-state adverb, said as fact. */
export const INNER_STATE = [...file.innerStates.verbs.flatMap(everyForm), ...file.innerStates.words];
/** Feelings that, stated of a person without a source, are always the writer's inference ("haat zijn stiefvader"). */
export const STRONG_STATE = file.strongStates.flatMap(everyForm);
/** Forms of kunnen and its paraphrases ("in staat", "bij machte"): denied, a capacity denied. */
export const CAN = file.capacity.can;
/** Emotional and relational capacities ("loslaten", "nee zeggen"): denied of a parent, a deficit stated as fact. */
export const CAPACITY_VERB = [...file.capacity.verbs.flatMap(everyForm), ...file.capacity.phrases];
/**
 * Inner states that, denied of a person, are an inference ("vertrouwt moeder niet", "kan de
 * confrontatie niet aan"); accepting only with a clause after it ("accepteert niet dat ..."),
 * since "accepteert de hulp niet" is refusal wording.
 */
export const NEGATED_STATE = [
  ...file.negatedStates.verbs.flatMap(everyForm),
  ...file.negatedStates.withClause.flatMap(everyForm).flatMap((form) => [`${form} niet dat`, `${form} het niet dat`, `${form} nog niet dat`, `${form} nog steeds niet dat`]),
];
/** "daarom", "daardoor": a behaviour given a cause (see rule nl-interpretation-inferred-cause). */
export const CONSEQUENCE = file.consequence.words;
/** Feelings stated of a person ("is bang", "schaamt zich"): what a "daarom" after them gives as the cause. */
export const FEELING = [...file.consequence.feelings.verbs.flatMap(everyForm), ...file.consequence.feelings.words];
/** "omdat", "doordat": a clause that gives the reason for what someone does. */
export const BECAUSE = file.reasons.openers;
/** Feelings and beliefs that, as the reason a person acts ("omdat ze bang is", "omdat hij denkt dat"), are a motive stated as fact. */
export const REASON_STATE = [...FEELING, ...file.reasons.verbs.flatMap(everyForm), ...file.reasons.words];
/** What the help, a child or a duty is said to be to a parent ("ziet de hulp als controle"). */
export const SEEN_AS = file.seenAs.words;
/** The end of a purpose clause that gives an act a self-serving, hiding or hurting aim: "om zelf met rust gelaten te worden". */
export const PURPOSE_GOAL = file.purposes.goals.map(teInfinitive);
/** Feelings and drives that, after "uit", give an act its motive: "uit schaamte", "uit angst dat ...". */
export const MOTIVE_NOUN = file.purposes.motives;
/** No sight, notion or eye for something, said of a person ("heeft er geen weet van"): every noun with every quantifier; and misjudging it ("onderschat"). */
export const UNAWARE = [
  ...file.unawareness.nouns.flatMap((noun) => file.unawareness.quantifiers.map((quantifier) => `${quantifier} ${noun}`)),
  ...file.unawareness.verbs.flatMap(everyForm),
];
/** Forms of "zien" that, denied in their clause, may say someone does not see what is plain ("ziet het gevaar niet"). */
export const SEEING_VERB = file.unawareness.seeingVerbs;
/** What not seeing is of when it is an inference: "het gevaar", "de ernst". */
export const UNSEEN_MATTER = file.unawareness.matters;
/** After "ziet niet wat": what someone needs or what something does ("wat de kinderen nodig hebben", "wat dit met Sem doet"). */
export const UNSEEN_NEED = file.unawareness.needs;
/** "voelt", "voelde": with "zich" and a participle or a feeling later in the clause, how someone feels stated as fact. */
export const FELT_VERB = file.felt.verbs;
/** Feelings that, after "voelt zich", say how someone feels ("voelt zich schuldig"); participles count as well. */
export const FELT_WORD = file.felt.words;
/** Participles that after "voelt zich" are no feeling: "voelt zich ontvangen" is rare, "verwacht" a different verb. */
export const FELT_NOT = file.felt.notWords;
