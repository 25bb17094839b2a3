// Refusal and failure framing as verbs and their conditions: "weigert", "negeert de adviezen",
// "onttrekt zich aan", "wimpelde het aanbod af", "liet het afweten", "werkt nauwelijks mee",
// "heeft nagelaten te reageren". Each verb is listed once, as its infinitive; its forms come
// from the conjugator (verb-forms.ts), separable ones split ("wimpelde ... af") and joined
// ("afwimpelt", "afgewimpeld", "af te wimpelen"). The tagger (tagRefusing) checks the
// conditions per clause and tags the words that carry the refusal #Refusing.
import { pastParticiple, pastTense, presentTense, separablePrefix } from '../verb-forms';

export interface RefusalVerb {
  verb: string;
  /**
   * What the clause must hold besides the verb:
   * "negation": a negating word ("werkt niet mee", "volgt de adviezen niet op"); without one, no refusal;
   * "te": an infinitive with "te" after the verb ("heeft nagelaten te reageren", "faalt erin ... op te halen");
   * "het": the object "het" and a form of "laten" ("laat het afweten", "heeft het laten afweten");
   * "reflexive": "zich" ("onttrekt zich aan");
   * "no-reason": "zonder (enige) reden" ("sloeg de hulp zonder enige reden af"); the same verb with a
   * reason, or without a word about one, is the event in neutral words (LABELS.md, quiet 7).
   */
  needs?: 'negation' | 'te' | 'het' | 'reflexive' | 'no-reason';
  /** Also counts with a direct object that is no time ("verzuimt de controles", not "heeft 22 dagen verzuimd"). */
  orObject?: boolean;
  /** Finite forms of the split verb the conjugator does not give ("zegde", beside "zei"). */
  alsoSplit?: readonly string[];
  /** Words in the clause that make it no refusal ("negeert het gedrag": ignoring as a way of raising a child). */
  notWith?: readonly string[];
}

export const REFUSAL_VERBS: readonly RefusalVerb[] = [
  { verb: 'weigeren' },
  { verb: 'negeren', notWith: ['gedrag', 'driftbui', 'driftbuien', 'buien', 'gejengel', 'gezeur', 'aandachtvragend', 'aandachtvragende', 'ongewenste', 'ongewenst'] },
  { verb: 'verzuimen', needs: 'te', orObject: true },
  { verb: 'nalaten', needs: 'te' },
  { verb: 'falen', needs: 'te' },
  { verb: 'onttrekken', needs: 'reflexive' },
  { verb: 'afwimpelen' },
  { verb: 'saboteren' },
  { verb: 'traineren' },
  { verb: 'tegenwerken' },
  { verb: 'dwarsbomen' },
  { verb: 'boycotten' },
  { verb: 'verzaken' },
  { verb: 'afweten', needs: 'het' },
  { verb: 'meewerken', needs: 'negation' },
  { verb: 'opvolgen', needs: 'negation' },
  { verb: 'nakomen', needs: 'negation' },
  { verb: 'afslaan', needs: 'no-reason' },
  { verb: 'afwijzen', needs: 'no-reason' },
  { verb: 'afzeggen', needs: 'no-reason', alsoSplit: ['zegde', 'zegden'] },
];

/** "is niet coöperatief", "weinig therapietrouw", "non-compliant": refusal as a predicate, after a negation. */
export const REFUSAL_ADJECTIVES = ['cooperatief', 'coöperatief', 'meewerkend', 'therapietrouw', 'medicatietrouw', 'compliant'];

/** Words that negate a verb that needs one ("werkt nauwelijks mee", "volgt de adviezen slecht op"). */
export const REFUSAL_NEGATION = new Set(['niet', 'nauwelijks', 'amper', 'onvoldoende', 'slecht', 'weinig', 'geen', 'nooit', 'niets']);

/**
 * Words that make the clause no statement that the parent refuses: ability and permission
 * ("kan niet meewerken", "mag het onderzoek weigeren", "is vrij om te weigeren"), a duty
 * ("moet meewerken" is directive, not refusal), a forecast or hearsay ("zal weigeren", "zou
 * hebben geweigerd"), and a condition or question ("als vader weigert", "of moeder meewerkt").
 */
export const REFUSAL_BLOCKERS = new Set([
  'kan', 'kon', 'kunnen', 'konden', 'mag', 'mogen', 'mocht', 'mochten', 'hoeft', 'hoeven', 'hoefde', 'hoefden',
  'moet', 'moeten', 'moest', 'moesten', 'dient', 'dienen', 'zal', 'zullen', 'zou', 'zouden', 'recht', 'vrij', 'verplicht',
  'lukt', 'lukte', 'lukken', 'gelukt', 'als', 'wanneer', 'indien', 'tenzij', 'of', 'mits', 'zodra',
]);

export type RefusalFormKind = 'finite' | 'infinitive' | 'participle' | 'split';

export interface RefusalForm {
  entry: RefusalVerb;
  kind: RefusalFormKind;
  /** A split form's particle, which must follow in its clause ("wimpelde ... af"). */
  particle?: string;
  /**
   * A finite form of the verb itself ("weigert", "negeerde", "afwimpelt"), which the clause tagger
   * counts as a clause's verb. The split forms are not marked: "weet", "liet", "zei" are finite
   * as other verbs too, and the clause tagger knows the common ones already.
   */
  finite?: boolean;
}

/** Every form of every refusal verb, normalised (no diacritics), with what it is. */
export const REFUSAL_FORMS: ReadonlyMap<string, readonly RefusalForm[]> = (() => {
  const forms = new Map<string, RefusalForm[]>();
  const add = (form: string, value: RefusalForm) => {
    const key = form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const list = forms.get(key) ?? [];
    if (!list.some((known) => known.entry === value.entry && known.kind === value.kind)) list.push(value);
    forms.set(key, list);
  };
  for (const entry of REFUSAL_VERBS) {
    const { verb } = entry;
    const split = separablePrefix(verb);
    const finite = [presentTense(verb, '3sg'), pastTense(verb, false), pastTense(verb, true)];
    // In a subordinate clause a separable verb stands joined ("die nauwelijks meewerkt").
    for (const form of finite) add(form, { entry, kind: 'finite', finite: true });
    add(verb, { entry, kind: 'infinitive' });
    add(pastParticiple(verb), { entry, kind: 'participle' });
    // "weigerd", "negeerd": the third person written with d, a slip notes often have.
    const third = presentTense(verb, '3sg');
    if (!split && third.endsWith('t') && !third.endsWith('tt') && `${third.slice(0, -1)}d` !== pastParticiple(verb)) add(`${third.slice(0, -1)}d`, { entry, kind: 'finite', finite: true });
    if (split) {
      const { prefix, base } = split;
      for (const form of [presentTense(base, '3sg'), pastTense(base, false), pastTense(base, true)]) add(form, { entry, kind: 'split', particle: prefix });
      for (const form of entry.alsoSplit ?? []) add(form, { entry, kind: 'split', particle: prefix });
      // "Ouders werken niet mee": the plural, which is also the infinitive of the base.
      add(base, { entry, kind: 'split', particle: prefix });
    }
  }
  return forms;
})();

/** The finite forms, so the clause tagger knows them as finite verbs ("Wederom negeerde vader ..."). */
export const REFUSAL_FINITE: ReadonlySet<string> = new Set(
  [...REFUSAL_FORMS].filter(([, list]) => list.some((form) => form.finite === true)).map(([form]) => form),
);

/** Every form, for the rule's hook (the particle of a split form is checked by the tagger). */
export const REFUSAL_HOOK_FORMS: readonly string[] = [...new Set([...REFUSAL_FORMS.keys(), ...REFUSAL_ADJECTIVES])];
