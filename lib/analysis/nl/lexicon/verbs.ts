// Verb forms the Dutch rules key on, each list holding every form a note may use.

export const OBLIGATION = ['moet', 'moeten'];

/** Forms of "mogen": with a restricting word in its clause, a prohibition ("mag niet", "mag pas ... als", "mogen geen"). */
export const PERMISSION = ['mag', 'mogen', 'mocht', 'mochten'];
/** Words that turn a permission into a restriction within its clause. */
export const RESTRICTOR = ['niet', 'geen', 'nooit', 'pas', 'alleen', 'langer', 'niemand', 'nergens'];
/** "Het is moeder niet toegestaan ...": negated, a prohibition. */
export const ALLOWED = ['toegestaan', 'toegelaten'];
export const FORBIDDEN = ['verboden'];
/** Verbs that link a subject to what is said of it: a label after one is said of the person. */
export const COPULA = [
  'is', 'was', 'zijn', 'waren', 'lijkt', 'leek', 'lijken', 'leken', 'blijkt', 'bleek', 'wordt', 'werd', 'blijft', 'bleef',
  'oogt', 'oogde', 'komt', 'kwam', 'overkomt', 'gedraagt', 'gedroeg', 'reageert', 'reageerde', 'stelt', 'stelde',
  // "toont zich ongeïnteresseerd", "stelde zich hulpeloos op", "doet oppervlakkig": a label through behaviour.
  'toont', 'toonde', 'opstelt', 'opstelde', 'opstelden', 'doet', 'deed',
];
/** "is verplicht", "wordt verplicht gesteld": an obligation without a modal. */
export const MANDATORY = ['verplicht', 'verplichte', 'verplichting', 'noodzakelijk', 'vereist'];

/** Past "moest" mostly narrates ("moest lachen", "moest geopereerd worden"); it directs only with an imposer ("van mij"). */
export const OBLIGATION_PAST = ['moest', 'moesten'];

/** "dienen" is only a modal with "te" ("dient op tijd te zijn"); without it, "dient ... in" is "indienen". */
export const OBLIGATION_TE = ['dient', 'dienen', 'diende', 'dienden'];

/** Verbs professionals use in orders to parents; the tagger marks their stems and infinitives (imperatives, to-do lists). */
export const DIRECTIVE_VERBS = [
  'nemen', 'zorgen', 'bellen', 'melden', 'houden', 'maken', 'komen', 'gaan', 'stoppen', 'letten', 'brengen',
  'geven', 'zetten', 'regelen', 'volgen', 'accepteren', 'luisteren', 'werken', 'opruimen', 'halen', 'leveren',
  'vragen', 'bespreken', 'sturen', 'schrijven', 'blijven', 'doen', 'betalen', 'leggen', 'laten', 'passen',
  'onthouden', 'respecteren', 'bezoeken', 'plannen', 'zoeken', 'ophalen', 'inleveren', 'bijhouden', 'nakomen',
  'afspreken', 'aanmelden', 'opnemen', 'opvolgen', 'meewerken', 'tekenen', 'invullen', 'wegleggen',
  'zeggen', 'afzeggen', 'vergeten', 'controleren', 'openen', 'lezen', 'drinken', 'roken', 'sparen',
  'ondertekenen', 'terugsturen', 'inschrijven', 'wassen', 'koken', 'eten', 'slapen', 'opstaan',
];

export const REFUSAL = ['weigert', 'weigerde', 'weigeren', 'weigerden', 'geweigerd'];

export const CREDIBILITY = [
  'beweert', 'beweerde', 'beweren', 'beweerden', 'beweerd', 'claimt', 'claimde', 'claimen', 'claimden',
  'geclaimd', 'ontkent', 'ontkende', 'ontkennen', 'ontkenden', 'ontkend', 'zogenaamd', 'zogenaamde',
  'pretendeert', 'pretendeerde',
];

/** The parent's own account, reported: what follows is their view, not the writer's. */
export const REPORTING = [
  'vertelt', 'vertelde', 'vertellen', 'vertelden', 'verteld', 'zegt', 'zei', 'zeggen', 'zeiden', 'noemt',
  'noemde', 'noemen', 'legt', 'legde', 'laat', 'liet', 'meldt', 'meldde', 'verklaart', 'verklaarde',
  'benoemt', 'benoemde', 'aangegeven', 'geeft', 'gaf', 'geven', 'gaven', 'schrijft', 'schreef', 'vindt',
  'vond', 'ervaart', 'ervoer', 'voelt', 'voelde', 'aldus', 'volgens',
];

export const DECISION = ['besloten', 'besluit', 'besluiten', 'bepaald', 'bepaalt', 'bepalen', 'beslist', 'beslissen'];

export const INSTRUCTION = [
  'opgedragen', 'gesommeerd', 'gemaand', 'verboden', 'geïnstrueerd', 'aangezegd', 'bevolen', 'opgelegd',
];
