// Dutch rewrites must be grammatical sentences, built with the right verb forms and word
// order; where a rewriter does not know the sentence's shape it must offer nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const suggestionsFor = (sentence: string) => analyze(sentence, { lang: 'nl' })[0]?.suggestions.map((suggestion) => suggestion.text);

describe('Dutch rewrites', () => {
  it.each([
    ['Vader moet de kinderen op tijd ophalen.', ['Ik vind het belangrijk dat vader de kinderen op tijd ophaalt.', 'Vader en ik hebben afgesproken dat hij de kinderen op tijd ophaalt.', 'Vader geeft aan dat hij de kinderen op tijd wil ophalen.']],
    ['Moeder en vader moeten de kinderen naar school brengen.', ['Ik vind het belangrijk dat moeder en vader de kinderen naar school brengen.', 'Moeder, vader en ik hebben afgesproken dat zij de kinderen naar school brengen.', 'Moeder en vader geven aan dat zij de kinderen naar school willen brengen.']],
    ['Vader dient voortaan op tijd te zijn voor de omgang.', ['Ik vind het belangrijk dat vader voortaan op tijd is voor de omgang.', 'Vader en ik hebben afgesproken dat hij voortaan op tijd is voor de omgang.', 'Vader geeft aan dat hij voortaan op tijd wil zijn voor de omgang.']],
    ['Mevrouw Jansen moet haar post openmaken.', ['Ik vind het belangrijk dat mevrouw Jansen haar post openmaakt.', 'Mevrouw Jansen en ik hebben afgesproken dat zij haar post openmaakt.', 'Mevrouw Jansen geeft aan dat zij haar post wil openmaken.']],
    ['Sanne moet om negen uur thuis zijn.', ['Ik vind het belangrijk dat Sanne om negen uur thuis is.', 'Sanne en ik hebben afgesproken dat Sanne om negen uur thuis is.', 'Sanne geeft aan dat Sanne om negen uur thuis wil zijn.']],
    ['Vader weigerde de gezinsvoogd binnen te laten.', ['Vader wilde de gezinsvoogd niet binnenlaten.']],
    ['Moeder weigert om mee te werken aan het onderzoek.', ['Moeder wil nu niet meewerken aan het onderzoek.']],
    ['Moeder weigerde gisteren om de deur open te doen.', ['Moeder wilde gisteren de deur niet opendoen.']],
    // A pronoun subject is an object after "ervaar": "hem", "haar", "hen".
    ['Hij was erg agressief tijdens het gesprek.', ['Ik ervoer hem als erg agressief tijdens het gesprek.']],
    // "wil nu altijd niet meewerken" would say something else: no rewrite rather than that.
    ['Vader weigert altijd om mee te werken.', []],
    ['Ouders weigeren elke vorm van hulp.', ['Ouders willen nu geen vorm van hulp.']],
    ['De ouders waren vijandig tijdens het gesprek.', ['Ik ervoer de ouders als vijandig tijdens het gesprek.']],
    ['Wij verwachten van vader dat hij meewerkt.', ['Wij vinden het belangrijk dat vader meewerkt.', 'Wij hebben met vader afgesproken dat hij meewerkt.']],
    // Inverted after a fronted adverbial, which moves into the middle field.
    ['Na de vakantie moet oma de medicijnen van Jesse in de keukenkast bewaren.', ['Ik vind het belangrijk dat oma na de vakantie de medicijnen van Jesse in de keukenkast bewaart.', 'Oma en ik hebben afgesproken dat zij na de vakantie de medicijnen van Jesse in de keukenkast bewaart.', 'Oma geeft aan dat zij na de vakantie de medicijnen van Jesse in de keukenkast wil bewaren.']],
    // A fronted subordinate clause stays in front; the wish offers nothing there.
    ['Zolang de verbouwing duurt, mogen de kinderen niet op zolder spelen.', ['Zolang de verbouwing duurt, vind ik het belangrijk dat de kinderen niet op zolder spelen.', 'Zolang de verbouwing duurt, hebben de kinderen en ik afgesproken dat zij niet op zolder spelen.']],
    // A separable verb before "te", two coordinated te-infinitives, a purpose that keeps its own.
    ['Stiefvader dient zich vóór maandag bij de wijkagent aan te melden.', ['Ik vind het belangrijk dat stiefvader zich vóór maandag bij de wijkagent aanmeldt.', 'Stiefvader en ik hebben afgesproken dat hij zich vóór maandag bij de wijkagent aanmeldt.', 'Stiefvader geeft aan dat hij zich vóór maandag bij de wijkagent wil aanmelden.']],
    ['Pleegmoeder dient de schooltas klaar te zetten en het rooster door te nemen om ruzie te voorkomen.', ['Ik vind het belangrijk dat pleegmoeder de schooltas klaarzet en het rooster doorneemt om ruzie te voorkomen.', 'Pleegmoeder en ik hebben afgesproken dat zij de schooltas klaarzet en het rooster doorneemt om ruzie te voorkomen.', 'Pleegmoeder geeft aan dat zij de schooltas wil klaarzetten en het rooster wil doornemen om ruzie te voorkomen.']],
    // A verb cluster ("laten slapen") and a prepositional phrase after the verb.
    ['Vader mag de tweeling niet meer bij hem in bed laten slapen.', ['Ik vind het belangrijk dat vader de tweeling niet meer bij hem in bed laat slapen.', 'Vader en ik hebben afgesproken dat hij de tweeling niet meer bij hem in bed laat slapen.']],
    ['Moeder mag de kinderen niet meer meenemen naar de kroeg om de hoek.', ['Ik vind het belangrijk dat moeder de kinderen niet meer meeneemt naar de kroeg om de hoek.', 'Moeder en ik hebben afgesproken dat zij de kinderen niet meer meeneemt naar de kroeg om de hoek.']],
    // A tail after the verb cluster stays at the end.
    ['Vader mag de auto pas weer gebruiken als hij zijn rijbewijs terug heeft.', ['Ik vind het belangrijk dat vader de auto pas weer gebruikt als hij zijn rijbewijs terug heeft.', 'Vader en ik hebben afgesproken dat hij de auto pas weer gebruikt als hij zijn rijbewijs terug heeft.']],
  ])('%s', (sentence, expected) => {
    expect(suggestionsFor(sentence)).toEqual(expected);
  });

  it.each([
    // Requests: the infinitive where the particle stood, or at the end of the main clause.
    ['Houd je aan de nieuwe bedtijden.', 'Wil je je aan de nieuwe bedtijden houden?'],
    ['Bel af als je ziek bent.', 'Wil je afbellen als je ziek bent?'],
    ['Actiepunt oma: lever de formulieren in bij de balie.', 'Actiepunt oma: wil je de formulieren inleveren bij de balie?'],
    ['Actiepunt vader: ga om elf uur naar bed en leg je telefoon weg.', 'Actiepunt vader: wil je om elf uur naar bed gaan en je telefoon wegleggen?'],
    ['Actiepunt moeder: stop met dat geschreeuw op de galerij.', 'Actiepunt moeder: wil je met dat geschreeuw op de galerij stoppen?'],
  ])('asks instead of orders: %s', (sentence, expected) => {
    expect(analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))).toContain(expected);
  });

  it.each([
    'Moeder moet naar de huisarts.',
    'Moeder moet naar de kinderen.',
    // The writer's own permission cannot become an agreement.
    'Omdat Tim te laat thuiskwam, mag hij van mij niet meer naar de stad.',
    // After "moet" a te-infinitive is another verb's: "dat hij proberen ... ophaalt" would leave "proberen" behind.
    'Vader moet proberen de kinderen op tijd op te halen.',
    'Pleegmoeder moet leren om rustiger te reageren als Sem boos wordt.',
    // A second obligation in the same sentence would stay finite inside the dat-clause.
    'Oma moet de medicijnen bewaren en dient daarnaast de apotheek te bellen.',
  ])(
    'offers no rewrite for a shape it does not know: %s',
    (sentence) => {
      // The writer's own "Ik vind het belangrijk dat ..." fits some of these (nl-find-important.test.ts); the agreement and the wish do not.
      expect(suggestionsFor(sentence)?.filter((text) => !/^Ik vind het belangrijk dat /.test(text))).toEqual([]);
    },
  );
  it.each([
    // The fronted part stays in front, the person after the copula becomes the object.
    ['Thuis is vader een huistiran.', 'Thuis ervaar ik vader als een huistiran.'],
    ['Zodra het over de ex gaat, is moeder een echte dramaqueen.', 'Zodra het over de ex gaat, ervaar ik moeder als een echte dramaqueen.'],
    ['Tijdens het gesprek waren zij vijandig en kortaf, maar ze bleven wel zitten.', 'Tijdens het gesprek ervoer ik hen als vijandig en kortaf, maar ze bleven wel zitten.'],
    ['Op straat is Jayden een ongeleid projectiel.', 'Op straat ervaar ik Jayden als een ongeleid projectiel.'],
    // The second label of a list takes the same rewrite.
    ['Kevin is een pestkop en een bullebak voor de kleinere kinderen.', 'Ik ervaar Kevin als een pestkop en een bullebak voor de kleinere kinderen.'],
    ['De ouders zijn lui en ongeïnteresseerd.', 'Ik ervaar de ouders als lui en ongeïnteresseerd.'],
    // A coordinated verb keeps its subject, wherever its "en" stands; an abbreviation keeps its full stop.
    ['Mevrouw is een chaoot en vergeet elke afspraak.', 'Ik ervaar mevrouw als een chaoot; zij vergeet elke afspraak.'],
    ['Moeder is een feeks tegen de buren en spreekt hen bij elke ontmoeting aan.', 'Ik ervaar moeder als een feeks tegen de buren; zij spreekt hen bij elke ontmoeting aan.'],
    ['Dhr. is een zorgmijder en wacht af tot anderen het oplossen.', 'Ik ervaar dhr. als een zorgmijder; hij wacht af tot anderen het oplossen.'],
    // An apposition that holds only the label goes with its commas.
    ['Vader, een echte profiteur, laat de rekeningen liggen.', 'Vader laat de rekeningen liggen.'],
    ['Ik sprak met Ayoub, een echte raddraaier, over school.', 'Ik sprak met Ayoub over school.'],
    ['Een baan houdt vader nooit lang vol, een echte mislukkeling.', 'Een baan houdt vader nooit lang vol.'],
  ])('owns the label or leaves it out: %s', (sentence, expected) => {
    expect(analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))).toContain(expected);
  });

  it.each([
    // Someone else's view is not the writer's to own.
    'Volgens de school is moeder een chaoot.',
    // After "als" an adverbial or a word before the article reads wrong.
    'Moeder is echt een drama queen.',
    'Vader was vanaf het begin vijandig en onderbrak de mentor.',
    // A verb after "en" the rewriter cannot tell from the list.
    'Ouders zijn lui en laten de boel verslonzen.',
    'Moeder is bang uitgevallen.',
    // An apposition with more than the label in it holds content.
    'Vader, een slappeling die alles aan oma overlaat, was er niet.',
  ])('owns no label in a shape it does not know: %s', (sentence) => {
    const labels = analyze(sentence, { lang: 'nl' }).filter((finding) => finding.ruleId.startsWith('nl-label'));
    expect(labels.flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))).toEqual([]);
  });
  it.each([
    // A list line keeps its bullet; a time's "om" is no purpose; a dat-clause after the verb stays at the end.
    ['- Vader dient de huur voortaan op de eerste van de maand over te maken.', '- Vader en ik hebben afgesproken dat hij de huur voortaan op de eerste van de maand overmaakt.'],
    ['Moeder heeft de kinderen om half acht in bed te leggen.', 'Moeder en ik hebben afgesproken dat zij de kinderen om half acht in bed legt.'],
    ['Vader moet elke avond zorgen dat de deur op slot is.', 'Vader en ik hebben afgesproken dat hij elke avond zorgt dat de deur op slot is.'],
    ['Mevrouw Bakker moet stoppen met roken als de baby thuis is.', 'Mevrouw Bakker en ik hebben afgesproken dat zij stopt met roken als de baby thuis is.'],
    // "is verplicht (om) ... te", "hoort ... te", "wordt verplicht".
    ['De ouders zijn verplicht om elke verhuizing aan de gezinsvoogd door te geven.', 'De ouders en ik hebben afgesproken dat zij elke verhuizing aan de gezinsvoogd doorgeven.'],
    ['Opa hoort zich niet met de opvoeding te bemoeien.', 'Opa en ik hebben afgesproken dat hij zich niet met de opvoeding bemoeit.'],
    ['Vader wordt verplicht om deel te nemen aan de oudercursus.', 'Vader en ik hebben afgesproken dat hij deelneemt aan de oudercursus.'],
    ['Dhr. was verplicht zijn nieuwe adres door te geven.', 'Dhr. en ik hadden afgesproken dat hij zijn nieuwe adres doorgaf.'],
  ])('obligations as agreements: %s', (sentence, expected) => {
    expect(analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))).toContain(expected);
  });

  it.each([
    // A purpose "om ... te" before the obligation's verb: not a shape we know.
    'Moeder dient om ruzie te voorkomen de deur dicht te doen.',
  ])('offers no agreement for a shape it does not know: %s', (sentence) => {
    expect(analyze(sentence, { lang: 'nl' }).flatMap((finding) => finding.suggestions.map((suggestion) => suggestion.text))).toEqual([]);
  });
});
