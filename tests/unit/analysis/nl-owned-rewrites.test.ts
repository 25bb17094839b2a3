// Dutch rewrites in the writer's own voice (lib/analysis/nl/owned-rewrites.ts): a stereotype
// or a label beside the sentence goes, a doubt becomes the writer's uncertainty, an order
// passed on becomes what the writer finds important. None may claim that the parent agreed,
// and a shape the rewriter does not know gets no suggestion.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const findingsOf = (sentence: string) => analyze(sentence, { lang: 'nl' }).map((finding) => ({
  span: sentence.slice(finding.start, finding.end),
  type: finding.type,
  suggestions: finding.suggestions.map((suggestion) => suggestion.text),
}));

describe('Dutch rewrites in the writer\'s own voice', () => {
  it.each([
    // A fronted comparison with a group goes; the subject comes first again.
    ['Net als veel jonge vaders vindt meneer Bakker de nachtvoedingen zwaar.', 'Net als veel jonge vaders', 'stereotype', 'Meneer Bakker vindt de nachtvoedingen zwaar.'],
    ['Zoals in veel Poolse gezinnen wordt er thuis veel gedronken.', 'Zoals in veel Poolse gezinnen', 'stereotype', 'Er wordt thuis veel gedronken.'],
    // Between commas it goes with its commas.
    ['Vader heeft, zoals veel Marokkaanse vaders, weinig zicht op de schoolresultaten.', 'zoals veel Marokkaanse vaders', 'stereotype', 'Vader heeft weinig zicht op de schoolresultaten.'],
    // A label beside the sentence: "wispelturig als altijd", "koppig als hij is".
    ['Koppig als hij is, bleef vader bij zijn standpunt.', 'Koppig', 'label', 'Vader bleef bij zijn standpunt.'],
    ['Oma, dominant als ze is, nam het gesprek direct over.', 'dominant', 'label', 'Oma nam het gesprek direct over.'],
    // A doubt becomes the writer's own uncertainty, its grounds kept.
    ['Of vader echt elke avond thuis is, is nog maar de vraag.', 'nog maar de vraag', 'credibility', 'Ik weet niet zeker of vader elke avond thuis is.'],
    ['Moeder zegt dat ze geen contact meer heeft met haar ex, maar dat valt te betwijfelen.', 'valt te betwijfelen', 'credibility', 'Moeder zegt dat ze geen contact meer heeft met haar ex, maar ik weet niet zeker of dat klopt.'],
    ['Vader zegt dat hij werk heeft, maar dat is nog maar de vraag, want hij is overdag thuis.', 'nog maar de vraag', 'credibility', 'Vader zegt dat hij werk heeft, maar ik weet niet zeker of dat klopt, want hij is overdag thuis.'],
    ['Het verhaal over de zieke oma is een smoesje.', 'een smoesje', 'credibility', 'Ik weet niet zeker of het verhaal over de zieke oma klopt.'],
    // An order passed on: what the writer finds important, with the modal's verb made finite.
    ['Ik heb vader gezegd dat hij de kinderen om vijf uur moet ophalen.', 'gezegd', 'instruction', 'Ik heb met vader besproken dat het belangrijk is dat hij de kinderen om vijf uur ophaalt.'],
    ['Ik heb moeder duidelijk gemaakt dat ze de kinderen niet alleen thuis mag laten.', 'duidelijk gemaakt', 'instruction', 'Ik heb met moeder besproken dat het belangrijk is dat ze de kinderen niet alleen thuis laat.'],
    ['Ik vind dat moeder haar medicatie elke dag moet innemen.', 'moet', 'obligation', 'Ik vind het belangrijk dat moeder haar medicatie elke dag inneemt.'],
    ['Aan moeder is te verstaan gegeven dat zij elke ochtend het ontbijt klaarzet.', 'te verstaan gegeven', 'instruction', 'Met moeder is besproken dat het belangrijk is dat zij elke ochtend het ontbijt klaarzet.'],
    // A habit word left out: a fronted one leaves the clause inverted, so the subject comes first again; a parenthesis goes with both commas.
    ['Voor de zoveelste keer was vader zijn sleutels vergeten.', 'Voor de zoveelste keer', 'absolute', 'Vader was zijn sleutels vergeten.'],
    ['Uiteraard had de drukke oma geen tijd voor het gesprek.', 'Uiteraard', 'absolute', 'De drukke oma had geen tijd voor het gesprek.'],
    ['Wederom belde moeder de school.', 'Wederom', 'absolute', 'Moeder belde de school.'],
    ['Moeder heeft, zoals te verwachten viel, de brief niet geopend.', 'zoals te verwachten viel', 'absolute', 'Moeder heeft de brief niet geopend.'],
    // A label before the person in the subject goes in the obligation's rewrite too; no article before a name.
    ['De chaotische moeder moet elke ochtend het ontbijt klaarzetten.', 'moet', 'obligation', 'De moeder en ik hebben afgesproken dat zij elke ochtend het ontbijt klaarzet.'],
    ['De luie Bram moet zijn kamer opruimen.', 'moet', 'obligation', 'Bram en ik hebben afgesproken dat hij zijn kamer opruimt.'],
    // A demand becomes what the writer finds important; the person it was made of stands in for the pronoun.
    ['Ik eis van moeder dat zij de kinderen om acht uur naar bed brengt.', 'eis', 'instruction', 'Ik vind het belangrijk dat moeder de kinderen om acht uur naar bed brengt.'],
    ['Wij eisen dat vader per direct stopt met drinken.', 'eisen', 'instruction', 'Wij vinden het belangrijk dat vader per direct stopt met drinken.'],
    // An action line keeps its bullet, and the addressee in brackets after the question.
    ['- Neem de brieven van de gemeente mee naar het gesprek (moeder).', 'Neem', 'imperative', '- Wil je de brieven van de gemeente meenemen naar het gesprek? (moeder)'],
    ['- Ruim de schuur op voor het volgende bezoek.', 'Ruim', 'imperative', '- Wil je de schuur opruimen voor het volgende bezoek?'],
    // An honorific is lower case inside the sentence, also before a name.
    ['Mevrouw Jansen is erg chaotisch.', 'chaotisch', 'label', 'Ik ervaar mevrouw Jansen als erg chaotisch.'],
    // An expectation of the parent, also after a fronted clause and with a tail that keeps its own clause.
    ['Omdat Noor vaak moe is, verwachten wij van vader dat hij haar om acht uur naar bed brengt.', 'verwachten', 'expectation', 'Omdat Noor vaak moe is, vinden wij het belangrijk dat vader haar om acht uur naar bed brengt.'],
    ['We rekenen erop dat moeder de huur deze week betaalt, zodat de deurwaarder niet komt.', 'rekenen erop', 'expectation', 'We vinden het belangrijk dat moeder de huur deze week betaalt, zodat de deurwaarder niet komt.'],
    ['Het is de bedoeling dat vader de kinderen zelf naar de sportclub brengt.', 'de bedoeling', 'expectation', 'Ik vind het belangrijk dat vader de kinderen zelf naar de sportclub brengt.'],
    // "zogenaamd" becomes the parent's own account; with "zou" the account is already there and the doubt word goes.
    ['Vader was zogenaamd ziek tijdens de overdracht.', 'zogenaamd', 'credibility', 'Volgens vader was hij ziek tijdens de overdracht.'],
    ['Zogenaamd had moeder geen geld voor de boodschappen.', 'Zogenaamd', 'credibility', 'Volgens moeder had zij geen geld voor de boodschappen.'],
    // "zou volgens eigen zeggen" is one finding now (nl-credibility-reported), without a rewrite: "zou" alone still doubts.
    ['Vader zou zogenaamd elke dag naar zijn werk gaan.', 'zogenaamd', 'credibility', 'Volgens vader zou hij elke dag naar zijn werk gaan.'],
    // A label between the subject and its modal (an apposition, a relative clause that is only the label) stays out of the agreement.
    ['Moeder, een echte chaoot, moet de post elke week openen.', 'moet', 'obligation', 'Moeder en ik hebben afgesproken dat zij de post elke week opent.'],
    ['Vader, die erg koppig is, moet de afspraken met school nakomen.', 'moet', 'obligation', 'Vader en ik hebben afgesproken dat hij de afspraken met school nakomt.'],
  ])('%s', (sentence, span, type, rewrite) => {
    const finding = findingsOf(sentence).find((found) => found.span === span);
    expect(finding?.type).toBe(type);
    expect(finding?.suggestions).toContain(rewrite);
  });

  it.each([
    // A second main clause would keep its inverted order ("... en laat hij ...").
    ['Zoals veel Poolse vaders werkt dhr. lange dagen en laat hij de opvoeding aan moeder over.', 'Zoals veel Poolse vaders'],
    // Without the fronted part the sentence would state the stereotype as a general truth.
    ['In hun cultuur is het nu eenmaal normaal dat kinderen een tik krijgen.', 'In hun cultuur'],
    // A consequence is no behaviour to find important; "kan" is no obligation to drop.
    ['Ik heb ouders te verstaan gegeven dat er bij een volgend incident een melding volgt.', 'te verstaan gegeven'],
    ['Ik heb vader duidelijk gemaakt dat hij de hulp niet zomaar kan stoppen.', 'duidelijk gemaakt'],
    // Someone else's instruction, reported: not the writer's to rephrase as theirs.
    ['Volgens moeder heeft de juf haar te verstaan gegeven dat Liam zijn gymspullen moet meenemen.', 'te verstaan gegeven'],
    // The second clause would keep its inverted order: "Vader was te laat en moest Sem wachten" is not what was written.
    ['Voor de zoveelste keer was vader te laat en moest Sem wachten.', 'Voor de zoveelste keer'],
    // A statement after the comma would end in the request's question mark.
    ['- Bel de school, de juf wacht op je.', 'Bel'],
    // The copula's participle would be left behind the label: "ervaar ik moeder als een echte zeurpiet geworden".
    ['Sinds de verhuizing is moeder een echte zeurpiet geworden.', 'zeurpiet'],
    // A name says no gender: "Volgens Daan was ... ziek" needs a pronoun we do not know.
    ['Daan was zogenaamd ziek.', 'zogenaamd'],
    // Disbelief with nothing to keep: no rewrite rather than a weaker claim.
    ['Dat geloof ik niet.', 'Dat geloof ik niet'],
  ])('offers no rewrite for a shape it does not know: %s', (sentence, span) => {
    const finding = findingsOf(sentence).find((found) => found.span === span);
    expect(finding).toBeDefined();
    expect(finding?.suggestions).toEqual([]);
  });

  it.each([
    'Zoals afgesproken belt moeder maandag de school.',
    'Vader, die gisteren ziek was, kwam niet naar het gesprek.',
    'Ik heb met moeder besproken dat zij vrijdag de huisarts belt.',
  ])('stays quiet on a look-alike: %s', (sentence) => {
    expect(findingsOf(sentence)).toEqual([]);
  });
});

describe('Dutch doubt and refusal verbs in plain words', () => {
  const rewritesOf = (sentence: string) => analyze(sentence, { lang: 'nl' }).map((finding) => ({
    span: sentence.slice(finding.start, finding.end),
    suggestions: finding.suggestions.filter((suggestion) => suggestion.range).map((suggestion) => suggestion.text),
  }));
  it.each([
    // Insisting and admitting become saying; a subject or adverb between verb and particle stays.
    ['Opa houdt vol dat hij de kinderen nooit alleen laat.', 'houdt vol', 'Opa zegt dat hij de kinderen nooit alleen laat.'],
    ['Na het gesprek gaf oma toe dat ze de brief had weggegooid.', 'gaf oma toe', 'Na het gesprek vertelde oma dat ze de brief had weggegooid.'],
    ['Vader bleef volhouden dat de deur al kapot was.', 'bleef volhouden', 'Vader bleef zeggen dat de deur al kapot was.'],
    // A denial of a dat-clause: saying that it is not so, in the same tense.
    ['Vader ontkende dat hij had gedronken.', 'ontkende', 'Vader zei dat het niet klopte dat hij had gedronken.'],
    // Not cooperating becomes not taking part; "totaal" goes with the verdict.
    ['Moeder werkt niet mee aan het onderzoek.', 'werkt niet mee', 'Moeder doet niet mee aan het onderzoek.'],
    ['Meneer Bakker werkt totaal niet mee aan de evaluatie.', 'werkt totaal niet mee', 'Meneer Bakker doet niet mee aan de evaluatie.'],
  ])('%s', (sentence, span, expected) => {
    expect(rewritesOf(sentence)).toContainEqual({ span, suggestions: [expected] });
  });

  it.each([
    // "ontkent het" and "ontkent niet dat": no dat-clause to say the opposite of.
    'Moeder ontkent het.',
    'Moeder ontkent niet dat er ruzie was.',
  ])('offers no sentence rewrite: %s', (sentence) => {
    for (const finding of rewritesOf(sentence)) expect(finding.suggestions).toEqual([]);
  });

  it.each(['De printer werkt niet mee.', 'De pinautomaat weigerde mijn pas.'])('stays quiet: %s', (sentence) => {
    expect(rewritesOf(sentence)).toEqual([]);
  });
});
