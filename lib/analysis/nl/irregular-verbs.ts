// Irregular and strong Dutch verbs: the forms that spelling rules cannot derive.
// Only simplex verbs are listed; verb-forms.ts derives compounds (opstaan, begrijpen, afspreken) from them.

/** The four present-tense slots a Dutch verb fills: ik, jij/u, hij/zij, wij/jullie/zij. */
export type Person = '1sg' | '2sg' | '3sg' | 'pl';

export type PresentParadigm = Readonly<Record<Person, string>>;

export interface IrregularVerb {
  readonly infinitive: string;
  /** A stem that takes regular endings (komen → kom, komt) or, for suppletive verbs, every form. */
  readonly present?: string | PresentParadigm;
  readonly pastSingular: string;
  readonly pastPlural: string;
  /** null only for zullen, which has no participle. */
  readonly pastParticiple: string | null;
}

type IrregularRow = readonly [
  infinitive: string,
  pastSingular: string,
  pastPlural: string,
  pastParticiple: string | null,
];

// Frequent verbs come first: when forms collide (weet: weten and wijten) the lemmatiser keeps this order.
const ROWS: readonly IrregularRow[] = [
  // Auxiliaries, modals and the verbs case notes lean on most.
  ['zijn', 'was', 'waren', 'geweest'],
  ['hebben', 'had', 'hadden', 'gehad'],
  ['kunnen', 'kon', 'konden', 'gekund'],
  ['willen', 'wilde', 'wilden', 'gewild'],
  ['zullen', 'zou', 'zouden', null],
  ['mogen', 'mocht', 'mochten', 'gemogen'],
  ['moeten', 'moest', 'moesten', 'gemoeten'],
  ['hoeven', 'hoefde', 'hoefden', 'gehoeven'],
  ['weten', 'wist', 'wisten', 'geweten'],
  ['gaan', 'ging', 'gingen', 'gegaan'],
  ['staan', 'stond', 'stonden', 'gestaan'],
  ['doen', 'deed', 'deden', 'gedaan'],
  ['slaan', 'sloeg', 'sloegen', 'geslagen'],
  ['zien', 'zag', 'zagen', 'gezien'],
  ['komen', 'kwam', 'kwamen', 'gekomen'],
  ['worden', 'werd', 'werden', 'geworden'],
  ['zeggen', 'zei', 'zeiden', 'gezegd'],
  ['vragen', 'vroeg', 'vroegen', 'gevraagd'],
  ['jagen', 'joeg', 'joegen', 'gejaagd'],
  ['brengen', 'bracht', 'brachten', 'gebracht'],
  ['denken', 'dacht', 'dachten', 'gedacht'],
  ['kopen', 'kocht', 'kochten', 'gekocht'],
  ['zoeken', 'zocht', 'zochten', 'gezocht'],
  ['krijgen', 'kreeg', 'kregen', 'gekregen'],
  ['blijven', 'bleef', 'bleven', 'gebleven'],
  ['laten', 'liet', 'lieten', 'gelaten'],
  ['houden', 'hield', 'hielden', 'gehouden'],
  ['nemen', 'nam', 'namen', 'genomen'],
  ['geven', 'gaf', 'gaven', 'gegeven'],
  ['vinden', 'vond', 'vonden', 'gevonden'],
  ['liggen', 'lag', 'lagen', 'gelegen'],
  ['zitten', 'zat', 'zaten', 'gezeten'],
  ['lopen', 'liep', 'liepen', 'gelopen'],
  ['spreken', 'sprak', 'spraken', 'gesproken'],
  ['schrijven', 'schreef', 'schreven', 'geschreven'],
  ['lezen', 'las', 'lazen', 'gelezen'],
  ['eten', 'at', 'aten', 'gegeten'],
  ['drinken', 'dronk', 'dronken', 'gedronken'],
  ['slapen', 'sliep', 'sliepen', 'geslapen'],
  ['kijken', 'keek', 'keken', 'gekeken'],
  ['beginnen', 'begon', 'begonnen', 'begonnen'],
  ['vergeten', 'vergat', 'vergaten', 'vergeten'],
  ['verliezen', 'verloor', 'verloren', 'verloren'],
  ['bieden', 'bood', 'boden', 'geboden'],
  ['sluiten', 'sloot', 'sloten', 'gesloten'],
  ['kiezen', 'koos', 'kozen', 'gekozen'],
  ['helpen', 'hielp', 'hielpen', 'geholpen'],
  ['dragen', 'droeg', 'droegen', 'gedragen'],
  ['trekken', 'trok', 'trokken', 'getrokken'],
  ['vallen', 'viel', 'vielen', 'gevallen'],
  ['roepen', 'riep', 'riepen', 'geroepen'],
  ['hangen', 'hing', 'hingen', 'gehangen'],
  ['vangen', 'ving', 'vingen', 'gevangen'],

  // ij – ee – ee
  ['lijken', 'leek', 'leken', 'geleken'],
  ['blijken', 'bleek', 'bleken', 'gebleken'],
  ['wijzen', 'wees', 'wezen', 'gewezen'],
  ['wijten', 'weet', 'weten', 'geweten'],
  ['lijden', 'leed', 'leden', 'geleden'],
  ['mijden', 'meed', 'meden', 'gemeden'],
  ['rijden', 'reed', 'reden', 'gereden'],
  ['snijden', 'sneed', 'sneden', 'gesneden'],
  ['strijden', 'streed', 'streden', 'gestreden'],
  ['glijden', 'gleed', 'gleden', 'gegleden'],
  ['bijten', 'beet', 'beten', 'gebeten'],
  ['slijten', 'sleet', 'sleten', 'gesleten'],
  ['smijten', 'smeet', 'smeten', 'gesmeten'],
  ['spijten', 'speet', 'speten', 'gespeten'],
  ['grijpen', 'greep', 'grepen', 'gegrepen'],
  ['knijpen', 'kneep', 'knepen', 'geknepen'],
  ['slijpen', 'sleep', 'slepen', 'geslepen'],
  ['wijken', 'week', 'weken', 'geweken'],
  ['strijken', 'streek', 'streken', 'gestreken'],
  ['stijgen', 'steeg', 'stegen', 'gestegen'],
  ['zwijgen', 'zweeg', 'zwegen', 'gezwegen'],
  ['rijgen', 'reeg', 'regen', 'geregen'],
  ['drijven', 'dreef', 'dreven', 'gedreven'],
  ['wrijven', 'wreef', 'wreven', 'gewreven'],
  ['kijven', 'keef', 'keven', 'gekeven'],
  ['schijnen', 'scheen', 'schenen', 'geschenen'],
  ['verdwijnen', 'verdween', 'verdwenen', 'verdwenen'],
  ['bezwijken', 'bezweek', 'bezweken', 'bezweken'],
  ['vergelijken', 'vergeleek', 'vergeleken', 'vergeleken'],
  ['prijzen', 'prees', 'prezen', 'geprezen'],
  ['rijzen', 'rees', 'rezen', 'gerezen'],
  ['hijsen', 'hees', 'hesen', 'gehesen'],

  // ie/ui – oo – oo
  ['bedriegen', 'bedroog', 'bedrogen', 'bedrogen'],
  ['buigen', 'boog', 'bogen', 'gebogen'],
  ['zuigen', 'zoog', 'zogen', 'gezogen'],
  ['liegen', 'loog', 'logen', 'gelogen'],
  ['vliegen', 'vloog', 'vlogen', 'gevlogen'],
  ['duiken', 'dook', 'doken', 'gedoken'],
  ['ruiken', 'rook', 'roken', 'geroken'],
  ['kruipen', 'kroop', 'kropen', 'gekropen'],
  ['sluipen', 'sloop', 'slopen', 'geslopen'],
  ['zuipen', 'zoop', 'zopen', 'gezopen'],
  ['druipen', 'droop', 'dropen', 'gedropen'],
  ['schuiven', 'schoof', 'schoven', 'geschoven'],
  ['snuiven', 'snoof', 'snoven', 'gesnoven'],
  ['stuiven', 'stoof', 'stoven', 'gestoven'],
  ['kluiven', 'kloof', 'kloven', 'gekloven'],
  ['schuilen', 'school', 'scholen', 'gescholen'],
  ['fluiten', 'floot', 'floten', 'gefloten'],
  ['genieten', 'genoot', 'genoten', 'genoten'],
  ['gieten', 'goot', 'goten', 'gegoten'],
  ['schieten', 'schoot', 'schoten', 'geschoten'],
  ['vriezen', 'vroor', 'vroren', 'gevroren'],
  ['spruiten', 'sproot', 'sproten', 'gesproten'],
  ['snuiten', 'snoot', 'snoten', 'gesnoten'],

  // i/e – o – o
  ['binden', 'bond', 'bonden', 'gebonden'],
  ['winden', 'wond', 'wonden', 'gewonden'],
  ['dringen', 'drong', 'drongen', 'gedrongen'],
  ['dwingen', 'dwong', 'dwongen', 'gedwongen'],
  ['springen', 'sprong', 'sprongen', 'gesprongen'],
  ['zingen', 'zong', 'zongen', 'gezongen'],
  ['wringen', 'wrong', 'wrongen', 'gewrongen'],
  ['klinken', 'klonk', 'klonken', 'geklonken'],
  ['stinken', 'stonk', 'stonken', 'gestonken'],
  ['zinken', 'zonk', 'zonken', 'gezonken'],
  ['blinken', 'blonk', 'blonken', 'geblonken'],
  ['slinken', 'slonk', 'slonken', 'geslonken'],
  ['krimpen', 'kromp', 'krompen', 'gekrompen'],
  ['klimmen', 'klom', 'klommen', 'geklommen'],
  ['zwemmen', 'zwom', 'zwommen', 'gezwommen'],
  ['glimmen', 'glom', 'glommen', 'geglommen'],
  ['winnen', 'won', 'wonnen', 'gewonnen'],
  ['spinnen', 'spon', 'sponnen', 'gesponnen'],
  ['zinnen', 'zon', 'zonnen', 'gezonnen'],
  ['schenken', 'schonk', 'schonken', 'geschonken'],
  ['zenden', 'zond', 'zonden', 'gezonden'],
  ['schenden', 'schond', 'schonden', 'geschonden'],
  ['gelden', 'gold', 'golden', 'gegolden'],
  ['schelden', 'schold', 'scholden', 'gescholden'],
  ['smelten', 'smolt', 'smolten', 'gesmolten'],
  ['zwellen', 'zwol', 'zwollen', 'gezwollen'],
  ['melken', 'molk', 'molken', 'gemolken'],
  ['bergen', 'borg', 'borgen', 'geborgen'],
  ['delven', 'dolf', 'dolven', 'gedolven'],
  ['vechten', 'vocht', 'vochten', 'gevochten'],
  ['vlechten', 'vlocht', 'vlochten', 'gevlochten'],
  ['treffen', 'trof', 'troffen', 'getroffen'],
  ['schrikken', 'schrok', 'schrokken', 'geschrokken'],

  // e – ie – o
  ['bederven', 'bedierf', 'bedierven', 'bedorven'],
  ['sterven', 'stierf', 'stierven', 'gestorven'],
  ['werpen', 'wierp', 'wierpen', 'geworpen'],
  ['werven', 'wierf', 'wierven', 'geworven'],
  ['zwerven', 'zwierf', 'zwierven', 'gezworven'],

  // e – a – o / e – a – e
  ['breken', 'brak', 'braken', 'gebroken'],
  ['steken', 'stak', 'staken', 'gestoken'],
  ['stelen', 'stal', 'stalen', 'gestolen'],
  ['bevelen', 'beval', 'bevalen', 'bevolen'],
  ['wegen', 'woog', 'wogen', 'gewogen'],
  ['zweren', 'zwoer', 'zwoeren', 'gezworen'],
  ['scheren', 'schoor', 'schoren', 'geschoren'],
  ['bidden', 'bad', 'baden', 'gebeden'],
  ['meten', 'mat', 'maten', 'gemeten'],
  ['genezen', 'genas', 'genazen', 'genezen'],
  ['treden', 'trad', 'traden', 'getreden'],
  ['vreten', 'vrat', 'vraten', 'gevreten'],

  // a – oe – a, a/o/e – ie – a/o/e
  ['graven', 'groef', 'groeven', 'gegraven'],
  ['varen', 'voer', 'voeren', 'gevaren'],
  ['blazen', 'blies', 'bliezen', 'geblazen'],
  ['heffen', 'hief', 'hieven', 'geheven'],
  ['scheppen', 'schiep', 'schiepen', 'geschapen'],
  ['houwen', 'hieuw', 'hieuwen', 'gehouwen'],
  ['waaien', 'woei', 'woeien', 'gewaaid'],

  // Mixed verbs: weak past, strong participle.
  ['lachen', 'lachte', 'lachten', 'gelachen'],
  ['bakken', 'bakte', 'bakten', 'gebakken'],
  ['heten', 'heette', 'heetten', 'geheten'],
  ['scheiden', 'scheidde', 'scheidden', 'gescheiden'],
  ['wassen', 'waste', 'wasten', 'gewassen'],
  ['vouwen', 'vouwde', 'vouwden', 'gevouwen'],
  ['brouwen', 'brouwde', 'brouwden', 'gebrouwen'],
  ['zouten', 'zoutte', 'zoutten', 'gezouten'],
  ['spannen', 'spande', 'spanden', 'gespannen'],
  ['braden', 'braadde', 'braadden', 'gebraden'],
  ['malen', 'maalde', 'maalden', 'gemalen'],
  ['laden', 'laadde', 'laadden', 'geladen'],
  ['raden', 'raadde', 'raadden', 'geraden'],
  ['stoten', 'stootte', 'stootten', 'gestoten'],
  ['wreken', 'wreekte', 'wreekten', 'gewroken'],
  ['weven', 'weefde', 'weefden', 'geweven'],
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
  ROWS.map(([infinitive, pastSingular, pastPlural, pastParticiple]) => {
    const present = IRREGULAR_PRESENT[infinitive];
    const verb: IrregularVerb = {
      infinitive,
      pastSingular,
      pastPlural,
      pastParticiple,
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
