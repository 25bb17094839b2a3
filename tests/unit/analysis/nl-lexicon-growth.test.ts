// The Dutch label and phrase lexicons grown by semantic field: a handful of sentences
// per kind that a trainer would flag, and look-alikes that must stay quiet (the same
// word about a thing, a tense of another verb, a sincere or neutral use).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const found = (text: string) => analyze(text, { lang: 'nl' }).map((finding) => text.slice(finding.start, finding.end));

describe('Dutch labels added by field', () => {
  it.each([
    ['Moeder is apathisch en lusteloos.', 'apathisch'],
    ['Het is een vergeetachtige moeder.', 'vergeetachtige moeder'],
    ['Vader is zwakbegaafd.', 'zwakbegaafd'],
    ['Mw. is een echte chaoot.', 'chaoot'],
    ['Dhr. is een flierefluiter.', 'flierefluiter'],
    ['Vader is een egotripper die het gesprek naar zich toe trekt.', 'egotripper'],
    ['Jordy, een echte klier, zat op de gang.', 'klier'],
    ['Youssef is een gladde prater.', 'gladde prater'],
    ['Moeder is bang uitgevallen.', 'bang uitgevallen'],
    ['Die vader is niet goed snik.', 'niet goed snik'],
    ['De afhankelijke moeder belde drie keer.', 'afhankelijke moeder'],
  ])('%s', (text, span) => {
    expect(found(text)).toContain(span);
  });

  it.each([
    'Toen wilde moeder naar huis.',
    'Het was een drukke week voor moeder.',
    'Vader is afhankelijk van de voedselbank.',
    'Milan heeft opgezette klieren.',
    'Het gesprek verliep stroef en de sfeer was grimmig.',
    'Moeder vertelt dat ze zich lusteloos voelt sinds de bevalling.',
    'Moeder zegt: "Ik ben een chaoot."',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Dutch phrases added by class', () => {
  it.each([
    ['Moeder kan niet mentaliseren.', 'kan niet mentaliseren'],
    ['Vader heeft de ernst van de situatie niet door.', 'heeft de ernst van de situatie niet door'],
    ['Vader kan de rol van opvoeder niet aan.', 'kan de rol van opvoeder niet aan'],
    ['Moeder speelt het systeem uit om een grotere woning te krijgen.', 'speelt het systeem uit'],
    ['Vader ziet de kinderen als zijn bezit.', 'ziet de kinderen als zijn bezit'],
    ['Vader vindt zijn werk belangrijker dan zijn gezin.', 'vindt zijn werk belangrijker dan'],
    ['Moeder kwam met het excuus dat de bus niet reed.', 'kwam met het excuus dat'],
    ['Het is een typisch Turks gezin.', 'een typisch Turks gezin'],
  ])('%s', (text, span) => {
    expect(found(text)).toContain(span);
  });

  it.each([
    'De school heeft geen idee wat er speelt.',
    'Lisa speelt toneel bij de vereniging.',
    'Moeder drukt zich duidelijk uit.',
    'Ik betwijfel of de bus op tijd komt.',
    'Moeder vertelt dat ze geen zin heeft in nog een gesprek.',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
