// Capitalised words at the start of a sentence that are never a person's name, so
// "Morgen moet ..." or "Iedereen moet ..." is not read as a name followed by "moet".
export const NOT_A_NAME = new Set(
  (
    'de het een dit dat deze die er hier daar toen dan nu morgen gisteren vandaag vanmorgen vanmiddag vanavond ' +
    'daarna vervolgens ook wel niet iedereen niemand alles niets ieder iedere elke elk wie wat waar hoe waarom ' +
    'tijdens na voor bij met in op om als omdat maar en of want dus volgens daarom verder eerst volgende voortaan ' +
    'vanaf binnenkort straks zo toch echter uiteindelijk inmiddels momenteel hierdoor daardoor hiervoor daarvoor ' +
    'hierbij daarbij bovendien ten tot sinds wekelijks dagelijks men sommige veel alle beide zowel ondanks ' +
    'wanneer zodra nadat voordat terwijl totdat afgesproken afspraak actiepunt actie conclusie samenvatting ' +
    'advies doel doelen plan school thuis overdag soms vaak meestal nog al reeds pas weer helaas gelukkig ' +
    'mogelijk misschien wellicht waarschijnlijk kennelijk blijkbaar duidelijk zeker natuurlijk ook'
  ).split(' '),
);

/** Words that open a clause: after them a parent word is in subject position ("dat moeder ..."). */
export const CLAUSE_OPENERS = new Set(
  'dat omdat zodat maar want toen als wanneer terwijl nadat voordat hoewel doordat waardoor totdat zodra dus en of dan wat hoe waarom'.split(' '),
);

/** Openers of a subordinate clause: its finite verb comes last, so it has no first field. */
export const SUBORDINATORS = new Set(
  'dat omdat zodat toen als wanneer terwijl nadat voordat hoewel doordat waardoor totdat zodra of wat hoe waar waarom wie welke die'.split(' '),
);

/** Words that open a prepositional phrase: a person after one is not the subject ("de computer van moeder", "volgens vader"). */
/**
 * Particles that stand apart from their verb and join it again in an infinitive or a
 * subordinate clause ("zich aan te melden" → "aanmeldt", "bel af" → "afbellen"): the ones
 * our rewrites join; verb-forms.ts knows more, for conjugating.
 */
export const JOINING_PARTICLES = new Set(
  'aan af bij binnen buiten door in mee na neer op om over terug thuis toe uit vast voor weg samen los open dicht langs klaar schoon leeg vrij goed'.split(' '),
);

export const PREPOSITIONS = new Set(
  'van met bij voor naar over aan op in tegen zonder door tot na om volgens tijdens namens vanwege ondanks uit via per rond tegenover naast achter onder tussen sinds'.split(' '),
);

/** Words before a subject that belong to it ("de ouders", "haar moeder"). */
/** Words that open a noun phrase: after one, a participle-looking word is a noun ("de vragenlijsten", "geen gesprekken"). */
export const DETERMINERS = new Set(
  'de het een haar zijn hun mijn onze ons die deze dit dat alle elke ieder iedere twee drie geen'.split(' '),
);

export const SUBJECT_DETERMINERS = new Set('de het haar zijn hun mijn onze deze die beide alle'.split(' '));

/** Clause-initial words after which Dutch puts the finite verb before the subject ("Gisteren weigerde vader"). */
export const ADVERBIAL = new Set(
  (
    'gisteren vandaag morgen toen daarna vervolgens nu opnieuw ook daarom dus dan voortaan sindsdien inmiddels ' +
    'vorige volgende afgelopen elke iedere vanochtend vanmiddag vanavond vanmorgen eerder later straks meestal ' +
    'vaak soms nooit altijd steeds telkens wekelijks dagelijks regelmatig tijdens na bij in op volgens sinds om ' +
    'voor door binnen vanaf tot zonder ondanks ook bovendien verder daarnaast hierna daarbij hierbij toch wel zoals telkens keer ' +
    'wederom alweer nogmaals andermaal'
  ).split(' '),
);

/** Finite verbs that, after an opening adverbial, come before the subject ("Ook deze week heeft moeder ..."). */
export const FINITE_VERBS = new Set(
  (
    'heeft hebben had hadden is was zijn waren wordt worden werd werden zal zullen zou zouden kan kunnen kon konden ' +
    'wil willen wilde wilden komt komen kwam kwamen houdt hield gaat ging gingen doet deed laat liet geeft gaf ' +
    'blijft bleef neemt nam zegt zei vertelt vertelde werkt werkte reageert reageerde stelt stelde belt belde ' +
    'begint begon vergeet vergat toont toonde speelt speelde zoekt zocht doet deed'
  ).split(' '),
);
