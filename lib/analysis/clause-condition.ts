// Rules as conditions on a clause instead of one pattern per sentence shape. A clause is
// the stretch between two clause starts the language's tagger marked (#ClauseStart: the
// sentence start, after a comma, semicolon or colon, and at openers like "dat", "omdat",
// "en"). Inside it, word order does not matter: "Vader mag de kinderen niet meer zien",
// "Tot het MDO mag vader alleen nog bellen" and "... dat hij voorlopig niet thuis mag
// slapen" are one condition: a form of mogen, a restricting word, a person as subject.

export interface ClauseCondition {
  /** The word that carries the finding, as a lexicon tag ("#Permission"). */
  focus: string;
  /** A person (parent, child, family member; not the professional) is the clause's subject. */
  subject?: boolean;
  /** At least one word with one of these tags in the same clause. */
  with?: string[];
  /** A word with each of these tags in the same clause ("kan ... niet loslaten": a form of kunnen and a negation). */
  withAll?: string[];
  /**
   * The clause is joined ("en", "and") to the clause before it, which has a person as subject
   * and a word with one of these tags: "Moeder kan haar dochter niet loslaten en houdt haar
   * daarom klein" gives the behaviour a cause the writer inferred.
   */
  joinedAfter?: string[];
  /** The clause opens with a word with one of these tags, or comes right after one ("omdat | ze bang is", "because | she is scared"): a reason clause. */
  opener?: string[];
  /** No word with one of these tags in the same clause. */
  without?: string[];
  /** Every focus word of the clause, not only the first ("is onbeleefd en agressief": two labels). */
  all?: boolean;
  /** Focus words that also carry one of these tags are passed over (a label that also describes things). */
  focusNot?: string[];
  /**
   * Focus words with one of these tags count only where they end their clause or their list,
   * as a predicate does: "Moeder is chaotisch." or "is instabiel, grillig en onvoorspelbaar",
   * not "in een chaotische periode". With `all`.
   */
  predicative?: string[];
  /** The focus is the whole run of words with the tag: a phrase ("dat is nog maar de vraag"), not its first word. */
  run?: boolean;
  /** The finding runs from the focus to the end of its clause ("bang is om weer alleen te komen staan"): a claim, not one word of it. */
  toClauseEnd?: boolean;
  /**
   * The focus follows its subject at once (adverbs between allowed), or opens the clause that
   * goes on after a relative clause or an apposition ("Ms Parry, who is anxious, is to ...").
   * For words that carry a duty only with their own subject ("is to", "shall").
   */
  afterSubject?: boolean;
}

export const CLAUSE_FIELDS = new Set(['focus', 'subject', 'with', 'withAll', 'joinedAfter', 'opener', 'without', 'all', 'focusNot', 'predicative', 'run', 'toClauseEnd', 'afterSubject']);

/** Words that may stand between a subject and its verb: "Mum now has to", "Dad also must", "they will be required to". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['will', 'be', 'also', 'still', 'now', 'then', 'really', 'definitely', 'certainly', 'ook', 'nog', 'nu', 'dan', 'echt']);

/** Words that carry a duty or a restriction (English tagger tags): a clause joined to one may share its subject. */
const DUTY_TAGS = ['Obligation', 'Restriction'];

/** Forms of "be" before a participle that carries the duty: "Dad, who is a bully, is required to ...". */
const BE_BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were']);

/**
 * Whether the focus at `at` follows the clause's subject at once, or opens a clause whose
 * subject carried over, also after the words that may stand between ("..., will be required to").
 */
function followsSubject(clause: Clause<ClauseTerm>, at: number, previous?: Clause<ClauseTerm>): boolean {
  const opensCarriedClause = () => clause.subject && !(clause.terms[0]?.tags.has('Subject') ?? false);
  if (at === 0) return opensCarriedClause();
  const between = (term: ClauseTerm, index: number) =>
    BETWEEN_SUBJECT_AND_VERB.has(term.normal) || (index === at - 1 && BE_BEFORE_PARTICIPLE.has(term.normal) && (clause.terms[at] as ClauseTerm).tags.has('Passive'));
  let before = at - 1;
  while (before > 0 && between(clause.terms[before] as ClauseTerm, before)) before--;
  const first = clause.terms[before] as ClauseTerm;
  if (before === 0 && between(first, 0)) return opensCarriedClause();
  // "... has to be home and may not go to the park": a second duty joined to a first one keeps
  // the subject it shares ("have received a notice and must leave" is no duty of ours).
  if (before === 0 && COORDINATORS.has(first.normal)) return opensCarriedClause() && previous?.terms.some((term) => DUTY_TAGS.some((tag) => term.tags.has(tag))) === true;
  return first.tags.has('Subject');
}

/**
 * Words a list of labels is made of: "ongeduldig, prikkelbaar en wispelturig" is one clause,
 * not three. Words that judge only before a person are Dutch #AttributiveJudgment, English
 * #WeakJudgment ("loud and trashy").
 */
const LIST_TAGS = ['Judgment', 'AttributiveJudgment', 'WeakJudgment', 'Degree'];

/** Conjunctions after which a clause may go on without its own subject: "Sanne moet naar huis en mag niet meer ...". */
const COORDINATORS = new Set(['en', 'maar', 'of', 'and', 'but', 'or']);

/** What a clause condition reads of a term: its normal form and its tags. */
export interface ClauseTerm {
  normal: string;
  tags: Set<string>;
  /** What follows the word in the text ("-" inside a hyphenated word). */
  post?: string;
}

/** Words between an inverted finite verb and its subject ("mag [de] vader", "mag [haar] moeder"). */
const DETERMINERS = new Set(['de', 'het', 'haar', 'zijn', 'hun', 'the', 'her', 'his', 'their']);

const hasTag = (term: ClauseTerm, tag: string) => term.tags.has(tag.replace(/^#/, ''));

/** A comma before a label that a list goes on with ("..., prikkelbaar en wispelturig") does not open a clause. */
function continuesList(terms: readonly ClauseTerm[], at: number): boolean {
  const term = terms[at];
  const previous = terms[at - 1];
  const isListWord = (candidate: ClauseTerm | undefined) => candidate !== undefined && LIST_TAGS.some((tag) => candidate.tags.has(tag));
  const beforeCoordinator = previous !== undefined && COORDINATORS.has(previous.normal) ? terms[at - 2] : undefined;
  return isListWord(term) && (isListWord(previous) || isListWord(beforeCoordinator));
}

/** Words a list item may have before its label: "zo star en (heel) rigide". */
const isDegree = (term: ClauseTerm | undefined) => term?.tags.has('Degree') === true;
const isLabelWord = (term: ClauseTerm | undefined) => term !== undefined && (term.tags.has('Judgment') || term.tags.has('AttributiveJudgment') || term.tags.has('WeakJudgment'));

/**
 * The lists of labels in a clause, as the positions of their labels: two labels are one list
 * when only a comma or a joining word (and degree words) stands between them ("stiekem en
 * achterbaks", "instabiel, grillig en onvoorspelbaar"). A label on its own is a list of one.
 */
export function labelLists(terms: readonly ClauseTerm[]): number[][] {
  const lists: number[][] = [];
  let last = -1;
  for (const [at, term] of terms.entries()) {
    if (!isLabelWord(term)) continue;
    let linked = last >= 0;
    // The parts of a hyphenated label ("old-fashioned") are one item of the list.
    let separated = /,|-\s*$/.test((terms[last] as ClauseTerm | undefined)?.post ?? '');
    for (let between = last + 1; linked && between < at; between++) {
      const word = terms[between] as ClauseTerm;
      if (COORDINATORS.has(word.normal) && word.normal !== 'maar' && word.normal !== 'but') separated = true;
      else if (!isDegree(word)) linked = false;
      if (/,/.test(word.post ?? '')) separated = true;
    }
    if (linked && separated) (lists[lists.length - 1] as number[]).push(at);
    else lists.push([at]);
    last = at;
  }
  return lists;
}

/** Whether a list of labels ends its clause (a predicate), not stands before a noun. */
function endsClause(terms: readonly ClauseTerm[], list: readonly number[]): boolean {
  let end = list[list.length - 1] as number;
  // A verb-final clause puts its copula after the predicate: "omdat moeder zo chaotisch is, ...".
  while (end + 1 < terms.length && !/[,.;:!?)]/.test((terms[end] as ClauseTerm).post ?? '') && (terms[end + 1] as ClauseTerm).tags.has('Copula') && (terms[end + 1] as ClauseTerm).tags.has('Finite')) end++;
  return end === terms.length - 1 || /[,.;:!?)]/.test((terms[end] as ClauseTerm).post ?? '');
}

/** Whether the words from `last` up to `at` are one label the tagger joined (#JoinedLabel on all but its last word). */
function joinedTo(terms: readonly ClauseTerm[], last: ClauseTerm, at: number): boolean {
  const from = terms.indexOf(last);
  if (from < 0 || from >= at) return false;
  return terms.slice(from, at).every((term) => term.tags.has('JoinedLabel'));
}

/** One clause of a sentence, knowing whether it has a person as subject. */
export interface Clause<Term extends ClauseTerm> {
  terms: Term[];
  subject: boolean;
}

/** Dutch "om ... te <verb>" with no finite verb of its own. */
function isPurposeInfinitive(terms: readonly ClauseTerm[]): boolean {
  const om = terms.findIndex((term) => term.normal === 'om');
  return om >= 0 && terms.some((term, at) => at > om && term.normal === 'te') && !terms.some((term) => term.tags.has('Finite'));
}

/** Splits a sentence's terms into clauses (once per sentence; every clause rule reads the same). */
export function clausesOf<Term extends ClauseTerm>(terms: readonly Term[]): Array<Clause<Term>> {
  const clauses: Array<Clause<Term>> = [];
  for (const [index, term] of terms.entries()) {
    if (clauses.length === 0 || (term.tags.has('ClauseStart') && !continuesList(terms, index))) clauses.push({ terms: [], subject: false });
    const clause = clauses[clauses.length - 1] as Clause<Term>;
    clause.terms.push(term);
    // English #CoSubject: "and" opening a second verb phrase of a family member ("... and has zero motivation").
    if (term.tags.has('Subject') || term.tags.has('CoSubject')) clause.subject = true;
  }
  // A coordinated clause without a subject of its own shares the one before it; a main
  // clause interrupted by a relative clause or an apposition ("Vader, die nogal koppig is,
  // dient ...") goes on after it with its finite verb, and keeps its subject.
  let waiting = false;
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index] as Clause<Term>;
    const first = clause.terms[0];
    const before = clauses[index - 1]?.terms.at(-1);
    const coordinated = (first && COORDINATORS.has(first.normal)) || (before && COORDINATORS.has(before.normal));
    if (index > 0 && !clause.subject && coordinated) clause.subject = (clauses[index - 1] as Clause<Term>).subject;
    // An infinitive of purpose has no subject of its own: it is the main clause's ("Vader nam
    // cadeaus mee, zoals altijd om indruk te maken"; "..., om zo snel mogelijk van ons af te zijn").
    if (index > 0 && !clause.subject && isPurposeInfinitive(clause.terms)) clause.subject = (clauses[index - 1] as Clause<Term>).subject;
    if (!clause.subject && waiting && first?.tags.has('Finite')) {
      clause.subject = true;
      waiting = false;
    }
    if (clause.subject && !clause.terms.some((term) => term.tags.has('Finite'))) waiting = true;
  }
  return clauses;
}

/** Inverted order ("Tot het MDO mag vader ..."): the person right after the finite verb is its subject. */
function personAfter(terms: readonly ClauseTerm[], at: number): boolean {
  let next = at + 1;
  while (terms[next] && DETERMINERS.has((terms[next] as ClauseTerm).normal)) next++;
  const term = terms[next];
  return term !== undefined && !term.tags.has('Professional') && ['Parent', 'ThirdPerson', 'Name', 'Family', 'Honorific'].some((tag) => term.tags.has(tag));
}

/** One focus a clause condition found: its words (one, or a phrase's run) and the clause it stands in. */
export interface ClauseMatch<Term extends ClauseTerm> {
  focus: Term[];
  clause: Clause<Term>;
}

/** "en", "maar", "and", "but": a joining word that carries a behaviour on from the clause before ("of"/"or" offers an alternative). */
const isJoiner = (term: ClauseTerm | undefined) => term !== undefined && COORDINATORS.has(term.normal) && term.normal !== 'of' && term.normal !== 'or';
/** The first term with one of the tags. */
const firstTagged = <Term extends ClauseTerm>(terms: readonly Term[], tags: readonly string[]) => terms.find((term) => tags.some((tag) => hasTag(term, tag)));

/**
 * The word with one of the tags in the person's clause that clause `index` is joined to, if
 * there is one: the finding runs from it to the focus, so that the stated cause and the
 * behaviour it explains are one finding (and a label there, found already, keeps it alone).
 */
function causeBefore<Term extends ClauseTerm>(clauses: ReadonlyArray<Clause<Term>>, index: number, tags: readonly string[]): Term | undefined {
  const before = clauses[index - 1];
  // The joining word closes the clause before (Dutch: "... niet loslaten en | houdt ...") or opens this one.
  const joined = isJoiner(before?.terms.at(-1)) || isJoiner(clauses[index]?.terms[0]);
  return before?.subject && joined ? firstTagged(before.terms, tags) : undefined;
}

/**
 * The same where the tagger did not split the clause at its joining word (a finite verb it does
 * not know: "Ze is bang voor vader en durft daarom ..."): a tagged word before an "en" before the focus.
 */
function causeInside<Term extends ClauseTerm>(clause: Clause<Term>, focusAt: number, tags: readonly string[]): Term | undefined {
  const joiner = clause.subject ? clause.terms.slice(0, focusAt).findLastIndex(isJoiner) : -1;
  return joiner < 0 ? undefined : firstTagged(clause.terms.slice(0, joiner), tags);
}

/** Whether clause `index` opens with a word with one of the tags, or the clause before ends with one (the tagger starts the clause at its subject). */
function opensWith<Term extends ClauseTerm>(clauses: ReadonlyArray<Clause<Term>>, index: number, tags: readonly string[]): boolean {
  const first = clauses[index]?.terms[0];
  const before = clauses[index - 1]?.terms.at(-1);
  return [first, before].some((term) => term !== undefined && tags.some((tag) => hasTag(term, tag)));
}

/** Words that link a clause to the next one and end up at the end of the first: not part of a claim. */
const CLAUSE_LINKS = new Set([...COORDINATORS, 'dat', 'of', 'om', 'omdat', 'want', 'die', 'wat', 'that', 'because', 'which', 'who']);

/** The focus of every clause that meets the condition. */
export function clauseMatches<Term extends ClauseTerm>(condition: ClauseCondition, clauses: ReadonlyArray<Clause<Term>>): Array<ClauseMatch<Term>> {
  const found: Array<ClauseMatch<Term>> = [];
  // A phrase may run over a clause start ("faalt | als ouder", "gebruikt ... | als excuus"):
  // its run goes on into the next clause, and that clause does not start a second one.
  let sentence: Term[] | undefined;
  const sentenceTerms = () => (sentence ??= clauses.flatMap((clause) => clause.terms));
  const taken = new Set<Term>();
  for (const [index, clause] of clauses.entries()) {
    const isFocus = (term: ClauseTerm) => hasTag(term, condition.focus) && !condition.focusNot?.some((tag) => hasTag(term, tag));
    const focusAt = clause.terms.findIndex((term) => isFocus(term) && !taken.has(term));
    if (focusAt < 0) continue;
    // A clause that is only the phrase ("Predictably, dad ...", "..., as usual") is said of the clause it stands by.
    const onlyThePhrase = condition.run === true && clause.terms.every((term) => isFocus(term) || term.normal === '');
    const besideSubject = onlyThePhrase && (clauses[index - 1]?.subject === true || clauses[index + 1]?.subject === true);
    // A person right after the focus is its subject only where the focus opens the clause
    // ("..., moet moeder ..."); after a first field the tagger has marked an inverted subject
    // already, and "Ik moet moeder nog bellen" or "De school moet moeder ..." have their own.
    if (condition.subject && !clause.subject && !(focusAt === 0 && personAfter(clause.terms, focusAt)) && !besideSubject) continue;
    if (condition.afterSubject && !followsSubject(clause, focusAt, clauses[index - 1])) continue;
    if (condition.with && !clause.terms.some((term) => condition.with?.some((tag) => hasTag(term, tag)))) continue;
    if (condition.withAll && !condition.withAll.every((tag) => clause.terms.some((term) => hasTag(term, tag)))) continue;
    if (condition.opener && !opensWith(clauses, index, condition.opener)) continue;
    if (condition.without && clause.terms.some((term) => condition.without?.some((tag) => hasTag(term, tag)))) continue;
    // Looked for last: it reads the clause before too.
    const cause = condition.joinedAfter ? causeBefore(clauses, index, condition.joinedAfter) ?? causeInside(clause, focusAt, condition.joinedAfter) : undefined;
    if (condition.joinedAfter && !cause) continue;
    if (condition.run) {
      const terms = sentenceTerms();
      const start = terms.indexOf(clause.terms[focusAt] as Term);
      let end = start;
      // The run goes on over every word of the class, also one the condition would not start
      // at ("the usual | excuses about": a phrase that needs a person after one that does not);
      // not into someone else's words.
      const continues = (term: Term) => hasTag(term, condition.focus) && !term.tags.has('Reported');
      // The silent half of a contraction ("couldn't" + "not") stands inside the phrase it is part of.
      const silentInside = (at: number) => (terms[at] as Term).normal === '' && terms[at + 1] !== undefined && continues(terms[at + 1] as Term);
      while (end + 1 < terms.length && (continues(terms[end + 1] as Term) || silentInside(end + 1))) end++;
      const run = terms.slice(start, end + 1);
      for (const term of run) taken.add(term);
      found.push({ focus: run, clause });
    } else if (condition.all) {
      // A list with one focus in it is a list of labels: its other labels count too, a word
      // that judges only before a person ("stiekem") and, where the list is a predicate, one
      // that also describes things ("grillig en onvoorspelbaar").
      const counts = new Set<number>();
      for (const list of labelLists(clause.terms)) {
        const predicate = endsClause(clause.terms, list);
        const excluded = (at: number) => condition.focusNot?.some((tag) => hasTag(clause.terms[at] as Term, tag)) === true;
        const plain = (at: number) =>
          isFocus(clause.terms[at] as Term) && (predicate || !condition.predicative?.some((tag) => hasTag(clause.terms[at] as Term, tag)));
        if (list.some(plain)) for (const at of list) if (!excluded(at)) counts.add(at);
      }
      // "pig-headed", "attention-seeking": the parts of a hyphenated word are one focus, and so
      // are the words of a label the tagger joined (#JoinedLabel: "ever the | victim").
      for (const [at, term] of clause.terms.entries()) {
        if (!counts.has(at)) continue;
        const previous = found.at(-1);
        const before = clause.terms[at - 1];
        if (previous?.clause === clause && previous.focus.at(-1) === before && /-\s*$/.test(before?.post ?? '')) previous.focus.push(term);
        else if (previous?.clause === clause && joinedTo(clause.terms, previous.focus.at(-1) as Term, at)) previous.focus.push(...clause.terms.slice(clause.terms.indexOf(previous.focus.at(-1) as Term) + 1, at + 1));
        else found.push({ focus: [term], clause });
      }
    }
    else if (cause) {
      const terms = sentenceTerms();
      found.push({ focus: terms.slice(terms.indexOf(cause), terms.indexOf(clause.terms[focusAt] as Term) + 1), clause });
    } else if (condition.toClauseEnd) {
      // Not the joining word that ends it before the next clause ("bang is | dat ...").
      const focus = clause.terms.slice(focusAt);
      while (focus.length > 1 && CLAUSE_LINKS.has((focus.at(-1) as Term).normal)) focus.pop();
      found.push({ focus, clause });
    } else found.push({ focus: [clause.terms[focusAt] as Term], clause });
  }
  return found;
}
