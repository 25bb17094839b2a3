// Who a note is about (parents, carers, children, clients) and who writes it. Rules fire
// on what the writer says *about people*: "de computer weigert" has no #Parent subject.

export const PARENT = [
  'moeder', 'moeders', 'vader', 'vaders', 'ouder', 'ouders', 'mama', 'mam', 'papa', 'pap', 'pleegmoeder',
  'pleegvader', 'pleegouder', 'pleegouders', 'stiefmoeder', 'stiefvader', 'oma', 'opa', 'grootouders',
  'grootmoeder', 'grootvader', 'verzorger', 'verzorgers', 'opvoeder', 'opvoeders', 'gezinshuisouders',
  'jeugdige', 'jongere', 'jongeren', 'kind', 'kinderen', 'zoon', 'dochter', 'tiener', 'puber', 'meisje',
  'jongen', 'baby', 'cliënt', 'client', 'cliënte', 'hulpvrager', 'mevrouw', 'meneer', 'mevr', 'dhr', 'mw',
  'partner', 'vriend', 'vriendin', 'broer', 'zus', 'tante', 'oom', 'ex', 'ex-partner', 'gezinsleden',
];

/** A family as a whole: the target of labels such as "chaotisch gezin". */
export const FAMILY = ['gezin', 'gezinnen', 'familie', 'families', 'huishouden', 'gezinssysteem'];

export const HONORIFIC = ['mevrouw', 'meneer', 'mevr', 'dhr', 'mw', 'de heer'];

export const PROFESSIONAL = [
  'ik', 'wij', 'we', 'hulpverlener', 'hulpverleners', 'gezinsvoogd', 'jeugdzorgwerker', 'jeugdhulpverlener',
  'gezinscoach', 'behandelaar', 'team', 'wijkteam', 'collega', 'ondergetekende', 'jeugdconsulent',
  // Abbreviations notes use for the writer's own role: "Actiepunt GV: bel de school".
  'gv', 'jbw', 'swb', 'pm\'er', 'jb', 'jeugdbeschermer', 'casusregisseur',
];

/** Decisions by these are legal facts, not the writer's unilateral choice. */
export const COURT = [
  'rechter', 'rechters', 'kinderrechter', 'politierechter', 'kantonrechter', 'strafrechter', 'jeugdrechter', 'familierechter',
  'voorzieningenrechter', 'rechtbank', 'raad', 'rvdk', 'officier', 'gerechtshof', 'hof',
];

/**
 * Others whose rules, advice and permission a parent passes on: "De juf heeft gezegd dat Lotte
 * niet mag gymmen", "kreeg van het uitzendbureau te horen dat hij ... moet". Their rule is not
 * the writer's directive (LABELS.md, quiet 4).
 */
export const OUTSIDE_SOURCE = [
  'juf', 'juffrouw', 'meester', 'leerkracht', 'leerkrachten', 'mentor', 'school', 'docent', 'huisarts', 'arts', 'dokter', 'verloskundige',
  'kraamverzorgster', 'fysiotherapeut', 'fysio', 'werkgever', 'baas', 'leidinggevende', 'tandarts', 'specialist', 'kinderarts', 'ziekenhuis',
  'uitzendbureau', 'trainer', 'coach', 'reclassering', 'uwv', 'gemeente', 'verhuurder', 'woningcorporatie', 'consultatiebureau', 'jgz',
  'psychiater', 'psycholoog', 'orthodontist', 'apotheek', 'apotheker', 'sportclub', 'voetbalclub', 'kinderopvang', 'opvang', 'creche', 'crèche',
];

/** Pronouns that may stand for a parent; kept apart because they may also stand for a school or a colleague. */
export const THIRD_PERSON = ['hij', 'zij', 'ze'];

/**
 * Adjectives of a people, an origin or a faith, in the form before a noun ("Poolse", "Eritrese",
 * "islamitische"). With a group noun in the plural and no determiner they speak of a whole
 * group ("Zoals veel Turkse vaders ..."): the stereotype rule's material. Not "biologische".
 */
export const GROUP_ADJECTIVE = [
  'marokkaanse', 'turkse', 'poolse', 'syrische', 'antilliaanse', 'surinaamse', 'eritrese', 'somalische', 'afghaanse',
  'iraakse', 'iraanse', 'koerdische', 'bulgaarse', 'roemeense', 'oost-europese', 'afrikaanse', 'noord-afrikaanse',
  'arabische', 'aziatische', 'chinese', 'vietnamese', 'ghanese', 'nigeriaanse', 'kaapverdiaanse', 'molukse',
  'indische', 'hindoestaanse', 'creoolse', 'caribische', 'braziliaanse', 'portugese', 'albanese', 'bosnische',
  'servische', 'russische', 'oekraïense', 'litouwse', 'letse', 'hongaarse', 'slowaakse', 'tsjechische', 'armeense',
  'egyptische', 'tunesische', 'algerijnse', 'ethiopische', 'soedanese', 'congolese', 'pakistaanse', 'indiase',
  'filipijnse', 'thaise', 'indonesische', 'allochtone', 'autochtone', 'buitenlandse', 'niet-westerse', 'westerse',
  'islamitische', 'joodse', 'gereformeerde', 'orthodoxe', 'streng-gelovige', 'zwarte', 'witte', 'nederlandse', 'hollandse',
];
/** Plural nouns for people as a group, after a GROUP_ADJECTIVE: "Somalische vrouwen", "Poolse gezinnen". */
export const GROUP_NOUN = [
  'vaders', 'moeders', 'ouders', 'gezinnen', 'families', 'mannen', 'vrouwen', 'jongens', 'meiden', 'meisjes', 'jongeren',
  'pubers', 'tienermoeders', 'arbeidsmigranten', 'migranten', 'vluchtelingen', 'mensen', 'huishoudens', 'types', 'opvoeders', 'culturen',
];
