// Judgmental wording in Dutch notes that the engine learned on the nl-recall branch, each
// with look-alikes that must stay quiet. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const found = (text: string, type: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.type === type)
    .map((finding) => text.slice(finding.start, finding.end));

describe('reportative "zou" about the parent\'s account (nl-credibility-reported)', () => {
  it.each([
    ['Vader zou de huur van maart wel op tijd hebben overgemaakt.', ['zou']],
    ['Volgens moeder zou Sanne elke avond om acht uur in bed liggen.', ['zou']],
    ['Mw. zou volgens eigen zeggen gestopt zijn met roken.', ['zou volgens eigen zeggen']],
    ['Afgelopen weekend zou vader de kinderen al om vijf uur hebben opgehaald.', ['zou']],
    ['Hij zou afgelopen zaterdag thuis zijn geweest, maar de school belde om negen uur.', ['zou']],
    ['Dhr. zou zijn baan zelf hebben opgezegd.', ['zou']],
  ])('%s → %j', (text, phrases) => {
    expect(found(text, 'credibility')).toEqual(phrases);
  });

  it.each([
    'Vader zou het fijn vinden als de gesprekken na vijf uur zijn.',
    'Als moeder eerder had gebeld, zou de afspraak zijn verzet.',
    'Vader zou bereid zijn om mee te doen aan de cursus.',
    'Ik zou eerder hebben gebeld.',
    'De school zou de brief hebben verstuurd.',
    'Moeder vertelt dat ze de brief zou hebben ontvangen als die naar het goede adres was gestuurd.',
    'Vader zou baat hebben bij een cursus.',
    'Moeder zou graag meer uren willen werken.',
  ])('quiet: %s', (text) => {
    expect(found(text, 'credibility')).toEqual([]);
  });
});

describe('the writer\'s own verdict after reported speech (VoiceResumes)', () => {
  it.each([
    ['Volgens moeder was de bus te laat; een bekend smoesje.', ['een bekend smoesje']],
    ['Vader vertelt dat de brief zoek is, maar dat is een uitvlucht.', ['een uitvlucht']],
    ['Volgens vader heeft de school niet gebeld; dat is nog maar de vraag.', ['nog maar de vraag']],
  ])('%s → %j', (text, phrases) => {
    expect(found(text, 'credibility').filter((phrase) => phrases.some((expected) => expected.includes(phrase) || phrase.includes(expected)))).not.toEqual([]);
  });

  it.each([
    'Moeder zegt dat ze ziek was, maar dat ze morgen een smoesje verzint voor school.',
    'Volgens moeder is dat een smoesje van de buurvrouw.',
    'Stiefvader vindt dat het beter gaat; moeder wil vooral dat er naar Liam geluisterd wordt.',
  ])('quiet: %s', (text) => {
    expect(analyze(text, { lang: 'nl' }).filter((finding) => finding.category !== 'directive')).toEqual([]);
  });
});

const interpretations = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.category === 'interpretation')
    .map((finding) => text.slice(finding.start, finding.end));

describe('stances and motives stated as fact (phrases.json, nl-interpretation-stance)', () => {
  it.each([
    ['Vader neemt de adviezen van de logopedist niet serieus.', ['neemt de adviezen van de logopedist niet serieus']],
    ['Het gaat moeder vooral om de toeslag.', ['Het gaat moeder vooral om']],
    ['Sinds de verhuizing gebruikt moeder de kinderen als boodschapper.', ['gebruikt moeder de kinderen']],
    ['Moeder staat niet open voor de adviezen van de jeugdarts.', ['staat niet open voor']],
    ['Vader heeft lak aan de afspraken met school.', ['heeft lak aan']],
    ['Het laat moeder volkomen koud hoe het met Sem gaat.', ['laat moeder volkomen koud']],
    ['Mw. bespeelt de hulpverlening al maanden.', ['bespeelt de hulpverlening']],
    ['Vader ziet de ernst niet in en legt de schuld bij anderen.', ['ziet de ernst niet in', 'legt de schuld bij anderen']],
    // Two halves of one deficit joined by "en" are one finding.
    ['Vader ziet het gevaar niet en ziet de ernst niet in.', ['ziet het gevaar niet en ziet de ernst niet in']],
    ['Moeder is vooral met haar nieuwe vriend bezig.', ['is vooral met haar nieuwe vriend bezig']],
    ['Mw. heeft totaal geen besef van de ernst.', ['heeft totaal geen besef']],
    ['Vader ondermijnt het gezag van moeder.', ['ondermijnt het gezag van']],
    ['Oma heeft weinig oog voor wat de kinderen nodig hebben.', ['heeft weinig oog voor']],
    ['Vader voelt zich duidelijk aangevallen.', ['voelt zich duidelijk aangevallen']],
    ['Het is duidelijk dat Sem zich afgewezen voelt door zijn moeder.', ['zich afgewezen voelt']],
    ['Omdat vader zich schuldig voelt, geeft hij de kinderen alles.', ['zich schuldig voelt']],
    ['Vader leeft in zijn eigen wereld.', ['leeft in zijn eigen wereld']],
    // A second predicate after the copula shares its subject.
    ['Vader is vriendelijk maar niet bereid om mee te werken.', ['niet bereid']],
  ])('%s → %j', (text, phrases) => {
    expect(interpretations(text)).toEqual(phrases);
  });

  it.each([
    'Ik neem de zorgen van school serieus.',
    'Het gaat moeder om een rustige overdracht, zegt ze.',
    'De school staat niet open voor een gesprek.',
    'Moeder zegt dat vader het probleem niet ziet.',
    'Vader doet het alleen voor de kinderen, vertelt hij.',
    'Ik ben vooral met het verslag bezig.',
    'De school heeft geen oog voor Sem.',
    'Omdat moeder zich ziek voelde, is de afspraak verzet.',
    'De school is druk en niet in staat om te bellen.',
    // How he feels, in his words; said as fact it is an interpretation (nl-interpretation-felt).
    'Vader vertelt dat hij zich niet gehoord voelt door de GI.',
    'Moeder vertelt dat ze zich duidelijk beter voelt.',
    'Vader lijkt zich nergens iets van aan te trekken.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('doubt about the parent\'s story (phrases.json)', () => {
  it.each([
    ['Dat verhaal rammelt aan alle kanten.', 'rammelt'],
    ['Vader doet zich zieliger voor dan hij is.', 'doet zich zieliger voor'],
    ['Moeder zei dat ze de school had gebeld, wat ik betwijfel.', 'wat ik betwijfel'],
  ])('%s → %s', (text, phrase) => {
    expect(found(text, 'credibility').join(' | ')).toContain(phrase);
  });

  it.each(['Ik betwijfel of de brief van de gemeente al verstuurd is.', 'Moeder zegt dat het verhaal van de buurvrouw rammelt.'])('quiet: %s', (text) => {
    expect(found(text, 'credibility')).toEqual([]);
  });
});

describe('labels about the parent as a person (labels.json, nl-label-not-good-parent)', () => {
  it.each([
    ['Vader is eigenlijk geen goede vader voor Sem.', ['geen goede vader']],
    ['Mw. is wisselend van stemming en daarom geen veilige opvoeder.', ['geen veilige opvoeder']],
    ['Vader is een kortlontje.', ['kortlontje']],
    ['Kerem is een verwende prins.', ['verwende prins']],
  ])('%s → %j', (text, phrases) => {
    expect(found(text, 'label')).toEqual(phrases);
  });

  it.each([
    'Moeder is geen goede kok, zegt ze lachend.',
    'Moeder vindt zichzelf geen goede moeder.',
    // "dwars zitten" is a verb, not the label "dwars".
    'De planning van de school zit vader dwars.',
  ])('quiet: %s', (text) => {
    expect(found(text, 'label')).toEqual([]);
  });

  it('a phrase that opens inside the parent\'s quoted words is theirs', () => {
    expect(found('Vader zei dat hij zich "weer eens" niet gehoord voelde.', 'absolute')).toEqual([]);
  });
});

describe('a name as the subject at the start of a sentence', () => {
  it.each([
    ['Kerem is lui en verwacht dat anderen alles voor hem regelen.', ['lui']],
    ['Demi is een verwend nest.', ['verwend nest']],
    // Not in the list of names, but the age in brackets says it is one.
    ['Wiktor (15) is brutaal tegen de groepsleiding.', ['brutaal']],
  ])('%s → %j', (text, phrases) => {
    expect(found(text, 'label')).toEqual(phrases);
  });

  it.each(['Roken is verboden in de woning.', 'School is lastig bereikbaar met de bus.', 'Wiktor is lui, zegt zijn broer.'])('quiet: %s', (text) => {
    expect(found(text, 'label')).toEqual([]);
  });
});

describe('a sentence that closes by naming a family member as its source (AttributedAfter)', () => {
  it.each(['Moeder is lui, zegt vader.', 'Vader is agressief, vertelt oma.', 'Moeder is onbetrouwbaar, aldus vader.', 'Vader kan niet met geld omgaan, legt moeder uit.'])(
    'quiet: %s',
    (text) => {
      expect(analyze(text, { lang: 'nl' })).toEqual([]);
    },
  );

  it.each([
    // The writer, or someone outside the family, is no such source.
    ['Moeder is lui, zei ik.', ['lui']],
    ['Moeder is lui, zegt de juf.', ['lui']],
  ])('%s → %j', (text, phrases) => {
    expect(found(text, 'label')).toEqual(phrases);
  });
});

describe('an apposition between the subject and its verb belongs to the subject', () => {
  it.each([
    ['Vader, een echte drammer, beweert dat de school liegt.', 'credibility', ['beweert']],
    ['Mw., zo\'n typische zeurpiet, weigert de brief te tekenen.', 'refusal', ['weigert']],
    ['Sanne, een verwend nest, kwam wederom te laat.', 'absolute', ['wederom te laat']],
  ])('%s → %s %j', (text, type, phrases) => {
    expect(found(text, type)).toEqual(phrases);
  });

  it.each(['Moeder, een lieve vrouw, vertelt dat ze moe is.', 'De buurman, een gepensioneerde leraar, beweert dat het rustig is.'])('quiet: %s', (text) => {
    expect(analyze(text, { lang: 'nl' }).filter((finding) => finding.type !== 'label')).toEqual([]);
  });
});
