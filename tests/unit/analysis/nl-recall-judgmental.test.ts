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
