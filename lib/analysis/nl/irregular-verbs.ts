// Irregular and strong Dutch verbs: the forms that spelling rules cannot derive.
// Only simplex verbs are listed; verb-forms.ts derives compounds (opstaan, begrijpen, afspreken) from them.

import type { Person } from './verb-forms';

/** 'both': the choice follows meaning, e.g. "heeft gelopen" (activity) vs "is naar huis gelopen" (direction). */
export type PerfectAuxiliary = 'hebben' | 'zijn' | 'both';

export type PresentParadigm = Readonly<Record<Person, string>>;

export interface IrregularVerb {
  readonly infinitive: string;
  /** A stem that takes regular endings (komen → kom, komt) or, for suppletive verbs, every form. */
  readonly present?: string | PresentParadigm;
  readonly pastSingular: string;
  readonly pastPlural: string;
  /** null only for zullen, which has no participle. */
  readonly pastParticiple: string | null;
  readonly auxiliary: PerfectAuxiliary;
}

type IrregularRow = readonly [
  infinitive: string,
  pastSingular: string,
  pastPlural: string,
  pastParticiple: string | null,
  auxiliary: PerfectAuxiliary,
];

// Frequent verbs come first: when forms collide (weet: weten and wijten) the lemmatiser keeps this order.
const ROWS: readonly IrregularRow[] = [
  // Auxiliaries, modals and the verbs case notes lean on most.
  ['zijn', 'was', 'waren', 'geweest', 'zijn'],
  ['hebben', 'had', 'hadden', 'gehad', 'hebben'],
  ['kunnen', 'kon', 'konden', 'gekund', 'hebben'],
  ['willen', 'wilde', 'wilden', 'gewild', 'hebben'],
  ['zullen', 'zou', 'zouden', null, 'hebben'],
  ['mogen', 'mocht', 'mochten', 'gemogen', 'hebben'],
  ['moeten', 'moest', 'moesten', 'gemoeten', 'hebben'],
  ['hoeven', 'hoefde', 'hoefden', 'gehoeven', 'hebben'],
  ['weten', 'wist', 'wisten', 'geweten', 'hebben'],
  ['gaan', 'ging', 'gingen', 'gegaan', 'zijn'],
  ['staan', 'stond', 'stonden', 'gestaan', 'hebben'],
  ['doen', 'deed', 'deden', 'gedaan', 'hebben'],
  ['slaan', 'sloeg', 'sloegen', 'geslagen', 'hebben'],
  ['zien', 'zag', 'zagen', 'gezien', 'hebben'],
  ['komen', 'kwam', 'kwamen', 'gekomen', 'zijn'],
  ['worden', 'werd', 'werden', 'geworden', 'zijn'],
  ['zeggen', 'zei', 'zeiden', 'gezegd', 'hebben'],
  ['vragen', 'vroeg', 'vroegen', 'gevraagd', 'hebben'],
  ['jagen', 'joeg', 'joegen', 'gejaagd', 'hebben'],
  ['brengen', 'bracht', 'brachten', 'gebracht', 'hebben'],
  ['denken', 'dacht', 'dachten', 'gedacht', 'hebben'],
  ['kopen', 'kocht', 'kochten', 'gekocht', 'hebben'],
  ['zoeken', 'zocht', 'zochten', 'gezocht', 'hebben'],
  ['krijgen', 'kreeg', 'kregen', 'gekregen', 'hebben'],
  ['blijven', 'bleef', 'bleven', 'gebleven', 'zijn'],
  ['laten', 'liet', 'lieten', 'gelaten', 'hebben'],
  ['houden', 'hield', 'hielden', 'gehouden', 'hebben'],
  ['nemen', 'nam', 'namen', 'genomen', 'hebben'],
  ['geven', 'gaf', 'gaven', 'gegeven', 'hebben'],
  ['vinden', 'vond', 'vonden', 'gevonden', 'hebben'],
  ['liggen', 'lag', 'lagen', 'gelegen', 'hebben'],
  ['zitten', 'zat', 'zaten', 'gezeten', 'hebben'],
  ['lopen', 'liep', 'liepen', 'gelopen', 'both'],
  ['spreken', 'sprak', 'spraken', 'gesproken', 'hebben'],
  ['schrijven', 'schreef', 'schreven', 'geschreven', 'hebben'],
  ['lezen', 'las', 'lazen', 'gelezen', 'hebben'],
  ['eten', 'at', 'aten', 'gegeten', 'hebben'],
  ['drinken', 'dronk', 'dronken', 'gedronken', 'hebben'],
  ['slapen', 'sliep', 'sliepen', 'geslapen', 'hebben'],
  ['kijken', 'keek', 'keken', 'gekeken', 'hebben'],
  ['beginnen', 'begon', 'begonnen', 'begonnen', 'zijn'],
  ['vergeten', 'vergat', 'vergaten', 'vergeten', 'both'],
  ['verliezen', 'verloor', 'verloren', 'verloren', 'hebben'],
  ['bieden', 'bood', 'boden', 'geboden', 'hebben'],
  ['sluiten', 'sloot', 'sloten', 'gesloten', 'hebben'],
  ['kiezen', 'koos', 'kozen', 'gekozen', 'hebben'],
  ['helpen', 'hielp', 'hielpen', 'geholpen', 'hebben'],
  ['dragen', 'droeg', 'droegen', 'gedragen', 'hebben'],
  ['trekken', 'trok', 'trokken', 'getrokken', 'both'],
  ['vallen', 'viel', 'vielen', 'gevallen', 'zijn'],
  ['roepen', 'riep', 'riepen', 'geroepen', 'hebben'],
  ['hangen', 'hing', 'hingen', 'gehangen', 'hebben'],
  ['vangen', 'ving', 'vingen', 'gevangen', 'hebben'],

  // ij – ee – ee
  ['lijken', 'leek', 'leken', 'geleken', 'hebben'],
  ['blijken', 'bleek', 'bleken', 'gebleken', 'zijn'],
  ['wijzen', 'wees', 'wezen', 'gewezen', 'hebben'],
  ['wijten', 'weet', 'weten', 'geweten', 'hebben'],
  ['lijden', 'leed', 'leden', 'geleden', 'hebben'],
  ['mijden', 'meed', 'meden', 'gemeden', 'hebben'],
  ['rijden', 'reed', 'reden', 'gereden', 'both'],
  ['snijden', 'sneed', 'sneden', 'gesneden', 'hebben'],
  ['strijden', 'streed', 'streden', 'gestreden', 'hebben'],
  ['glijden', 'gleed', 'gleden', 'gegleden', 'both'],
  ['bijten', 'beet', 'beten', 'gebeten', 'hebben'],
  ['slijten', 'sleet', 'sleten', 'gesleten', 'both'],
  ['smijten', 'smeet', 'smeten', 'gesmeten', 'hebben'],
  ['spijten', 'speet', 'speten', 'gespeten', 'hebben'],
  ['grijpen', 'greep', 'grepen', 'gegrepen', 'hebben'],
  ['knijpen', 'kneep', 'knepen', 'geknepen', 'hebben'],
  ['slijpen', 'sleep', 'slepen', 'geslepen', 'hebben'],
  ['wijken', 'week', 'weken', 'geweken', 'zijn'],
  ['strijken', 'streek', 'streken', 'gestreken', 'hebben'],
  ['stijgen', 'steeg', 'stegen', 'gestegen', 'zijn'],
  ['zwijgen', 'zweeg', 'zwegen', 'gezwegen', 'hebben'],
  ['rijgen', 'reeg', 'regen', 'geregen', 'hebben'],
  ['drijven', 'dreef', 'dreven', 'gedreven', 'both'],
  ['wrijven', 'wreef', 'wreven', 'gewreven', 'hebben'],
  ['kijven', 'keef', 'keven', 'gekeven', 'hebben'],
  ['schijnen', 'scheen', 'schenen', 'geschenen', 'hebben'],
  ['verdwijnen', 'verdween', 'verdwenen', 'verdwenen', 'zijn'],
  ['bezwijken', 'bezweek', 'bezweken', 'bezweken', 'zijn'],
  ['vergelijken', 'vergeleek', 'vergeleken', 'vergeleken', 'hebben'],
  ['prijzen', 'prees', 'prezen', 'geprezen', 'hebben'],
  ['rijzen', 'rees', 'rezen', 'gerezen', 'zijn'],
  ['hijsen', 'hees', 'hesen', 'gehesen', 'hebben'],

  // ie/ui – oo – oo
  ['bedriegen', 'bedroog', 'bedrogen', 'bedrogen', 'hebben'],
  ['buigen', 'boog', 'bogen', 'gebogen', 'hebben'],
  ['zuigen', 'zoog', 'zogen', 'gezogen', 'hebben'],
  ['liegen', 'loog', 'logen', 'gelogen', 'hebben'],
  ['vliegen', 'vloog', 'vlogen', 'gevlogen', 'both'],
  ['duiken', 'dook', 'doken', 'gedoken', 'both'],
  ['ruiken', 'rook', 'roken', 'geroken', 'hebben'],
  ['kruipen', 'kroop', 'kropen', 'gekropen', 'both'],
  ['sluipen', 'sloop', 'slopen', 'geslopen', 'both'],
  ['zuipen', 'zoop', 'zopen', 'gezopen', 'hebben'],
  ['druipen', 'droop', 'dropen', 'gedropen', 'hebben'],
  ['schuiven', 'schoof', 'schoven', 'geschoven', 'both'],
  ['snuiven', 'snoof', 'snoven', 'gesnoven', 'hebben'],
  ['stuiven', 'stoof', 'stoven', 'gestoven', 'both'],
  ['kluiven', 'kloof', 'kloven', 'gekloven', 'hebben'],
  ['schuilen', 'school', 'scholen', 'gescholen', 'hebben'],
  ['fluiten', 'floot', 'floten', 'gefloten', 'hebben'],
  ['genieten', 'genoot', 'genoten', 'genoten', 'hebben'],
  ['gieten', 'goot', 'goten', 'gegoten', 'hebben'],
  ['schieten', 'schoot', 'schoten', 'geschoten', 'both'],
  ['vriezen', 'vroor', 'vroren', 'gevroren', 'hebben'],
  ['spruiten', 'sproot', 'sproten', 'gesproten', 'zijn'],
  ['snuiten', 'snoot', 'snoten', 'gesnoten', 'hebben'],

  // i/e – o – o
  ['binden', 'bond', 'bonden', 'gebonden', 'hebben'],
  ['winden', 'wond', 'wonden', 'gewonden', 'hebben'],
  ['dringen', 'drong', 'drongen', 'gedrongen', 'both'],
  ['dwingen', 'dwong', 'dwongen', 'gedwongen', 'hebben'],
  ['springen', 'sprong', 'sprongen', 'gesprongen', 'both'],
  ['zingen', 'zong', 'zongen', 'gezongen', 'hebben'],
  ['wringen', 'wrong', 'wrongen', 'gewrongen', 'hebben'],
  ['klinken', 'klonk', 'klonken', 'geklonken', 'hebben'],
  ['stinken', 'stonk', 'stonken', 'gestonken', 'hebben'],
  ['zinken', 'zonk', 'zonken', 'gezonken', 'zijn'],
  ['blinken', 'blonk', 'blonken', 'geblonken', 'hebben'],
  ['slinken', 'slonk', 'slonken', 'geslonken', 'zijn'],
  ['krimpen', 'kromp', 'krompen', 'gekrompen', 'zijn'],
  ['klimmen', 'klom', 'klommen', 'geklommen', 'both'],
  ['zwemmen', 'zwom', 'zwommen', 'gezwommen', 'both'],
  ['glimmen', 'glom', 'glommen', 'geglommen', 'hebben'],
  ['winnen', 'won', 'wonnen', 'gewonnen', 'hebben'],
  ['spinnen', 'spon', 'sponnen', 'gesponnen', 'hebben'],
  ['zinnen', 'zon', 'zonnen', 'gezonnen', 'hebben'],
  ['schenken', 'schonk', 'schonken', 'geschonken', 'hebben'],
  ['zenden', 'zond', 'zonden', 'gezonden', 'hebben'],
  ['schenden', 'schond', 'schonden', 'geschonden', 'hebben'],
  ['gelden', 'gold', 'golden', 'gegolden', 'hebben'],
  ['schelden', 'schold', 'scholden', 'gescholden', 'hebben'],
  ['smelten', 'smolt', 'smolten', 'gesmolten', 'both'],
  ['zwellen', 'zwol', 'zwollen', 'gezwollen', 'zijn'],
  ['melken', 'molk', 'molken', 'gemolken', 'hebben'],
  ['bergen', 'borg', 'borgen', 'geborgen', 'hebben'],
  ['delven', 'dolf', 'dolven', 'gedolven', 'hebben'],
  ['vechten', 'vocht', 'vochten', 'gevochten', 'hebben'],
  ['vlechten', 'vlocht', 'vlochten', 'gevlochten', 'hebben'],
  ['treffen', 'trof', 'troffen', 'getroffen', 'hebben'],
  ['schrikken', 'schrok', 'schrokken', 'geschrokken', 'zijn'],

  // e – ie – o
  ['bederven', 'bedierf', 'bedierven', 'bedorven', 'both'],
  ['sterven', 'stierf', 'stierven', 'gestorven', 'zijn'],
  ['werpen', 'wierp', 'wierpen', 'geworpen', 'hebben'],
  ['werven', 'wierf', 'wierven', 'geworven', 'hebben'],
  ['zwerven', 'zwierf', 'zwierven', 'gezworven', 'hebben'],

  // e – a – o / e – a – e
  ['breken', 'brak', 'braken', 'gebroken', 'both'],
  ['steken', 'stak', 'staken', 'gestoken', 'hebben'],
  ['stelen', 'stal', 'stalen', 'gestolen', 'hebben'],
  ['bevelen', 'beval', 'bevalen', 'bevolen', 'hebben'],
  ['wegen', 'woog', 'wogen', 'gewogen', 'hebben'],
  ['zweren', 'zwoer', 'zwoeren', 'gezworen', 'hebben'],
  ['scheren', 'schoor', 'schoren', 'geschoren', 'hebben'],
  ['bidden', 'bad', 'baden', 'gebeden', 'hebben'],
  ['meten', 'mat', 'maten', 'gemeten', 'hebben'],
  ['genezen', 'genas', 'genazen', 'genezen', 'both'],
  ['treden', 'trad', 'traden', 'getreden', 'both'],
  ['vreten', 'vrat', 'vraten', 'gevreten', 'hebben'],

  // a – oe – a, a/o/e – ie – a/o/e
  ['graven', 'groef', 'groeven', 'gegraven', 'hebben'],
  ['varen', 'voer', 'voeren', 'gevaren', 'both'],
  ['blazen', 'blies', 'bliezen', 'geblazen', 'hebben'],
  ['heffen', 'hief', 'hieven', 'geheven', 'hebben'],
  ['scheppen', 'schiep', 'schiepen', 'geschapen', 'hebben'],
  ['houwen', 'hieuw', 'hieuwen', 'gehouwen', 'hebben'],
  ['waaien', 'woei', 'woeien', 'gewaaid', 'hebben'],

  // Mixed verbs: weak past, strong participle.
  ['lachen', 'lachte', 'lachten', 'gelachen', 'hebben'],
  ['bakken', 'bakte', 'bakten', 'gebakken', 'hebben'],
  ['heten', 'heette', 'heetten', 'geheten', 'hebben'],
  ['scheiden', 'scheidde', 'scheidden', 'gescheiden', 'both'],
  ['wassen', 'waste', 'wasten', 'gewassen', 'hebben'],
  ['vouwen', 'vouwde', 'vouwden', 'gevouwen', 'hebben'],
  ['brouwen', 'brouwde', 'brouwden', 'gebrouwen', 'hebben'],
  ['zouten', 'zoutte', 'zoutten', 'gezouten', 'hebben'],
  ['spannen', 'spande', 'spanden', 'gespannen', 'hebben'],
  ['braden', 'braadde', 'braadden', 'gebraden', 'hebben'],
  ['malen', 'maalde', 'maalden', 'gemalen', 'hebben'],
  ['laden', 'laadde', 'laadden', 'geladen', 'hebben'],
  ['raden', 'raadde', 'raadden', 'geraden', 'hebben'],
  ['stoten', 'stootte', 'stootten', 'gestoten', 'hebben'],
  ['wreken', 'wreekte', 'wreekten', 'gewroken', 'hebben'],
  ['weven', 'weefde', 'weefden', 'geweven', 'hebben'],
];

const IRREGULAR_PRESENT: Readonly<Record<string, string | PresentParadigm>> = {
  zijn: { '1sg': 'ben', '2sg': 'bent', '3sg': 'is', pl: 'zijn' },
  hebben: { '1sg': 'heb', '2sg': 'hebt', '3sg': 'heeft', pl: 'hebben' },
  kunnen: { '1sg': 'kan', '2sg': 'kunt', '3sg': 'kan', pl: 'kunnen' },
  willen: { '1sg': 'wil', '2sg': 'wilt', '3sg': 'wil', pl: 'willen' },
  zullen: { '1sg': 'zal', '2sg': 'zult', '3sg': 'zal', pl: 'zullen' },
  mogen: { '1sg': 'mag', '2sg': 'mag', '3sg': 'mag', pl: 'mogen' },
  gaan: { '1sg': 'ga', '2sg': 'gaat', '3sg': 'gaat', pl: 'gaan' },
  staan: { '1sg': 'sta', '2sg': 'staat', '3sg': 'staat', pl: 'staan' },
  doen: { '1sg': 'doe', '2sg': 'doet', '3sg': 'doet', pl: 'doen' },
  slaan: { '1sg': 'sla', '2sg': 'slaat', '3sg': 'slaat', pl: 'slaan' },
  zien: { '1sg': 'zie', '2sg': 'ziet', '3sg': 'ziet', pl: 'zien' },
  // The spelling rule would give *koom: the o of komen is short despite the open syllable.
  komen: 'kom',
};

export const IRREGULAR_VERBS: ReadonlyMap<string, IrregularVerb> = new Map(
  ROWS.map(([infinitive, pastSingular, pastPlural, pastParticiple, auxiliary]) => {
    const present = IRREGULAR_PRESENT[infinitive];
    const verb: IrregularVerb = {
      infinitive,
      pastSingular,
      pastPlural,
      pastParticiple,
      auxiliary,
      ...(present === undefined ? {} : { present }),
    };
    return [infinitive, verb];
  }),
);

/** Accepted alternatives the generator never produces but a lemmatiser will meet in real notes. */
export const IRREGULAR_VARIANT_FORMS: ReadonlyMap<string, string> = new Map([
  ['wou', 'willen'],
  ['wouden', 'willen'],
  ['hou', 'houden'],
  ['gemoogd', 'mogen'],
  ['vraagde', 'vragen'],
  ['vraagden', 'vragen'],
  ['jaagde', 'jagen'],
  ['jaagden', 'jagen'],
  ['ried', 'raden'],
  ['rieden', 'raden'],
  ['waaide', 'waaien'],
  ['waaiden', 'waaien'],
]);

/**
 * Weak verbs some of whose forms coincide with strong forms above (roken ~ ruiken: roken,
 * voeren ~ varen: voer). Without them the lemmatiser would only ever offer the strong reading.
 */
export const WEAK_HOMOGRAPHS: readonly string[] = [
  'roken', 'voeren', 'slopen', 'braken', 'staken', 'baden', 'slepen', 'scholen', 'wonden',
  'weken', 'zagen', 'bleken', 'borgen', 'schoren', 'stallen', 'stalen', 'bogen', 'zogen',
  'stoven', 'kloven', 'groeven', 'wissen', 'lassen',
];
