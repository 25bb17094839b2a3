// Dutch verb morphology for Samenspraak's collaborative rewrites: conjugation, participles,
// separable-prefix handling and a best-effort lemmatiser. Pure string functions, no DOM.

import {
  IRREGULAR_VARIANT_FORMS,
  IRREGULAR_VERBS,
  WEAK_HOMOGRAPHS,
  type IrregularVerb,
  type Person,
} from './irregular-verbs';

export type { Person };
export type Modal = 'moeten' | 'willen' | 'kunnen' | 'mogen' | 'zullen' | 'hoeven';
export type Tense = 'present' | 'past';

export interface PrefixSplit {
  readonly prefix: string;
  readonly base: string;
}

export interface FiniteParts {
  readonly finite: string;
  /** The separable particle that a main clause moves to the end: "Moeder komt de afspraken na". */
  readonly particle?: string;
}

const PERSONS: readonly Person[] = ['1sg', '2sg', '3sg', 'pl'];

// ---------------------------------------------------------------------------
// Prefix lexicon
// ---------------------------------------------------------------------------

// Longest first, so overeenkomen reads as overeen+komen and voorafgaan as vooraf+gaan.
const SEPARABLE_PREFIXES: readonly string[] = [
  'aan', 'achter', 'achteruit', 'af', 'bekend', 'bij', 'binnen', 'bloot', 'buiten', 'deel',
  'dicht', 'dood', 'door', 'goed', 'heen', 'in', 'kapot', 'kennis', 'klaar', 'kwijt', 'langs',
  'leeg', 'los', 'mee', 'na', 'neer', 'om', 'onder', 'op', 'open', 'over', 'overeen', 'plaats',
  'rond', 'samen', 'schoon', 'stand', 'stil', 'tegemoet', 'tegen', 'teleur', 'terecht', 'terug',
  'teweeg', 'thuis', 'toe', 'tussen', 'uit', 'vast', 'vol', 'voor', 'vooraf', 'voorbij', 'voort',
  'vooruit', 'vrij', 'waar', 'weer', 'weg', 'zoek',
].sort((a, b) => b.length - a.length);

// ge- is deliberately absent: as a verb prefix it is unproductive, so it is only recognised
// through INSEPARABLE_GE_VERBS (otherwise geven and gelden would lose their ge- in the participle).
const INSEPARABLE_PREFIXES: readonly string[] = ['her', 'ont', 'ver', 'mis', 'be', 'er'];

const INSEPARABLE_GE_VERBS: ReadonlySet<string> = new Set([
  'gebaren', 'gebeuren', 'gebieden', 'gebruiken', 'gedenken', 'gedijen', 'gedogen', 'gedragen',
  'gehoorzamen', 'gelijken', 'geloven', 'gelukken', 'genezen', 'genieten', 'geraken',
  'geschieden', 'getuigen', 'gewagen', 'gewennen',
]);

/** Verbs that start with ge- without it being a prefix; the lemmatiser must not mistake them for participles. */
const SIMPLEX_GE_VERBS: ReadonlySet<string> = new Set(['geeuwen', 'geuren', 'geselen']);

/**
 * Verbs whose particle is normally separable but is unstressed and inseparable here: they keep the
 * particle in every form and take no ge- (ondersteunt, ondersteund). Where a verb has both readings
 * we pick the one case notes use:
 * - voorkomen: "prevent" (voorkomt, voorkomen), not "occur" (komt voor, voorgekomen); directives
 *   ask parents to prevent things, and "het komt voor dat" is rarely rewritten.
 * - overleggen: "consult" (overlegt, overlegd), not "hand over documents" (legt over).
 * - doorlopen, doorbreken, doorzoeken: "een traject doorlopen", "een patroon doorbreken".
 * - ondergaan: "undergo" (treatment), not the sun setting.
 * overkomen stays separable ("het komt agressief over") although "wat haar is overkomen" exists.
 */
const INSEPARABLE_COMPOUNDS: ReadonlySet<string> = new Set([
  'aanbidden', 'aanschouwen', 'aanvaarden',
  'achterhalen', 'achtervolgen',
  'doorbreken', 'doorgronden', 'doorkruisen', 'doorlopen', 'doorstaan', 'doorzien', 'doorzoeken',
  'omarmen', 'omcirkelen', 'omgeven', 'omheinen', 'omhelzen', 'omlijsten', 'omringen',
  'omschrijven', 'omsingelen', 'omvatten', 'omzeilen',
  'onderbouwen', 'onderbreken', 'onderdrukken', 'ondergaan', 'onderhandelen', 'onderhouden',
  'onderkennen', 'ondermijnen', 'ondernemen', 'onderscheiden', 'onderscheppen', 'onderschatten',
  'onderschrijven', 'ondersteunen', 'onderstrepen', 'ondertekenen', 'ondervangen', 'ondervinden',
  'ondervragen', 'onderwerpen', 'onderwijzen', 'onderzoeken',
  'overbelasten', 'overbruggen', 'overdenken', 'overdrijven', 'overhandigen', 'overheersen',
  'overhoren', 'overlappen', 'overleggen', 'overleven', 'overlijden', 'overnachten', 'overrompelen',
  'overschatten', 'overschrijden', 'overspoelen', 'overstelpen', 'overstemmen', 'overtreden',
  'overtreffen', 'overtuigen', 'overvallen', 'overwegen', 'overweldigen', 'overwinnen',
  'overwinteren', 'overzien',
  'volbrengen', 'voldoen', 'voleindigen', 'volharden', 'volstaan', 'voltooien', 'voltrekken',
  'voorkomen', 'voorspellen', 'voorzien',
  'weerhouden', 'weerleggen', 'weerspiegelen', 'weerspreken', 'weerstaan',
]);

/** Simplex verbs that merely begin like prefix + verb (op+enen, na+deren, waar+schuwen). */
const NOT_PREFIXED: ReadonlySet<string> = new Set([
  'ergeren', 'herbergen', 'naderen', 'openbaren', 'openen', 'opereren', 'opperen', 'opponeren',
  'opteren', 'optimaliseren', 'toeteren', 'vrijwaren', 'waarborgen', 'waarderen', 'waarschuwen',
]);

/** mis- is inseparable (misbruikt, misleid) except in these (het gaat mis, misgegaan). */
const SEPARABLE_MIS_VERBS: ReadonlySet<string> = new Set(['misgaan', 'mislopen']);

/** Look like prefix + strong verb (ont+moeten) but are weak: ontmoette, ontmoet. */
const WEAK_DESPITE_STRONG_BASE: ReadonlySet<string> = new Set(['behoeven', 'ontmoeten']);

/**
 * Native verbs whose -eren ending is an unstressed schwa syllable (ik weiger, lever, verander),
 * matched as word endings so prefixed forms (verbeteren, opleveren) are covered. Any other -eren
 * verb with a syllable before the ending is treated as a Romance loan with stress on -eren
 * (reageer, accepteer, waardeer); that is the open class, so it is the default.
 */
const NATIVE_SCHWA_EREN_ENDINGS: readonly string[] = [
  'anderen', 'ankeren', 'beteren', 'bibberen', 'bijsteren', 'bitteren', 'blunderen', 'bufferen',
  'bulderen', 'clusteren', 'dobberen', 'donderen', 'duisteren', 'ergeren', 'etteren', 'filteren',
  'fladderen', 'flakkeren', 'flikkeren', 'fluisteren', 'foeteren', 'gaderen', 'hameren',
  'hamsteren', 'hinderen', 'hongeren', 'huiveren', 'hunkeren', 'ijveren', 'inneren', 'jammeren',
  'kankeren', 'kieperen', 'klauteren', 'kletteren', 'koesteren', 'kommeren', 'lemmeren', 'leveren',
  'loederen', 'luisteren', 'mageren', 'meerderen', 'meesteren', 'mekkeren', 'minderen', 'moederen',
  'monsteren', 'mopperen', 'naderen', 'opperen', 'ouderen', 'overen', 'pauperen', 'peuteren',
  'piekeren', 'pleisteren', 'ploeteren', 'plunderen', 'polderen', 'roosteren', 'schateren',
  'schemeren', 'schilderen', 'schitteren', 'sidderen', 'slechteren', 'slenteren', 'slingeren',
  'sluimeren', 'snipperen', 'soberen', 'splinteren', 'sputteren', 'stotteren', 'stuiteren',
  'timmeren', 'treiteren', 'vorderen', 'wakkeren', 'wapperen', 'wateren', 'weigeren', 'wijderen',
  'wilderen', 'winteren', 'wonderen', 'zekeren', 'zeveren',
];

// ---------------------------------------------------------------------------
// Spelling primitives
// ---------------------------------------------------------------------------

const PLAIN_OF_TREMA: Readonly<Record<string, string>> = { ë: 'e', ï: 'i', ü: 'u', ö: 'o', ä: 'a' };
const TREMA_OF_PLAIN: Readonly<Record<string, string>> = { e: 'ë', i: 'ï', u: 'ü' };

/** Vowel pairs spelling one sound; a vowel inside one is never doubled (hoor, deuk, dien). */
const VOWEL_DIGRAPHS: ReadonlySet<string> = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ou', 'au']);

/** Final consonants after which a single vowel is never doubled (duw, fax). */
const NO_LENGTHENING_BEFORE: ReadonlySet<string> = new Set(['w', 'j', 'h', 'x', 'y']);

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && letter !== '' && 'aeiouyëïüöäéè'.includes(letter);
}

function isConsonant(letter: string | undefined): boolean {
  return letter !== undefined && /^[a-z]$/.test(letter) && !isVowel(letter);
}

function hasVowel(text: string): boolean {
  return /[aeiouyëïüöäéè]/.test(text);
}

function normalise(word: string): string {
  return word.trim().toLowerCase();
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The infinitive without -en/-n, before any spelling adjustment. */
function rawStem(infinitive: string): string {
  if (/[aeiouy]ën$/.test(infinitive)) return infinitive.slice(0, -2); // skiën → ski
  if (infinitive.endsWith('en')) return infinitive.slice(0, -2);
  if (infinitive.endsWith('n')) return infinitive.slice(0, -1);
  return infinitive;
}

/** ge- gets a trema where the next vowel would otherwise merge with it: geëerd, geïnd, but geuit, geijkt. */
function attachGe(form: string): string {
  return attachInseparable('ge', form);
}

function attachInseparable(prefix: string, form: string): string {
  const first = form[0];
  const second = form[1];
  const merges = first === 'e' || (first === 'i' && second !== 'j') || (first === 'u' && second !== 'i');
  const trema = first === undefined ? undefined : TREMA_OF_PLAIN[first];
  return prefix.endsWith('e') && merges && trema !== undefined ? prefix + trema + form.slice(1) : prefix + form;
}

/** Compounds with clashing identical vowels take a hyphen (mee-eten, na-apen, toe-eigenen). */
function attachParticle(particle: string, form: string): string {
  const clash = isVowel(particle.at(-1)) && particle.at(-1) === form[0];
  return clash ? `${particle}-${form}` : particle + form;
}

/** Removes the trema that only marked the boundary with ge- (geëerd → eerd). */
function withoutBoundaryTrema(form: string): string {
  const first = form[0];
  const plain = first === undefined ? undefined : PLAIN_OF_TREMA[first];
  return plain === undefined ? form : plain + form.slice(1);
}

// ---------------------------------------------------------------------------
// Prefix analysis
// ---------------------------------------------------------------------------

interface PrefixRemainder {
  readonly base: string;
  /** The spelling itself marks the boundary (mee-eten, beëindigen), so vowel-clash tests do not apply. */
  readonly markedBoundary: boolean;
}

function remainderAfter(prefix: string, word: string): PrefixRemainder {
  const rest = word.slice(prefix.length);
  if (rest.startsWith('-')) return { base: rest.slice(1), markedBoundary: true };
  const unmarked = withoutBoundaryTrema(rest);
  return { base: unmarked, markedBoundary: unmarked !== rest };
}

function looksLikeInfinitive(base: string): boolean {
  return IRREGULAR_VERBS.has(base) || (/(en|ën)$/.test(base) && hasVowel(rawStem(base)));
}

function isNativeSchwaEren(infinitive: string): boolean {
  return NATIVE_SCHWA_EREN_ENDINGS.some((ending) => infinitive.endsWith(ending));
}

/** Romance loans in stressed -eren (formeren, stalleren) never combine with a separable in-. */
function isRomanceEren(infinitive: string): boolean {
  const stem = rawStem(infinitive);
  return /[eë]r$/.test(stem) && hasVowel(stem.slice(0, -2)) && !isNativeSchwaEren(infinitive);
}

function splitParticle(verb: string): PrefixSplit | null {
  if (NOT_PREFIXED.has(verb) || INSEPARABLE_COMPOUNDS.has(verb)) return null;
  if (SEPARABLE_MIS_VERBS.has(verb)) return { prefix: 'mis', base: verb.slice(3) };
  for (const prefix of SEPARABLE_PREFIXES) {
    if (!verb.startsWith(prefix)) continue;
    const { base, markedBoundary } = remainderAfter(prefix, verb);
    if (!looksLikeInfinitive(base)) continue;
    // na+aien would be written na-aien; unmarked, naaien is a simplex verb.
    if (!markedBoundary && isVowel(prefix.at(-1)) && prefix.at(-1) === base[0]) continue;
    if (prefix === 'in' && isRomanceEren(base)) continue; // informeren, installeren
    return { prefix, base };
  }
  return null;
}

function splitInseparable(verb: string): PrefixSplit | null {
  if (NOT_PREFIXED.has(verb) || SEPARABLE_MIS_VERBS.has(verb)) return null;
  if (INSEPARABLE_COMPOUNDS.has(verb)) {
    const prefix = SEPARABLE_PREFIXES.find((candidate) => verb.startsWith(candidate));
    return prefix === undefined ? null : { prefix, base: verb.slice(prefix.length) };
  }
  if (INSEPARABLE_GE_VERBS.has(verb)) return { prefix: 'ge', base: verb.slice(2) };
  for (const prefix of INSEPARABLE_PREFIXES) {
    if (!verb.startsWith(prefix)) continue;
    const { base, markedBoundary } = remainderAfter(prefix, verb);
    // be+u, be+i would need a trema (beïnvloeden), so beuken and beitelen are simplex verbs.
    if (!markedBoundary && prefix.endsWith('e') && /^(e|i(?!j)|u)/.test(base)) continue;
    if (!looksLikeInfinitive(base)) continue; // bellen, beven, erven
    return { prefix, base };
  }
  return null;
}

function hasInseparablePrefix(verb: string): boolean {
  return splitInseparable(splitParticle(verb)?.base ?? verb) !== null;
}

/** The verb without any prefixes: stress, and thus spelling, is decided there (ondernemen → nemen). */
function coreOf(verb: string): string {
  const rest = splitParticle(verb)?.base ?? verb;
  return splitInseparable(rest)?.base ?? rest;
}

/**
 * Whether the stem ends in an unstressed syllable (weiger, wandel, open, adem, vestig), whose
 * vowel stays single where a stressed one doubles (neem, beveel, formeer).
 */
function endsInUnstressedSyllable(infinitive: string): boolean {
  const core = coreOf(infinitive);
  const stem = rawStem(core);
  const vowel = stem.at(-2);
  const consonant = stem.at(-1) ?? '';
  if (!hasVowel(stem.slice(0, -2))) return false;
  if (vowel === 'i') return consonant === 'g';
  if (vowel !== 'e' && vowel !== 'ë') return false;
  if (!/^[lmnr]$/.test(consonant)) return false;
  return consonant !== 'r' || isNativeSchwaEren(core);
}

// ---------------------------------------------------------------------------
// Conjugation
// ---------------------------------------------------------------------------

interface WeakStem {
  /** The 1sg form. */
  readonly stem: string;
  /** What endings attach to: a final i is written ie before them to stay long (ski → skiet, skiede). */
  readonly beforeEnding: string;
  /** 't kofschip: decided on the stem before v/z are devoiced, so leven gives leefde, not leefte. */
  readonly voiceless: boolean;
}

/** Doubles a vowel left alone in a closed syllable (maken → maak) and undoes doubled consonants (zitten → zit). */
function closedSyllableSpelling(raw: string, infinitive: string): string {
  const last = raw.at(-1);
  const vowel = raw.at(-2);
  const before = raw.at(-3);
  if (last === undefined || vowel === undefined) return raw;
  if (isConsonant(last) && last === vowel) return raw.slice(0, -1);
  if (!isConsonant(last) || NO_LENGTHENING_BEFORE.has(last) || !'aeouë'.includes(vowel)) return raw;
  if (before !== undefined && VOWEL_DIGRAPHS.has(before + vowel)) return raw;
  if (endsInUnstressedSyllable(infinitive)) return raw;
  // The doubled vowel keeps the trema after e (creëer); after i no misreading is possible (kopieer).
  if (vowel === 'ë') return raw.slice(0, -2) + (before === 'i' ? 'ee' : 'ëe') + last;
  return raw.slice(0, -1) + vowel + last;
}

function weakStem(verb: string): WeakStem {
  const spelled = closedSyllableSpelling(rawStem(verb), verb);
  const stem = spelled.replace(/v$/, 'f').replace(/z$/, 's');
  const shortI = stem.endsWith('i') && !isVowel(stem.at(-2));
  return {
    stem,
    beforeEnding: shortI ? `${stem}e` : stem,
    voiceless: /(?:[ptkfsxc]|[cs]h)$/.test(spelled),
  };
}

interface StrongVerb {
  readonly entry: IrregularVerb;
  /** Inseparable prefix in front of the table verb ('' for the table verb itself): be+grijpen. */
  readonly prefix: string;
}

function strongVerbOf(verb: string): StrongVerb | undefined {
  const direct = IRREGULAR_VERBS.get(verb);
  if (direct !== undefined) return { entry: direct, prefix: '' };
  if (WEAK_DESPITE_STRONG_BASE.has(verb)) return undefined;
  const split = splitInseparable(verb);
  const entry = split === null ? undefined : IRREGULAR_VERBS.get(split.base);
  return split !== null && entry !== undefined ? { entry, prefix: split.prefix } : undefined;
}

function conjugatePresent(verb: string, person: Person): string {
  const particle = splitParticle(verb);
  if (particle !== null) return attachParticle(particle.prefix, conjugatePresent(particle.base, person));
  if (person === 'pl') return verb;
  const strong = strongVerbOf(verb);
  const irregular = strong?.entry.present;
  if (strong !== undefined && typeof irregular === 'object') {
    return attachInseparable(strong.prefix, irregular[person]);
  }
  if (strong !== undefined && typeof irregular === 'string') {
    const stem = attachInseparable(strong.prefix, irregular);
    return person === '1sg' ? stem : `${stem}t`;
  }
  const { stem, beforeEnding } = weakStem(verb);
  return person === '1sg' || stem.endsWith('t') ? stem : `${beforeEnding}t`;
}

function conjugatePast(verb: string, plural: boolean): string {
  const particle = splitParticle(verb);
  if (particle !== null) return attachParticle(particle.prefix, conjugatePast(particle.base, plural));
  const strong = strongVerbOf(verb);
  if (strong !== undefined) {
    return attachInseparable(strong.prefix, plural ? strong.entry.pastPlural : strong.entry.pastSingular);
  }
  const { beforeEnding, voiceless } = weakStem(verb);
  return beforeEnding + (voiceless ? 'te' : 'de') + (plural ? 'n' : '');
}

function participleOrNull(verb: string): string | null {
  const particle = splitParticle(verb);
  if (particle !== null) {
    const participle = participleOrNull(particle.base);
    return participle === null ? null : attachParticle(particle.prefix, participle);
  }
  const strong = strongVerbOf(verb);
  if (strong !== undefined) {
    const participle = strong.entry.pastParticiple;
    if (participle === null || strong.prefix === '') return participle;
    // An inseparable prefix takes the place of ge-: gesloten → besloten, genomen → ondernomen.
    const bare = splitInseparable(strong.entry.infinitive) === null && participle.startsWith('ge')
      ? withoutBoundaryTrema(participle.slice(2))
      : participle;
    return attachInseparable(strong.prefix, bare);
  }
  const { beforeEnding, voiceless } = weakStem(verb);
  const form = beforeEnding + (/[td]$/.test(beforeEnding) ? '' : voiceless ? 't' : 'd');
  return splitInseparable(verb) === null ? attachGe(form) : form;
}

// ---------------------------------------------------------------------------
// Public conjugation API
// ---------------------------------------------------------------------------

/**
 * Present tense, with any separable particle kept in front (nakomen, 3sg → nakomt): the form for
 * subordinate clauses. Use finiteParts for main clauses.
 */
export function presentTense(infinitive: string, person: Person): string {
  return conjugatePresent(normalise(infinitive), person);
}

/** Past tense, particle kept in front like presentTense (nakomen → nakwam). */
export function pastTense(infinitive: string, plural: boolean): string {
  return conjugatePast(normalise(infinitive), plural);
}

/** Past participle: gewerkt, afgesproken, besproken, ondersteund. Throws for zullen, which has none. */
export function pastParticiple(infinitive: string): string {
  const verb = normalise(infinitive);
  const participle = participleOrNull(verb);
  if (participle === null) throw new RangeError(`"${verb}" has no past participle`);
  return participle;
}

/**
 * Every form a note may write a verb in, for word lists written as infinitives: infinitive,
 * present (1sg, 3sg), past (singular, plural) and participle where the verb has one. A
 * separable verb's forms keep their particle in front, as a subordinate clause writes them.
 */
export function everyForm(infinitive: string): string[] {
  const verb = normalise(infinitive);
  const participle = participleOrNull(verb);
  return unique([infinitive, conjugatePresent(verb, '1sg'), conjugatePresent(verb, '3sg'), conjugatePast(verb, false), conjugatePast(verb, true), ...(participle === null ? [] : [participle])]);
}

/**
 * The infinitive with "te", as a purpose clause ends: "te ontlopen", and a separable verb's
 * particle in front of it ("weg te drukken"). A phrase keeps its words before the verb
 * ("met rust gelaten worden" -> "met rust gelaten te worden").
 */
export function teInfinitive(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const verb = words.pop() ?? '';
  const particle = splitParticle(normalise(verb));
  return [...words, ...(particle ? [particle.prefix, 'te', particle.base] : ['te', verb])].join(' ');
}

/** The separable particle and the verb it detaches from, or null when nothing splits off. */
export function separablePrefix(infinitive: string): PrefixSplit | null {
  return splitParticle(normalise(infinitive));
}

/** Main-clause finite verb: the particle goes to the end of the clause ("komt ... na"). */
export function finiteParts(infinitive: string, person: Person, tense: Tense = 'present'): FiniteParts {
  const verb = normalise(infinitive);
  const particle = splitParticle(verb);
  const conjugate = (target: string): string =>
    tense === 'present' ? conjugatePresent(target, person) : conjugatePast(target, person === 'pl');
  return particle === null
    ? { finite: conjugate(verb) }
    : { finite: conjugate(particle.base), particle: particle.prefix };
}

/** Subordinate clauses put the finite verb last and unsplit: "dat zij de afspraken nakomt". */
export function subordinateVerbCluster(infinitive: string, person: Person, tense: Tense = 'present'): string {
  const verb = normalise(infinitive);
  return tense === 'present' ? conjugatePresent(verb, person) : conjugatePast(verb, person === 'pl');
}

export function conjugateModal(modal: Modal, person: Person, tense: Tense): string {
  return tense === 'present' ? conjugatePresent(modal, person) : conjugatePast(modal, person === 'pl');
}

// ---------------------------------------------------------------------------
// Lemmatiser
// ---------------------------------------------------------------------------

const LEMMATISER_PREFIXES: readonly string[] = unique([...SEPARABLE_PREFIXES, ...INSEPARABLE_PREFIXES, 'ge'])
  .sort((a, b) => b.length - a.length);

const IRREGULAR_FORM_INDEX: ReadonlyMap<string, readonly string[]> = buildIrregularFormIndex();

function buildIrregularFormIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (form: string | null, infinitive: string): void => {
    if (form === null) return;
    const lemmas = index.get(form);
    if (lemmas === undefined) index.set(form, [infinitive]);
    else if (!lemmas.includes(infinitive)) lemmas.push(infinitive);
  };
  // Strong verbs first so that their readings lead wherever a weak homograph shares the form.
  for (const infinitive of [...IRREGULAR_VERBS.keys(), ...WEAK_HOMOGRAPHS]) {
    add(infinitive, infinitive);
    for (const person of PERSONS) add(conjugatePresent(infinitive, person), infinitive);
    add(conjugatePast(infinitive, false), infinitive);
    add(conjugatePast(infinitive, true), infinitive);
    add(participleOrNull(infinitive), infinitive);
  }
  for (const [form, infinitive] of IRREGULAR_VARIANT_FORMS) add(form, infinitive);
  return index;
}

function producesForm(infinitive: string, form: string): boolean {
  return (
    infinitive === form ||
    PERSONS.some((person) => conjugatePresent(infinitive, person) === form) ||
    conjugatePast(infinitive, false) === form ||
    conjugatePast(infinitive, true) === form ||
    participleOrNull(infinitive) === form
  );
}

/** Word-initial ge- is nearly always the participle prefix, so a ge- lemma must be a known verb. */
function isPlausibleLemma(candidate: string): boolean {
  const base = splitParticle(candidate)?.base ?? candidate;
  return (
    !base.startsWith('ge') ||
    IRREGULAR_VERBS.has(base) ||
    INSEPARABLE_GE_VERBS.has(base) ||
    SIMPLEX_GE_VERBS.has(base)
  );
}

/** Compounds of a table verb: nakomt, besloten, afgesproken, ontstond. */
function prefixedIrregularLemmas(word: string): string[] {
  const lemmas: string[] = [];
  for (const prefix of LEMMATISER_PREFIXES) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue;
    const { base: rest } = remainderAfter(prefix, word);
    // Inseparable compounds drop ge-, so besloten is looked up as gesloten.
    const bases = [...(IRREGULAR_FORM_INDEX.get(rest) ?? []), ...(IRREGULAR_FORM_INDEX.get(attachGe(rest)) ?? [])];
    const attach = INSEPARABLE_PREFIXES.includes(prefix) || prefix === 'ge' ? attachInseparable : attachParticle;
    for (const candidate of bases.map((base) => attach(prefix, base))) {
      if (!lemmas.includes(candidate) && producesForm(candidate, word)) lemmas.push(candidate);
    }
  }
  return lemmas;
}

/**
 * Whether t/d at the end of `form` may belong to the stem (zet, praat, wacht, kost, brand,
 * antwoord) rather than be an ending. Limited to the shapes such stems have, which keeps out
 * *werkten (werkt), *reisten (reist) and *leerden (geleerd).
 */
function mayEndInDental(form: string): boolean {
  const before = form.at(-2) ?? '';
  const earlier = form.at(-3) ?? '';
  const earliest = form.at(-4) ?? '';
  const shortVowelEarlier = isVowel(earlier) && earliest !== 'ë' && !VOWEL_DIGRAPHS.has(earliest + earlier);
  // After aai, ooi, oei the i is a glide ending the stem (draait, groeit); ei and ui are vowels (leidt, uit).
  if (before === 'i' && isVowel(earlier)) return (earlier === 'e' || earlier === 'u') && !isVowel(earliest);
  if (isVowel(before)) return true;
  if (before === 'h') return earlier === 'c';
  if (before === 's') return shortVowelEarlier;
  if (before !== 'n' && before !== 'l' && before !== 'r') return false;
  if (endsInUnstressedSyllable(`${form.slice(0, -1)}en`)) return false; // weigert, wandelt
  // Of the long vowels only oo occurs before r+dental in stems (antwoord, moord).
  return shortVowelEarlier || (before === 'r' && earliest === 'o' && earlier === 'o');
}

/** Stem-final dental first where that shape is the common one: wacht(en), leid(en) over *wachen, *leien. */
function prefersStemFinalDental(form: string): boolean {
  return /(cht|eid)$/.test(form);
}

function dentalReadings(form: string, read: (stem: string) => string[]): string[] {
  const withoutDental = read(form.slice(0, -1));
  if (!mayEndInDental(form)) return withoutDental;
  const withDental = read(form);
  return prefersStemFinalDental(form) ? [...withDental, ...withoutDental] : [...withoutDental, ...withDental];
}

/** Undoes devoicing: leef may come from leven, reis from reizen; a short vowel rules it out (straf, mis). */
function voicingAlternatives(stem: string): string[] {
  const last = stem.at(-1);
  if (last !== 'f' && last !== 's') return [stem];
  const body = stem.slice(0, -1);
  const voiced = body + (last === 'f' ? 'v' : 'z');
  if (/(?:[aeiouy]{2}|ij)$/.test(body)) return [voiced, stem];
  if (isVowel(body.at(-1))) return [stem];
  return last === 'f' ? [voiced, stem] : [stem, voiced]; // durven, but dansen
}

/** Inverts closedSyllableSpelling for one (re)voiced stem. */
function infinitiveFromSpelledStem(stem: string): string {
  const last = stem.at(-1) ?? '';
  const vowel = stem.at(-2) ?? '';
  const before = stem.at(-3) ?? '';
  if (!isConsonant(last) || NO_LENGTHENING_BEFORE.has(last)) return `${stem}en`;
  if (/iee.$/.test(stem)) return `${stem.slice(0, -3)}ë${last}en`; // kopieer → kopiëren
  if (/ëe.$/.test(stem)) return `${stem.slice(0, -2)}${last}en`; // creëer → creëren
  if (/(aa|ee|oo|uu).$/.test(stem)) return `${stem.slice(0, -2)}${last}en`; // maak → maken
  if (!isVowel(vowel) || VOWEL_DIGRAPHS.has(before + vowel)) return `${stem}en`; // werk, hoor
  const asWritten = `${stem}en`;
  const unstressed =
    (vowel === 'e' || (vowel === 'i' && last === 'g')) && hasVowel(rawStem(coreOf(asWritten)).slice(0, -2));
  return unstressed ? asWritten : `${stem}${last}en`; // weiger → weigeren, zit → zitten
}

function infinitivesFromStem(stem: string): string[] {
  const last = stem.at(-1);
  if (last === undefined || !hasVowel(stem)) return [];
  if (isVowel(last)) {
    // Only i-final stems are weak verbs (groei, draai, ski, skie-t); ga, doe, zie are in the table,
    // and ui is a vowel of its own (uit is uiten, not *uien).
    if (stem.endsWith('ie') && !isVowel(stem.at(-3))) return [`${stem.slice(0, -1)}ën`];
    if (last !== 'i' || stem.endsWith('ui')) return [];
    return [isVowel(stem.at(-2)) ? `${stem}en` : `${stem}ën`];
  }
  return voicingAlternatives(stem).map(infinitiveFromSpelledStem);
}

function participleReadings(word: string): string[] {
  if (!/[dt]$/.test(word)) return [];
  // Inseparable verbs first: gebeurd is gebeuren before it is ge+beuren.
  const readings = dentalReadings(word, infinitivesFromStem).filter(hasInseparablePrefix);
  if (word.startsWith('ge')) readings.push(...dentalReadings(withoutBoundaryTrema(word.slice(2)), infinitivesFromStem));
  for (const prefix of SEPARABLE_PREFIXES) {
    if (!word.startsWith(`${prefix}ge`)) continue;
    const rest = word.slice(prefix.length);
    readings.push(...participleReadings(rest).map((lemma) => attachParticle(prefix, lemma)));
  }
  return readings;
}

/** Readings of a finite form or participle, most likely first. The bare 1sg stem is left out. */
function inflectedReadings(word: string): string[] {
  const readings: string[] = [];
  if (word.endsWith('t')) readings.push(...dentalReadings(word, infinitivesFromStem));
  if (/[dt]e$/.test(word)) readings.push(...infinitivesFromStem(word.slice(0, -2)));
  readings.push(...participleReadings(word));
  const pastPlural = /[dt]en$/.test(word) ? infinitivesFromStem(word.slice(0, -3)) : [];
  const asInfinitive = /(en|ën)$/.test(word) && hasVowel(rawStem(word)) ? [word] : [];
  // -chten is far likelier an infinitive (wachten, richten) than the past of a rare -chen verb.
  readings.push(...(word.endsWith('chten') ? [...asInfinitive, ...pastPlural] : [...pastPlural, ...asInfinitive]));
  return readings.filter(isPlausibleLemma);
}

function weakLemmas(word: string): string[] {
  const readings = unique(inflectedReadings(word));
  const confirmed = readings.filter((lemma) => producesForm(lemma, word));
  if (confirmed.length > 0) return confirmed;
  // A reading our own conjugation cannot confirm is usually a gap in NATIVE_SCHWA_EREN_ENDINGS
  // (slingert); offering it beats reading the whole word as a 1sg stem.
  if (readings.length > 0) return readings;
  return unique(infinitivesFromStem(word).filter(isPlausibleLemma)).filter((lemma) => producesForm(lemma, word));
}

/**
 * Best-effort infinitives for a finite form or participle, most likely first. Strong and irregular
 * readings always come first and, when present, are the only ones: rules would otherwise add
 * spelling-valid non-words (komt → *kommen). Ambiguity remains where Dutch has it: -den/-ten may
 * be a past plural or an infinitive (weigerden, landen), and the past reading is tried first.
 */
export function infinitiveOf(form: string): string[] {
  const word = normalise(form);
  if (word === '') return [];
  const direct = IRREGULAR_FORM_INDEX.get(word);
  if (direct !== undefined) return [...direct];
  const prefixed = prefixedIrregularLemmas(word);
  return prefixed.length > 0 ? prefixed : weakLemmas(word);
}

/** Whether a word is a past participle of a verb we can conjugate: gegeven, opgezegd, overgemaakt, vergeten. */
export function isPastParticiple(form: string): boolean {
  const word = normalise(form);
  return infinitiveOf(word).some((infinitive) => participleOrNull(infinitive) === word);
}
