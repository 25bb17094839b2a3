import labels from '../../../../rules/nl/lexicon/labels.json';
import { labelWords, type LabelLexicon } from '../../label-lexicon';

// Words that judge a person rather than describe what happened. Both the plain and the
// inflected adjective are listed (ongemotiveerd, ongemotiveerde).

const ADJECTIVES = [
  'ongemotiveerd', 'onverschillig', 'manipulatief', 'manipulatieve', 'manipulerend', 'agressief', 'agressieve',
  'hysterisch', 'lastig', 'zwak', 'zwakke', 'chaotisch', 'onbetrouwbaar', 'onbetrouwbare', 'onwillig',
  'koppig', 'halsstarrig', 'naïef', 'naïeve', 'lui', 'luie', 'vijandig', 'onredelijk', 'brutaal', 'brutale',
  'labiel', 'ongeïnteresseerd', 'asociaal', 'asociale', 'incapabel', 'onbekwaam', 'onbekwame', 'ongeschikt',
  'onverantwoordelijk', 'gestoord', 'onhandelbaar', 'onhandelbare', 'achterdochtig', 'zorgmijdend',
  'claimerig', 'claimend', 'dwars', 'dwarsliggend', 'narcistisch', 'theatraal', 'theatrale', 'berekenend',
  'leugenachtig', 'leugenachtige', 'onnozel', 'onnozele', 'dom', 'domme', 'primitief', 'primitieve',
  'ongemanierd', 'onopgevoed', 'onopgevoede', 'verwaarlozend', 'slecht', 'slechte', 'moeilijk', 'moeilijke',
  'hulpverleningsresistent', 'onbenaderbaar', 'onbenaderbare', 'recalcitrant', 'recalcitrante', 'opstandig',
  'ondankbaar', 'ondankbare', 'egoïstisch', 'egocentrisch', 'onverzorgd', 'onverzorgde', 'overbezorgd',
  'overbezorgde', 'dominant', 'dominante', 'opvliegend', 'passief', 'passieve', 'dwarse', 'respectloos',
  'respectloze', 'star', 'starre', 'wantrouwend', 'laks', 'lakse', 'negatief', 'negatieve', 'afwijzend',
  'ongeïnteresseerde', 'bemoeizuchtig', 'impulsief', 'impulsieve', 'controlerend', 'kil', 'kille',
];


/** -e forms of adjectives ending in a plain consonant, generated so the lists stay short. */
function withInflection(words: string[]): string[] {
  const all = new Set(words);
  for (const word of words) {
    if (word.endsWith('e')) continue;
    if (/(isch|ig|erd|end|eld|ard|aal|ijk|baar|loos)$/.test(word)) all.add(`${word}e`);
  }
  return [...all];
}

/** Adjectives that only judge when they describe a person directly ("een moeilijke moeder", not "een moeilijk gesprek"). */
const FROM_DATA = labelWords(labels as LabelLexicon, ['moeilijk', 'moeilijke', 'slecht', 'slechte', 'zwak', 'zwakke', 'lastige', 'dom', 'domme']);

export const JUDGMENT_ADJECTIVE = [...new Set([...withInflection(ADJECTIVES), ...FROM_DATA.predicative])];

export const JUDGMENT_ONLY_ATTRIBUTIVE = FROM_DATA.attributiveOnly;

/** Labels that also describe things ("een chaotische kamer"), and "lastig", which is mostly about a task ("het is lastig"). */
export const ALSO_THINGS = [...FROM_DATA.alsoThings, 'lastig', 'moeilijk', 'zwaar'];

export const LABEL_NOUN = [
  'hulpverleningsresistente',
  ...FROM_DATA.nouns,
];

export const ABSOLUTE = ['altijd', 'nooit', 'steeds', 'telkens', 'constant', 'voortdurend', 'continu', 'nimmer', 'immer'];

/** "steeds beter" means "increasingly", not "always". */
export const COMPARATIVE = [
  'beter', 'meer', 'minder', 'vaker', 'slechter', 'verder', 'groter', 'kleiner', 'makkelijker', 'moeilijker',
  'rustiger', 'drukker', 'zelfstandiger', 'opener', 'sterker', 'duidelijker', 'langer', 'korter',
];

/** What a label may be said of instead of the person: "dat hysterische gedrag", "haar opvliegende karakter". */
export const BEHAVIOUR_NOUN = [
  'houding', 'gedrag', 'opstelling', 'karakter', 'geschreeuw', 'gedoe', 'toon', 'reactie', 'reacties', 'buien', 'uitbarstingen',
  'gezeur', 'gejammer', 'geklaag', 'gescheld', 'gedram', 'streken', 'fratsen', 'smoesjes', 'manier', 'opmerkingen', 'praatjes',
  'leefstijl', 'levensstijl', 'levenswijze', 'taal', 'taalgebruik', 'gedragingen', 'manieren', 'uitspraken',
];

export const NEGATION = ['niet', 'geen', 'nauwelijks', 'niets'];

/** People-nouns that a judging adjective can attach to ("een lastige man", "een opvliegend type"). */
export const PERSON_NOUN = ['man', 'vrouw', 'type', 'persoon', 'figuur', 'dame', 'heer', 'meid', 'knul', 'tiener', 'puber', 'mensen', 'stel', 'echtpaar'];

/** Words between a copula and an adjective that leave the judgment standing ("was zoals gewoonlijk vijandig"). */
export const DEGREE = [
  'erg', 'zeer', 'heel', 'nogal', 'behoorlijk', 'enorm', 'best', 'wat', 'vaak', 'echt', 'ontzettend', 'totaal',
  'ook', 'wederom', 'opnieuw', 'weer', 'zo', 'extreem', 'uiterst', 'vrij', 'tamelijk', 'zichtbaar', 'duidelijk',
  'zoals', 'gewoonlijk', 'gebruikelijk', 'snel', 'direct', 'meteen', 'vandaag', 'toen', 'wel', 'bijzonder',
];

/** Words that own an interpretation or hedge it: then it is no longer written as fact. */
export const HEDGE = [
  'lijkt', 'lijken', 'leek', 'leken', 'mogelijk', 'misschien', 'wellicht', 'vermoedelijk', 'indruk',
  'vermoed', 'vermoeden', 'denk', 'denken', 'schijnt', 'merk', 'ervaar', 'vraag', 'twijfel', 'waarschijnlijk',
  // "Mijn inschatting is dat ...": the writer owns the view.
  'inschatting', 'interpretatie', 'hypothese',
];

/** Wording that already speaks of shared decisions. */
/** "samen" alone may mean the parents together ("moeten ouders samen naar de mediator"); see the post-tagger for "samen met", "samen afgesproken". */
export const TOGETHER = ['gezamenlijk', 'gezamenlijke', 'afgestemd'];

/** Verbs that judge how a person talks or behaves rather than describe it. */
export const LABEL_VERB = ['zeurt', 'zeurde', 'zeuren', 'zeurden', 'jammert', 'jammerde', 'dramt', 'dramde', 'drammen', 'liegt', 'loog', 'logen', 'manipuleert', 'manipuleerde', 'manipuleren', 'treitert', 'sart'];

/** What decisions about a family are about; a decision about the writer's own work ("dit verslag") is not unilateral towards parents. */
export const CARE_MATTER = [
  'omgang', 'plaatsing', 'uithuisplaatsing', 'hulp', 'zorg', 'school', 'thuis', 'kinderen', 'kind', 'casus',
  'logeeropvang', 'opvang', 'contact', 'bezoek', 'gesprekken', 'oudergesprekken', 'traject', 'behandeling',
  'cursus', 'opvoedcursus', 'pleeggezin', 'gezinshuis', 'overdracht', 'hulpverlening', 'melding', 'begeleiding',
  'logeerweekenden', 'logeren', 'weekenden', 'verlof', 'bezoekregeling',
  // The arrangements of a placed child's time at home and of contact: what a decision about the family is about.
  'thuisweekend', 'thuisweekenden', 'weekendverlof', 'logeerweekend', 'overnachting', 'overnachtingen', 'omgangsregeling',
  'bezoeken', 'beeldbellen', 'telefooncontact', 'vakantie', 'vakantieregeling', 'terugplaatsing', 'thuisplaatsing',
  // The help itself and the family's money matters: a decision about them is one about the family.
  'gezinsbegeleiding', 'huisbezoek', 'huisbezoeken', 'budgetbeheer', 'bewind', 'bewindvoering',
  // The measures and plans of child protection: a decision to start, extend or change them is one about the family.
  'ots', 'ondertoezichtstelling', 'machtiging', 'pva', 'plan van aanpak', 'gezinsplan', 'hulpverleningsplan', 'perspectiefplan',
  'pleegzorg', 'pleegzorgplaatsing', 'gezinsbehandeling', 'dagbehandeling', 'aanmelding', 'indicatie', 'voogdij', 'gezag',
];

/** Verbs for what goes on inside someone: said as fact of the parent, with a mind-reading adverb or a negation, they interpret. */
export const MIND_VERB = ['wil', 'wilde', 'willen', 'wilden'];
export const UNDERSTANDING_VERB = [
  'begrijpt', 'begreep', 'begrijpen', 'begrepen', 'beseft', 'besefte', 'beseffen', 'beseften', 'snapt', 'snapte', 'snappen',
  'inziet', 'inzag', 'inzien', 'hecht', 'hechtte', 'hechten', 'doorziet', 'doorheeft', 'doorhad',
];
/** Adverbs that claim to know a motive: "wil eigenlijk geen hulp", "doet het bewust", "wil alleen maar haar zin". */
/** Words that say an act was meant: said of a parent, they state a motive no one can see ("kwetst de kinderen bewust"). */
export const DELIBERATE = ['bewust', 'expres', 'opzettelijk', 'doelbewust', 'moedwillig', 'met opzet', 'willens en wetens', 'welbewust'];
export const MIND_ADVERB = ['eigenlijk', 'bewust', 'expres', 'opzettelijk', 'stiekem', 'heimelijk', 'diep van binnen', 'alleen maar', 'vooral', 'enkel', 'puur'];
