// The Dutch tips: the domain knowledge behind the findings, written afresh for Samenspraak.
import type { Tip, TipId } from './types';

export const TIPS_NL: Record<TipId, Tip> = {
  vertrouwensrelatie: {
    id: 'vertrouwensrelatie',
    title: 'Bouw aan een vertrouwensrelatie met ouders',
    body: [
      'Als ouders je vertrouwen, voelen ze zich gehoord en veilig, vragen ze eerder om hulp en werken ze makkelijker met je samen.',
      'Wantrouwen ontstaat vaak als jouw wereld en die van de ouder niet op elkaar aansluiten; spreek je letterlijk een andere taal, zet dan een tolk of een vertaalapp in.',
      'Lastiger is het als normen en waarden verschillen, bijvoorbeeld bij een migratieachtergrond, of als de een in de stad en de ander op het platteland is opgegroeid.',
      'Blijf dus proberen de ander te begrijpen, geef het niet te snel op en leer de ouder kennen als persoon: wat is hun verhaal en waar genieten ze van?',
      'Neem de tijd, kijk samen terug op hoe jullie het contact ervaren, en zeg hardop dat het welzijn van de ouder voor jou net zo zwaar weegt als de ontwikkeling van het kind.',
    ],
    reflection: [
      'Wat weet ik van deze ouder, los van de zorgen over het kind?',
      'Verstaan we elkaar echt, of is een tolk of vertaalapp nodig?',
      'Welke van mijn eigen normen kleuren hoe ik naar dit gezin kijk?',
      'Hoe zou deze ouder ons contact omschrijven, en heb ik dat al eens gevraagd?',
    ],
    example: {
      before: 'Vader wantrouwt de hulpverlening en werkt niet mee.',
      after:
        'Vader vertelde dat hij zich bij eerdere hulp niet begrepen voelde. We spreken de volgende keer af met een tolk, zodat hij alles in zijn eigen taal kan zeggen.',
    },
    source: 'Nederlands Jeugdinstituut (NJi), dossier culturele diversiteit',
  },

  vooroordelen: {
    id: 'vooroordelen',
    title: 'Ken je eigen vooroordelen',
    body: [
      'Iedereen heeft vooroordelen; dat is menselijk en niets om je voor te schamen.',
      'Ze werken wel door in wat je doet, vaak zonder dat je het merkt: je verwacht minder van een ouder, of je behandelt het ene gezin anders dan het andere.',
      "Ook in een verslag kun je ze terugzien, bijvoorbeeld in een uitspraak over een hele groep of in 'dat is typisch voor hun cultuur'.",
      'Zo’n zin vertelt vooral iets over het beeld van de schrijver, en de volgende lezer neemt dat beeld ongemerkt over.',
      'Sta daarom even stil bij je eigen gedachten en reacties, en schrijf op wat deze ouder zelf zei en deed.',
    ],
    reflection: [
      'Zou ik dit net zo opschrijven over een gezin dat veel op het mijne lijkt?',
      'Wat verwachtte ik van deze ouder voordat we elkaar hadden gesproken?',
      'Beschrijf ik deze ouder, of een groep waar ik deze ouder bij indeel?',
    ],
    example: {
      before: 'Vader bemoeit zich niet met de opvoeding, zoals gebruikelijk in hun cultuur.',
      after:
        'Vader werkt in ploegendienst en ziet de kinderen vooral in het weekend. Hij vertelde dat hij graag bij de gesprekken met school wil zijn.',
    },
    source: 'Nederlands Jeugdinstituut (NJi), over vooroordelen bij professionals',
  },

  'oprechte-aandacht': {
    id: 'oprechte-aandacht',
    title: 'Geef oprechte aandacht',
    body: [
      'Oprechte aandacht zit in respect, echt zijn, goed luisteren, vragen stellen en meeleven.',
      'Juist je betrokkenheid kan in de weg zitten: wie snel wil helpen, heeft soms al een oplossing klaar voordat de ouder het eigen verhaal heeft kunnen doen.',
      'Een ouder die zich schuldig voelt of schaamt, praat niet zomaar vrijuit, en wat jij al helder ziet, is voor de ouder vaak nog niet duidelijk.',
      'Dan raakt de ouder de regie kwijt, en daarmee vaak ook de zin om samen te werken.',
      "Schrijf in je verslag wat de ouder vertelde en wat die wil, in plaats van een etiket als 'weigert hulp'.",
    ],
    reflection: [
      'Heeft de ouder het hele verhaal kunnen vertellen voordat ik met een voorstel kwam?',
      'Wat maakt het voor deze ouder misschien moeilijk om open te praten?',
      'Ziet de ouder het probleem op dezelfde manier als ik?',
      'Waar praat deze ouder graag over, los van de problemen?',
    ],
    example: {
      before: 'Moeder weigert opvoedondersteuning.',
      after:
        'Moeder wil nu geen opvoedondersteuning aan huis. Ze vertelde dat ze zich schaamt als er steeds iemand bij haar langskomt. Een gesprek op het kantoor van het wijkteam ziet ze wel zitten.',
    },
    source: 'Voor de Jeugd, ouders over oprechte aandacht en regie',
  },

  'eigen-regie': {
    id: 'eigen-regie',
    title: 'Samen denken, samen beslissen, samen doen',
    body: [
      'Eigen regie is meer dan ouders laten meedenken, meebeslissen of meedoen: je denkt, beslist en doet het samen.',
      'Dat vraagt een gelijkwaardige verhouding, waarin wat de ouder uit ervaring weet net zo telt als jouw vakkennis.',
      'Je geeft het stuur daarbij niet weg: voor jouw deel van het traject houd jij de leiding.',
      'Stel samen doelen op, vertel open en concreet wat je doet en waarom, en kijk regelmatig samen terug op hoe de samenwerking loopt.',
      "Schrijf in je verslag wat jullie samen hebben afgesproken, wat de ouder zelf kiest en wat jij gaat doen, in plaats van 'moeder moet'.",
    ],
    reflection: [
      'Van wie is dit doel: van de ouder, van mij of van ons samen?',
      'Weet de ouder wat ik ga doen, waarom, en wat dat kan opleveren?',
      'Welke kennis heeft deze ouder over het eigen gezin die ik nog niet benut?',
      'Wanneer hebben we voor het laatst samen besproken hoe onze samenwerking gaat?',
    ],
    example: {
      before: 'Moeder moet zich aan de afspraken houden en de kinderen op tijd naar school brengen.',
      after:
        'Moeder en ik hebben afgesproken dat zij de kinderen om half negen naar school brengt. Lukt dat een keer niet, dan vraagt ze de buurvrouw; dat was haar eigen idee. Ik bel deze week met school over de ochtendopvang.',
    },
    source: 'Voor de Jeugd, over eigen regie van gezinnen',
  },

  'feiten-en-interpretaties': {
    id: 'feiten-en-interpretaties',
    title: 'Houd feiten, visies en interpretaties uit elkaar',
    body: [
      'De Jeugdwet (artikel 3.3) en de privacyregels van de gecertificeerde instellingen vragen om een dossier waarin feiten, de visie van betrokkenen en jouw eigen interpretatie duidelijk gescheiden zijn.',
      'Het NJi adviseert om bij feitenonderzoek altijd te vermelden waar een gegeven vandaan komt.',
      "Onderzoek naar dossiers in de gezondheidszorg (Park e.a., 2021; Goddu e.a., 2018) laat zien welke woorden schade doen: twijfel aan iemands woord ('beweert'), etiketten en absolute termen als 'altijd' en 'nooit'.",
      'Zulke woorden kleuren het beeld van wie het dossier na jou leest, en daarmee hoe die het gezin tegemoet treedt.',
      "Beschrijf dus wat je zag en hoorde, citeer de ouder, noem je bron en presenteer je interpretatie als de jouwe, met 'mijn indruk is…' of 'ik merk bij mezelf…'.",
    ],
    reflection: [
      'Heb ik dit zelf gezien of gehoord, of weet ik het van iemand anders?',
      'Is voor de lezer te zien wat een feit is, wat iemands visie is en wat mijn interpretatie is?',
      'Hoe leest de ouder deze zin, en hoe leest de collega die het dossier na mij krijgt?',
    ],
    example: {
      before: 'Moeder beweert dat ze altijd op tijd is, maar het is thuis een chaos.',
      after:
        "Moeder zegt: 'Ik ben er bijna altijd op tijd.' Volgens de school kwam Sem deze maand vier keer te laat. Mijn indruk is dat de ochtenden thuis druk zijn; dat wil ik met moeder bespreken.",
    },
    source: 'Jeugdwet art. 3.3; NJi over feitenonderzoek; Park e.a. 2021; Goddu e.a. 2018',
  },
};
