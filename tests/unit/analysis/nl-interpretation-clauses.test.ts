// Dutch interpretations stated as fact that the engine learned on the nl-recall4 branch: phrases
// split by an inverted subject or a filler adverb, and new mental-state and motive phrases, each
// with look-alikes that must stay quiet. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const interpretations = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.category === 'interpretation')
    .map((finding) => text.slice(finding.start, finding.end));

describe('a phrase split by an inverted subject or a filler adverb', () => {
  it.each([
    ['Daarbij ziet moeder niet in dat Sem hulp nodig heeft.', 'ziet moeder niet in dat'],
    ['Ook nu heeft vader geen oog voor de behoeften van Sem.', 'heeft vader geen oog voor'],
    ['Hij staat echt niet open voor hulp.', 'staat echt niet open voor hulp'],
    ['Vader heeft er ook geen boodschap aan.', 'heeft er ook geen boodschap aan'],
    ['Tijdens het gesprek staat mw. Jansen echt niet open voor advies.', 'staat mw. Jansen echt niet open voor'],
  ])('%s → %s', (text, phrase) => {
    expect(interpretations(text)).toEqual([phrase]);
  });

  it.each([
    'Ziet moeder niet in dat Sem hulp nodig heeft?',
    'Volgens oma ziet moeder niet in dat Sem hulp nodig heeft.',
    'Ik vraag me af of moeder niet inziet dat Sem hulp nodig heeft.',
    'Daarom ziet de school niet in dat een aanpassing nodig is.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('mental-state and motive phrases said of the parent', () => {
  it.each([
    ['Dhr. is niet open voor een gesprek over zijn drankgebruik.', 'is niet open voor'],
    ['Moeder komt haar afspraken niet na en wil gewoon niet veranderen.', 'wil gewoon niet veranderen'],
    ['Omdat vader er geen oren naar heeft, loopt het traject vast.', 'er geen oren naar heeft'],
    ['Mw. is een moeder die er niet mee bezig is.', 'er niet mee bezig is'],
    ['Vader weet heel goed wat hij doet.', 'weet heel goed wat hij doet'],
    ['Vader legt alles buiten zichzelf.', 'legt alles buiten zichzelf'],
    ['Moeder is er met haar hoofd niet bij.', 'is er met haar hoofd niet bij'],
    ['Dhr. denkt dat hij het beter weet dan de school.', 'denkt dat hij het beter weet'],
    ['Ouders onderschatten de ernst van de situatie.', 'onderschatten de ernst'],
    ['Ze denkt dat ze overal mee wegkomt.', 'denkt dat ze overal mee wegkomt'],
    ['Vader wuift de zorgen van de huisarts weg.', 'wuift de zorgen'],
    ['Vader kijkt alleen naar wat moeder fout doet.', 'alleen naar wat moeder fout doet'],
    ['Het dringt maar niet tot vader door.', 'dringt maar niet tot vader door'],
    ['Moeder zet zichzelf graag neer als slachtoffer van de jeugdbescherming.', 'zet zichzelf graag neer als slachtoffer'],
  ])('%s → %s', (text, phrase) => {
    expect(interpretations(text)).toEqual([phrase]);
  });

  it.each([
    'Moeder vertelt dat ze er niet mee bezig is geweest door haar werk.',
    'Moeder is er niet mee bezig geweest, ze lag in het ziekenhuis.',
    'De school is niet open voor een gesprek over de aanpassing.',
    'De gemeente is niet ontvankelijk voor het bezwaar.',
    'Vader zegt dat hij niet wil veranderen van school.',
    'Moeder weet precies wat ze wil.',
    'Moeder zit er niet mee om op woensdag te komen.',
    'Vader zegt: "Ik wil niet veranderen."',
    'Het ontbreekt moeder aan geld voor de huur.',
    'Moeder vindt het wel best dat de afspraak op woensdag is.',
    'Moeder is blij met de aandacht van de mentor.',
    'Vader vertelt dat de huisarts zijn zorgen heeft weggewuifd.',
    'Moeder belt als het haar uitkomt na haar werk, dat hebben we zo afgesproken.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});
