// Dutch rewriters that give the writer's own voice back to wording that generalises,
// doubts or orders: a stereotype or a label put beside the sentence goes ("Zoals veel
// Poolse vaders werkt dhr. lange dagen." → "Dhr. werkt lange dagen."), a doubt becomes the
// writer's uncertainty ("..., maar dat is nog maar de vraag." → "..., maar ik weet niet
// zeker of dat klopt."), and an order passed on becomes what the writer finds important
// ("Ik heb vader gezegd dat hij de alcohol uit huis moet halen." → "Ik heb met vader
// besproken dat het belangrijk is dat hij de alcohol uit huis haalt."). None of them claims
// that the parent agreed. Each returns null for a shape it does not know.
import type { RewriteInput, Rewriter } from '../engine';
import { subordinateVerbCluster, type Person } from './verb-forms';
import { PARENT, HONORIFIC, FAMILY } from './lexicon/people';
import { dropFocus, droppable, dropTrailingPhrase } from '../drop-focus';
import { capitalise, matchCase } from '../letter-case';
import { CLAUSE_OPENERS, SUBORDINATORS } from './lexicon/function-words';
import { isKnownInfinitive } from './lexicon/commands';
import { isFiniteForm } from './lexicon/finite-forms';

const PARENT_WORDS = new Set(PARENT);
const FAMILY_WORDS = new Set(FAMILY);
const HONORIFICS = new Set(HONORIFIC.map((word) => word.replace(/\.$/, '')));
/** A role is lower case inside the sentence ("dat vader ..."), a name keeps its capital. */
const lowerRole = (text: string) => (PARENT_WORDS.has(bare(text.split(/\s+/)[0] ?? '')) || HONORIFICS.has(bare(text.split(/\s+/)[0] ?? '')) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const bare = (word: string) => word.toLowerCase().replace(/[.,;:!?]+$/, '');

// ---------------------------------------------------------------------------
// drop-aside: a comparison or a label beside the sentence goes
// ---------------------------------------------------------------------------

/** A comparison with a group ("zoals veel Poolse gezinnen", "net als de meeste vluchtelingen"): a stereotype beside the sentence. */
const COMPARISON = /^(zoals|net als)\s/i;
/** A label beside the sentence: "ongeduldig als altijd", "bemoeizuchtig als hij is", "sluw als ze is". */
const LABEL_AS = /\sals\s+(altijd|gewoonlijk|hij is|zij is|ze is|ze zijn|zij zijn|hij was|ze was|zij was)$/i;

/** Whether an aside is only a comparison or a label run: no clause of its own ("die ...", a finite verb). */
function isAside(input: RewriteInput, start: number, end: number): boolean {
  const text = input.sentence.slice(start, end).trim();
  if (/[;:()"„“]/.test(text)) return false;
  if (COMPARISON.test(text)) return true;
  // "ongeduldig als altijd", "bemoeizuchtig als ze is": the verb of "als ze is" is the label's own.
  const raw = input.sentence.slice(start, end).trimEnd();
  const bodyEnd = start + raw.length - (LABEL_AS.exec(raw)?.[0].length ?? 0);
  const terms = (input.terms ?? []).filter((term) => term.start >= start && term.end <= bodyEnd);
  const first = bare(terms[0]?.text ?? '');
  // A clause of its own between commas (a relative clause holds content the note may need).
  if (CLAUSE_OPENERS.has(first) || SUBORDINATORS.has(first)) return false;
  const hasLabel = terms.some((term) => LABEL_TAGS.some((tag) => term.tags.has(tag)));
  return hasLabel && !terms.some((term) => term.tags.has('Finite'));
}

const LABEL_TAGS = ['Judgment', 'AttributiveJudgment', 'LabelNoun'];

/** Pronouns and honorifics that can open the subject after a fronted part ("... heeft mw. weinig geduld"). */
const SUBJECT_PRONOUNS = new Set(['hij', 'zij', 'ze', 'er']);
const ARTICLES = new Set(['de', 'het', 'een', 'haar', 'zijn', 'hun', 'deze', 'dit']);

/**
 * The subject right after the finite verb of an inverted clause, as words: "er", "hij",
 * "dhr.", "mevrouw Jansen", "moeder", "de familie", "Sanne". Null when it is not one of these.
 */
function invertedSubject(words: readonly string[]): number {
  const first = bare(words[0] ?? '');
  if (SUBJECT_PRONOUNS.has(first) || PARENT_WORDS.has(first)) {
    if (!HONORIFICS.has(first)) return 1;
  }
  if (HONORIFICS.has(first)) {
    let end = 1;
    while (end < words.length && /^\p{Lu}/u.test(words[end] ?? '')) end++;
    return end;
  }
  if (ARTICLES.has(first)) {
    // "de vergeetachtige moeder", "het hele gezin": up to the person or the family; "het huishouden" without an inflected adjective.
    const head = words.slice(1, 4).findIndex((word) => PARENT_WORDS.has(bare(word)) || FAMILY_WORDS.has(bare(word)));
    if (head >= 0) return head + 2;
    return /^\p{Ll}+$/u.test(words[1] ?? '') && !/e$/.test(words[1] ?? '') ? 2 : 0;
  }
  if (/^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '')) return 1;
  return 0;
}

/**
 * A fronted comparison or label goes and the subject comes first again: "Zoals bij veel
 * Marokkaanse vaders laat dhr. de opvoeding aan moeder over." → "Dhr. laat de opvoeding
 * aan moeder over."; "Sluw als ze is, zorgt moeder ervoor ..." → "Moeder zorgt ervoor ...".
 * A second main clause ("... en bemoeit dhr. zich er niet mee") would keep its inverted
 * order and read wrong: no rewrite then.
 */
function dropFronted(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const comma = sentence.indexOf(',');
  // The fronted part ends with the focus ("Zoals in veel Poolse gezinnen wordt er ..."), or at its comma ("Zoals ... het geval is, wordt er ...").
  const ends = [...(comma < 0 || comma >= focus.end ? [focus.end] : []), ...(comma >= 0 && comma >= focus.start ? [comma + 1] : [])];
  for (const end of ends) {
    const front = sentence.slice(0, end).replace(/,$/, '').trim();
    const isComparison = COMPARISON.test(front);
    const isLabel = end === comma + 1 && LABEL_AS.test(front) && isAside(input, 0, comma);
    if (!isComparison && !isLabel) continue;
    const text = subjectFirst(input, end);
    if (text) return text;
  }
  return null;
}

/** Whether the word at `from` is the finite verb of an inverted clause. */
function finiteAt(input: RewriteInput, from: number): boolean {
  const verb = input.sentence.slice(from).trim().split(/\s+/)[0] ?? '';
  const term = (input.terms ?? []).find((candidate) => candidate.start >= from);
  return /^\p{Ll}+$/u.test(verb) && !!term && term.text.toLowerCase() === verb && (term.tags.has('Finite') || isFiniteForm(verb));
}

/** The clause after a fronted part, with its subject put before the finite verb again. */
function subjectFirst(input: RewriteInput, from: number): string | null {
  // The tagger marks a verb after a fronted part as a clause start, not always as finite ("Sluw als ze is, zorgt moeder ...").
  if (!finiteAt(input, from)) return null;
  const rest = input.sentence.slice(from).trim().split(/\s+/);
  const verb = rest.shift() ?? '';
  const take = invertedSubject(rest);
  if (take === 0) return null;
  const subject = rest.splice(0, take).join(' ');
  const tail = rest.join(' ');
  if (/\s(en|maar|of)\s/.test(` ${tail} `) || /[;:]/.test(tail) || !/\p{L}/u.test(tail)) return null;
  return `${capitalise(subject)} ${verb} ${tail}`;
}

/**
 * A comparison or a label between commas goes with its commas: "Deze ouders zijn, zoals
 * veel vluchtelingen, wantrouwend naar instanties." → "Deze ouders zijn wantrouwend naar
 * instanties."; "Oma, dominant en bemoeizuchtig als ze is, nam het gesprek direct over." →
 * "Oma nam het gesprek direct over."
 */
function dropBetweenCommas(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  const open = sentence.lastIndexOf(',', focus.start);
  const close = sentence.indexOf(',', focus.end);
  if (open < 0 || close < 0) return null;
  const head = sentence.slice(0, open);
  if (!/\p{L}/u.test(head) || /[;:]/.test(head)) return null;
  if (!isAside(input, open + 1, close)) return null;
  return `${head} ${sentence.slice(close + 1).trimStart()}`;
}

const dropAside: Rewriter = (input) => dropBetweenCommas(input) ?? dropFronted(input);

// ---------------------------------------------------------------------------
// own-uncertainty: a doubt becomes the writer's "ik weet niet zeker of"
// ---------------------------------------------------------------------------

/** The doubt said of the parent's account: "is nog maar de vraag", "valt te betwijfelen", "betwijfel ik". */
const DOUBT = String.raw`(?:dat )?(?:is (?:nog maar )?de vraag|valt te betwijfelen|betwijfel ik)`;
/** Words that only stress the doubt inside "of ...": "of moeder echt gestopt is". */
const DOUBT_STRESS = /\s(echt|werkelijk)(?=\s)/g;
const DOUBT_WHETHER = new RegExp(String.raw`^Of ([^,;:]+), ${DOUBT}(.*)$`);
const DOUBT_AFTER_BUT = /^(.+?)(, maar|;) dat (?:is (?:nog maar )?de vraag|valt te betwijfelen)(.*)$/;

/** What may follow the doubt: nothing, or its grounds ("want de school meldt ...", "gezien de flessen ..."). */
function grounds(tail: string): string | null {
  const body = tail.replace(/[.!]\s*$/, '');
  if (body.trim() === '') return '.';
  const reason = /^,?\s+(want|gezien|omdat)\s/.exec(body);
  if (!reason) return null;
  return `, ${body.replace(/^,?\s+/, '')}.`;
}

const ownUncertainty: Rewriter = (input) => {
  const { sentence } = input;
  // "Of oma echt elke dag langskomt, is nog maar de vraag." → "Ik weet niet zeker of oma elke dag langskomt."
  const whether = DOUBT_WHETHER.exec(sentence);
  if (whether) {
    const tail = grounds(whether[2] ?? '');
    return tail && `Ik weet niet zeker of ${` ${whether[1]}`.replace(DOUBT_STRESS, '').trim()}${tail}`;
  }
  // "Moeder zegt dat ..., maar dat valt te betwijfelen." → "..., maar ik weet niet zeker of dat klopt."
  const but = DOUBT_AFTER_BUT.exec(sentence);
  if (but) {
    const tail = grounds(but[3] ?? '');
    return tail && `${but[1]}${but[2]} ik weet niet zeker of dat klopt${tail}`;
  }
  // "Dat is nog maar de vraag, want ..." → "Ik weet niet zeker of dat klopt, want ..."
  const that = /^Dat is (?:nog maar )?de vraag(.*)$/.exec(sentence);
  if (that) {
    const tail = grounds(that[1] ?? '');
    return tail && `Ik weet niet zeker of dat klopt${tail}`;
  }
  // "Het verhaal over de kapotte wekker is een uitvlucht." → "Ik weet niet zeker of het verhaal over de kapotte wekker klopt."
  const story = /^Het (verhaal|excuus) ([^,;:]+?) (?:is|lijkt mij) (?:vooral )?een (?:uitvlucht|smoes|smoesje)([;.].*)$/.exec(sentence);
  if (story) return `Ik weet niet zeker of het ${story[1]} ${story[2]} klopt${story[3]}`;
  return null;
};

// ---------------------------------------------------------------------------
// important-that: an order passed on becomes what the writer finds important
// ---------------------------------------------------------------------------

/** Verbs of telling someone what to do: "gezegd", "te verstaan gegeven", "duidelijk gemaakt". */
const TOLD = String.raw`(?:duidelijk gezegd|gezegd|duidelijk gemaakt|te verstaan gegeven|meegedeeld|laten weten|verteld)`;
/** Adverbs between the person and the verb that stay with the writer's verb: "heb ik haar nogmaals ...". */
const KEPT_ADVERBS = new Set(['nogmaals', 'opnieuw', 'nog', 'eens', 'ook']);
const OBJECT_PRONOUNS = new Set(['haar', 'hem', 'hen', 'ze']);

/** The person told: a pronoun, a role ("moeder", "oma en opa") or a name ("mevr. De Vries", "Chantal"). */
function isPerson(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  if (words.length === 1 && OBJECT_PRONOUNS.has(words[0] as string)) return true;
  return words.every((word) => PARENT_WORDS.has(bare(word)) || HONORIFICS.has(bare(word)) || /^\p{Lu}/u.test(word) || ['en', 'de', 'van', 'haar', 'zijn'].includes(word));
}

/** Verbs of demanding or expecting something of the parent, in the writer's or the team's voice. */
const DEMAND = String.raw`(?:eis|eisen|eist|verwacht|verwachten|verlang|verlangen|reken erop|rekenen erop)`;
const DEMAND_THAT = new RegExp(String.raw`^(?:(.+?, )(${DEMAND}) (ik|wij|we|het team)|(Ik|Wij|We|Het team|Het wijkteam) (${DEMAND})) (?:van ([^,;:]+?) )?dat (.+)$`);
const TOLD_THAT = new RegExp(String.raw`^(.*?)(Ik heb|heb ik) (met )?(.+?) (${TOLD}|besproken) dat (.+)$`);
const TOLD_PASSIVE = new RegExp(String.raw`^(?:Aan )?(.+?) is (door mij )?${TOLD} dat (.+)$`);
/** "vinden" for the one who demanded: "ik vind", "wij vinden", "het team vindt". */
const FIND: Readonly<Record<string, string>> = { ik: 'vind', wij: 'vinden', we: 'vinden' };

/** Modals that put the obligation on the clause's subject, with the person they are conjugated for. */
const CLAUSE_MODALS: Readonly<Record<string, Person>> = { moet: '3sg', moeten: 'pl', mag: '3sg', mogen: 'pl' };

/**
 * The dat-clause with its obligation as a plain finite verb: "ze de kinderen niet bij de
 * buurman mag achterlaten" → "ze de kinderen niet bij de buurman achterlaat". Its subject
 * must be the person ("hij", "ze", "moeder"), since "dat er bij nog één incident een
 * crisisplaatsing volgt" is no behaviour to find important. "mag" only with its negation
 * (a prohibition); other modals ("kan", "heeft te") and a second clause get no rewrite.
 */
function clauseWithoutModal(whole: string, requireModal: boolean): string | null {
  // A tail that opens a clause of its own (", zodat de achterstand niet verder oploopt") stays as it is.
  const tailAt = whole.search(/, (zodat|omdat|als|wanneer|zolang|ook als|ook op)\s/);
  const clause = tailAt >= 0 ? whole.slice(0, tailAt) : whole;
  const tail = tailAt >= 0 ? whole.slice(tailAt) : '';
  const words = clause.split(/\s+/);
  const first = bare(words[0] ?? '');
  // "beide ouders", "de ouders": an article before the person.
  const person = ['beide', 'de', 'haar', 'zijn'].includes(first) && PARENT_WORDS.has(bare(words[1] ?? '')) ? bare(words[1] ?? '') : first;
  if (!['hij', 'zij', 'ze'].includes(person) && !PARENT_WORDS.has(person) && !HONORIFICS.has(person) && !/^\p{Lu}/u.test(words[0] ?? '')) return null;
  if (/\b(dat|kan|kunnen|zal|zullen|heeft te|hebben te|hoeft|hoeven|dient|dienen)\b/.test(clause) || /[,;:]/.test(clause)) return null;
  const modals = words.flatMap((word, index) => (Object.hasOwn(CLAUSE_MODALS, word) ? [index] : []));
  if (modals.length === 0) return requireModal ? null : clause + tail;
  if (modals.length > 1) return null;
  const at = modals[0] as number;
  const modal = words[at] as string;
  if ((modal === 'mag' || modal === 'mogen') && !/\b(niet|geen|nooit|niets)\b/.test(clause)) return null;
  const verb = words[at + 1] ?? '';
  if (!/^\p{Ll}+en$/u.test(verb) || !isKnownInfinitive(verb)) return null;
  words.splice(at, 2, subordinateVerbCluster(verb, CLAUSE_MODALS[modal] as Person));
  return words.join(' ') + tail;
}

const importantThat: Rewriter = (input) => {
  const sentence = input.sentence.replace(/\s+$/, '');
  if (!/\.$/.test(sentence) || /[;:"„“]/.test(sentence)) return null;
  const body = sentence.slice(0, -1);
  // "Ik vind dat vader zijn gokschulden zelf moet oplossen." → "Ik vind het belangrijk dat vader zijn gokschulden zelf oplost."
  const opinion = /^(Ik vind|Wij vinden|We vinden) dat (.+)$/.exec(body);
  if (opinion) {
    const clause = clauseWithoutModal(opinion[2] as string, true);
    return clause && `${opinion[1]} het belangrijk dat ${clause}.`;
  }
  // "Wij eisen dat ouders de urinecontroles laten doen." → "Wij vinden het belangrijk dat ouders ..."; "Ik verwacht van vader dat hij ..." → "Ik vind het belangrijk dat vader ...".
  const demand = DEMAND_THAT.exec(body);
  if (demand) {
    const [, front = '', , invertedWho, who = invertedWho ?? '', , of, rest = ''] = demand;
    // The person the demand was made of takes the place of the pronoun that stood for them.
    const named = of && /^(hij|zij|ze) /.test(rest) ? `${lowerRole(of)} ${rest.replace(/^\S+ /, '')}` : rest;
    if (of && named === rest) return null;
    const clause = clauseWithoutModal(named, false);
    if (!clause) return null;
    const find = FIND[who.toLowerCase()] ?? 'vindt';
    return front ? `${front}${find} ${who.toLowerCase()} het belangrijk dat ${clause}.` : `${who} ${find} het belangrijk dat ${clause}.`;
  }
  // "Het is de bedoeling dat vader ... brengt." → "Ik vind het belangrijk dat vader ... brengt."; "Het is noodzakelijk dat ..." the same.
  const intended = /^Het is (?:de (?:bedoeling|verwachting)|(?:echt |absoluut )?(?:noodzakelijk|nodig|vereist|verplicht)) dat (.+)$/.exec(body);
  if (intended) {
    const clause = clauseWithoutModal(intended[1] as string, false);
    return clause && `Ik vind het belangrijk dat ${clause}.`;
  }
  // "Ik heb moeder gezegd dat ...", "Tijdens het gesprek heb ik vader te verstaan gegeven dat ...", "Ik heb met moeder besproken dat ...".
  const told = TOLD_THAT.exec(body);
  if (told) {
    const [, front = '', have = '', withMet, who = '', verb = '', rest = ''] = told;
    if ((have === 'heb ik') === (front === '') || /,(?!\s*$)/.test(front.replace(/,\s*$/, ''))) return null;
    if ((verb === 'besproken') !== Boolean(withMet)) return null;
    const person = who.split(/\s+/);
    const kept: string[] = [];
    while (person.length > 1 && KEPT_ADVERBS.has(person[person.length - 1] as string)) kept.unshift(person.pop() as string);
    if (person[person.length - 1] === 'duidelijk' || person[person.length - 1] === 'uitdrukkelijk') person.pop();
    if (!isPerson(person)) return null;
    const clause = clauseWithoutModal(rest, false);
    if (!clause) return null;
    const adverbs = kept.length > 0 ? `${kept.join(' ')} ` : '';
    return `${front}${have} ${adverbs}met ${person.join(' ')} besproken dat het belangrijk is dat ${clause}.`;
  }
  // "Aan vader is te verstaan gegeven dat ..." → "Met vader is besproken dat het belangrijk is dat ...".
  const passive = TOLD_PASSIVE.exec(body);
  if (passive) {
    const person = (passive[1] as string).split(/\s+/);
    // A role or an honorific is lower case after "met" ("Met vader", "met dhr."); a name keeps its capital.
    const head = bare(person[0] as string);
    if (PARENT_WORDS.has(head) || HONORIFICS.has(head)) person[0] = (person[0] as string).toLowerCase();
    if (!isPerson(person)) return null;
    const clause = clauseWithoutModal(passive[3] as string, false);
    if (!clause) return null;
    return passive[2] ? `Ik heb met ${person.join(' ')} besproken dat het belangrijk is dat ${clause}.` : `Met ${person.join(' ')} is besproken dat het belangrijk is dat ${clause}.`;
  }
  return null;
};

/**
 * A word or phrase left out (drop-focus.ts), in Dutch word order: a fronted adverbial
 * leaves its clause inverted ("Voor de zoveelste keer had moeder ..." → "Moeder had ...",
 * not "Had moeder ...", which reads as a question), and a parenthesis between commas goes
 * with both ("Vader dient, zoals te verwachten viel, opnieuw ..." → "Vader dient opnieuw ...").
 */
const withoutWords = (canGo?: (phrase: string) => boolean): Rewriter => (input) => {
  const text = dropFocus(input, undefined, canGo);
  if (text === null) return null;
  const { sentence, focus } = input;
  if (sentence.slice(0, focus.start).trim() !== '') return text;
  const from = focus.end + (/^\s*,?\s*/.exec(sentence.slice(focus.end))?.[0].length ?? 0);
  return finiteAt(input, from) ? subjectFirst(input, from) : text;
};

/** Habit adverbials that say "as always" of the person: leaving them out leaves what happened this time. */
const HABIT_ADVERBIALS = new Set(['zoals gewoonlijk', 'zoals altijd', 'keer op keer', 'elke keer weer', 'iedere keer weer', 'elke keer', 'iedere keer']);
/**
 * Words of habit that open a longer underlined phrase ("wederom te laat", "structureel te
 * laat", "ook nu weer niet", "weer hetzelfde"): only they go, what happened stays. Leaving out
 * the whole phrase would turn the sentence around or break it ("Zij is zoals altijd.", "Vader
 * had verhaal."). Longest first, so that "ook nu weer" wins over "weer".
 */
const HABIT_LEADS = [
  'ook deze keer weer', 'ook dit keer weer', 'ook ditmaal weer', 'maar weer eens', 'zoals gewoonlijk', 'natuurlijk weer', 'eindelijk eens',
  'onveranderlijk', 'ook nu weer', 'structureel', 'zoals vaker', 'consequent', 'chronisch', 'standaard', 'maar weer', 'vast weer',
  'weer eens', 'steevast', 'wederom', 'opnieuw', 'alweer', 'zowaar', 'eeuwig', 'notoir', 'weer',
];
/** The habit lead a phrase opens with; none when the phrase is itself a lead ("weer eens" goes whole). */
const habitLead = (phrase: string) => {
  const lower = phrase.toLowerCase();
  return HABIT_LEADS.includes(lower) ? undefined : HABIT_LEADS.find((words) => lower.startsWith(`${words} `));
};

/** A phrase that opens with a habit lead is drop-habit's, which keeps what happened. */
const dropWords = withoutWords((phrase) => droppable(phrase) && !habitLead(phrase));

const dropHabitWords = withoutWords((phrase) => HABIT_ADVERBIALS.has(phrase.toLowerCase()) || HABIT_LEADS.includes(phrase.toLowerCase()));

/**
 * An absolute of habit left out: "Moeder overdrijft zoals altijd." → "Moeder overdrijft.";
 * "Keer op keer vergeet moeder de medicatie." → "Moeder vergeet de medicatie.". A rule that
 * underlines only "altijd" gets its "zoals" along, "elke keer" its "weer". "Elke keer als ik
 * bel, ..." is a condition, not an aside: leaving "Elke keer" out would make it another
 * sentence. Of "wederom te laat" only "wederom" goes: "te laat" is what happened. ("prikkelbaar
 * als altijd" is a label beside the sentence: drop-aside's.)
 */
const dropHabit: Rewriter = (input) => {
  const { sentence, focus } = input;
  if (/(keer|weer)$/i.test(focus.text) && /^\s+(als|wanneer|dat|na|bij|voor)\s/i.test(sentence.slice(focus.end))) return null;
  const comparison = /(?:^|\s)(zoals )$/i.exec(sentence.slice(0, focus.start));
  const start = comparison && /^(altijd|gewoonlijk)$/i.test(focus.text) ? focus.start - (comparison[1] as string).length : focus.start;
  const again = /^(elke|iedere) keer$/i.test(focus.text) ? /^\s+weer(?=[\s,.;!?]|$)/.exec(sentence.slice(focus.end))?.[0].length ?? 0 : 0;
  const lead = habitLead(focus.text);
  const end = lead ? focus.start + lead.length : focus.end + again;
  const habit = sentence.slice(start, end);
  // A lone "wederom" is drop-words' already.
  if (!lead && !HABIT_ADVERBIALS.has(habit.toLowerCase())) return null;
  return dropHabitWords({ ...input, focus: { text: habit, start, end } });
};

// ---------------------------------------------------------------------------
// by-own-account: "zogenaamd" becomes the parent's own account
// ---------------------------------------------------------------------------

/** The pronoun for a person named by role or honorific; a name alone says no gender. */
export const SHE = new Set(['moeder', 'mama', 'mam', 'mw', 'mevr', 'mevrouw', 'oma', 'pleegmoeder', 'stiefmoeder', 'zij', 'ze']);
export const HE = new Set(['vader', 'papa', 'pap', 'dhr', 'meneer', 'opa', 'pleegvader', 'stiefvader', 'hij']);
/** "zij" or "hij" for a role or honorific word (lower case, no dot); null for a name or another word. */
export const pronounOfRole = (word: string): 'zij' | 'hij' | null => (SHE.has(word) ? 'zij' : HE.has(word) ? 'hij' : null);

/**
 * "Dhr. was zogenaamd ziek op de dag van de zitting." → "Volgens dhr. was hij ziek op de
 * dag van de zitting."; "Zogenaamd was moeder ziek." → "Volgens moeder was zij ziek." Leaving
 * "zogenaamd" out would state as fact what the writer doubts; the parent's own account says
 * whose word it is. Only where the person opens the sentence, or follows the verb after a
 * fronted "Zogenaamd", and their pronoun is known.
 */
const byOwnAccount: Rewriter = (input) => ownAccountFirst(input) ?? reportedWithout(input);

/**
 * With "zou" the sentence already says it is the parent's account ("Dhr. zou volgens eigen
 * zeggen de huur hebben betaald"): the doubt word can go, mid-sentence, and the account stays.
 */
function reportedWithout(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  if (!/\bzou(den)?\b/.test(sentence) || focus.start === 0) return null;
  if (!['zogenaamd', 'zogenaamde', 'volgens eigen zeggen'].includes(focus.text.toLowerCase())) return null;
  return `${sentence.slice(0, focus.start).trimEnd()} ${sentence.slice(focus.end).trimStart()}`;
}

function ownAccountFirst(input: RewriteInput): string | null {
  const { sentence, focus } = input;
  if (focus.text.toLowerCase() !== 'zogenaamd' || /[,;:]/.test(sentence)) return null;
  const words = sentence.replace(/[.!]\s*$/, '').trim().split(/\s+/);
  let subject: string[];
  let verb: string;
  let rest: string[];
  if (focus.start === 0) {
    // "Zogenaamd was moeder ziek ...": the verb, then the person.
    verb = words[1] ?? '';
    const take = invertedSubject(words.slice(2));
    if (!finiteAt(input, focus.end + 1) || take === 0) return null;
    subject = words.slice(2, 2 + take);
    rest = words.slice(2 + take);
  } else {
    // "Dhr. was zogenaamd ziek ...": the person, the verb, then "zogenaamd".
    const at = words.findIndex((word) => word.toLowerCase() === 'zogenaamd');
    const take = invertedSubject(words);
    if (at !== take + 1) return null;
    subject = words.slice(0, take);
    verb = words[take] ?? '';
    if (!/^\p{Ll}+$/u.test(verb) || !isFiniteForm(verb)) return null;
    rest = words.slice(at + 1);
  }
  const head = bare(subject[subject.length - 1] ?? '');
  const pronoun = pronounOfRole(head);
  if (!pronoun || subject.length > 2 || rest.length === 0) return null;
  return `Volgens ${lowerRole(subject.join(' '))} ${verb} ${pronoun} ${rest.join(' ')}.`;
}

// ---------------------------------------------------------------------------
// neutral-account: "houdt vol", "geeft toe", "ontkent dat" become plain saying
// ---------------------------------------------------------------------------

/** Verbs of insisting or admitting, by form, with the plain verb of saying in the same person and tense; the particle closes the focus. */
const INSISTS: Readonly<Record<string, { particle: string; says: string }>> = {
  houdt: { particle: 'vol', says: 'zegt' }, hield: { particle: 'vol', says: 'zei' }, houden: { particle: 'vol', says: 'zeggen' }, hielden: { particle: 'vol', says: 'zeiden' },
  geeft: { particle: 'toe', says: 'vertelt' }, gaf: { particle: 'toe', says: 'vertelde' }, geven: { particle: 'toe', says: 'vertellen' }, gaven: { particle: 'toe', says: 'vertelden' },
};
/** "bleef volhouden": the insisting in the infinitive after a finite verb. */
const INSIST_INFINITIVE: Readonly<Record<string, string>> = { volhouden: 'zeggen' };
/** "ontkent dat ...": the denial of a dat-clause, as saying that it is not so, in the same person and tense. */
const DENIES: Readonly<Record<string, string>> = { ontkent: 'zegt dat het niet klopt', ontkende: 'zei dat het niet klopte', ontkennen: 'zeggen dat het niet klopt', ontkenden: 'zeiden dat het niet klopte' };

/**
 * The parent's account in plain words, the rest of the sentence as written: "Vader houdt vol
 * dat ..." → "Vader zegt dat ..."; "Na lang doorvragen geeft moeder toe dat ..." → "Na lang
 * doorvragen vertelt moeder dat ..." (the subject between verb and particle stays);
 * "Moeder ontkent dat er gedronken wordt" → "Moeder zegt dat het niet klopt dat er gedronken
 * wordt". Insisting and admitting say the writer doubted the parent; saying does not.
 */
const neutralAccount: Rewriter = (input) => {
  const { sentence, focus } = input;
  const parts = focus.text.split(/\s+/);
  const first = parts[0]?.toLowerCase() ?? '';
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  let replaced: string | null = null;
  const insists = Object.hasOwn(INSISTS, first) ? INSISTS[first] : undefined;
  // "geeft toe" side by side: the rule's own word swap says it ("vertelt"); only a subject or adverb between needs the sentence.
  if (insists && parts.length >= 2 && last === insists.particle && !(parts.length === 2 && last === 'toe')) {
    // "gaf vader toe", "gaf uiteindelijk toe": what stands between stays; "uiteindelijk" and "eindelijk" go with the admitting.
    const between = parts.slice(1, -1).filter((word) => !['uiteindelijk', 'eindelijk', 'schoorvoetend', 'pas'].includes(word.toLowerCase()));
    replaced = [insists.says, ...between].join(' ');
  } else if (Object.hasOwn(INSIST_INFINITIVE, last)) {
    // "bleef volhouden" → "bleef zeggen".
    replaced = [...parts.slice(0, -1), INSIST_INFINITIVE[last] as string].join(' ');
  } else if (parts.length === 1 && Object.hasOwn(DENIES, first) && /^\s+dat\s/.test(sentence.slice(focus.end))) {
    replaced = DENIES[first] as string;
  }
  if (replaced === null) return null;
  return sentence.slice(0, focus.start) + matchCase(replaced, focus.text) + sentence.slice(focus.end);
};

// ---------------------------------------------------------------------------
// takes-no-part: "werkt niet mee" becomes what the parent does not take part in
// ---------------------------------------------------------------------------

/** Forms of "(mee)werken" with the same form of "(mee)doen". */
const WORKS: Readonly<Record<string, string>> = { werkt: 'doet', werken: 'doen', werkte: 'deed', werkten: 'deden', meewerkt: 'meedoet', meewerken: 'meedoen', meewerkte: 'meedeed', meewerkten: 'meededen' };
/** Words that only make the refusal total ("werkt totaal niet mee"): they go with it. */
const TOTAL = new Set(['totaal', 'helemaal', 'absoluut', 'volstrekt', 'pertinent', 'categorisch']);

/**
 * "Vader werkt niet mee aan het onderzoek." → "Vader doet niet mee aan het onderzoek.";
 * "Meneer werkt totaal niet mee." → "Meneer doet niet mee."; "Sinds de zomer werkt vader
 * niet meer mee aan ..." → "... doet vader niet meer mee aan ...". Not cooperating judges
 * the parent's attitude; not taking part is what the writer saw.
 */
const takesNoPart: Rewriter = (input) => {
  const { sentence, focus } = input;
  const parts = focus.text.split(/\s+/);
  const verb = parts[0]?.toLowerCase() ?? '';
  if (!Object.hasOwn(WORKS, verb)) return null;
  const joined = verb.startsWith('mee');
  if (!joined && parts[parts.length - 1]?.toLowerCase() !== 'mee') return null;
  const kept = parts.slice(1).filter((word) => !TOTAL.has(word.toLowerCase()));
  if (!kept.some((word) => /^(niet|nauwelijks|amper|geen)$/i.test(word)) && !joined) return null;
  const form = WORKS[verb] as string;
  return sentence.slice(0, focus.start) + [matchCase(form, focus.text), ...kept].join(' ') + sentence.slice(focus.end);
};

/**
 * The inferred cause left out, what the parent did kept: "... en houdt haar daarom klein" →
 * "... en houdt haar klein". Not where the word opens its clause after "en" ("en daarom schuift
 * hij ..."): without it the clause would keep the inverted order of a fronted adverb.
 */
const dropCause: Rewriter = (input) => {
  // The finding runs from the feeling to the cause word ("bang ... en houdt daarom"): only that word goes.
  const word = /\S+$/.exec(input.focus.text)?.[0] ?? '';
  const start = input.focus.end - word.length;
  const before = input.sentence.slice(0, start);
  if (word === '' || /(^|[\s,;:])(en|maar|want|of)\s*$/i.test(before) || /[,;:]\s*$/.test(before)) return null;
  return dropWords({ ...input, focus: { text: word, start, end: input.focus.end } });
};

/** Openers of a reason clause a writer may leave out behind the main clause. */
const REASON_OPENER = /(,?\s+)(omdat|doordat|aangezien|want)\s/gi;

/**
 * The reason the writer inferred left out, what the person did kept: "Vader zegt de gesprekken
 * af omdat hij bang is dat ..." → "Vader zegt de gesprekken af." Only a reason clause behind its
 * main clause that runs to the end of the sentence (or a semicolon): a fronted one ("Omdat ...,
 * neemt hij ...") leaves the main clause in inverted order.
 */
const dropReason: Rewriter = ({ sentence, focus }) => {
  const opener = [...sentence.slice(0, focus.start).matchAll(REASON_OPENER)].at(-1);
  if (!opener || opener.index === undefined || opener.index === 0) return null;
  const rest = sentence.slice(focus.end);
  // The sentence is one already: it ends at a semicolon or its final punctuation, not at the dot of "dhr." or "9.30".
  const end = rest.search(/;|[.!?]+["”’)]*\s*$|$/);
  if (/,/.test(rest.slice(0, end))) return null;
  const head = sentence.slice(0, opener.index).trimEnd();
  if (!/\p{L}/u.test(head)) return null;
  return `${head}${rest.slice(end).trimStart() === '' ? '.' : rest.slice(end)}`;
};

/** The motive the writer inferred left out, the act kept ("… om zelf met rust gelaten te worden", "… uit schaamte"); "uit angst dat …" would leave its "dat …" behind. */
const dropPurpose: Rewriter = (input) => dropTrailingPhrase(input, /^(om|uit)\s/i, /^\s*([,;.!?]|$|(en|maar)\s)/i);

export const OWNED_REWRITERS: Readonly<Record<string, Rewriter>> = {
  'drop-cause': dropCause,
  'drop-purpose': dropPurpose,
  'drop-reason': dropReason,
  'neutral-account': neutralAccount,
  'takes-no-part': takesNoPart,
  'drop-aside': dropAside,
  'own-uncertainty': ownUncertainty,
  'important-that': importantThat,
  'drop-words': dropWords,
  'drop-habit': dropHabit,
  'by-own-account': byOwnAccount,
};
