// Dutch interpretations of understanding: "begrijpt niet waarom <kind> ..." is about the
// child's feelings (an interpretation), "begrijpt niet waarom de uitkering ..." about a
// decision of others (quiet); "heeft geen zicht op", "heeft er geen idee van", "heeft geen grip
// meer op", "heeft niet door dat" as deficit phrases; "ziet/ervaart X als controle,
// bemoeienis, een bedreiging" as the parent's perception stated as fact. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const interpretations = (sentence: string) => spans('nl', sentence, (finding) => finding.category === 'interpretation');

describe('Dutch interpretations of understanding', () => {
  it.each([
    ['Oma begrijpt niet waarom Mees zo stil is na de omgang.', 'begrijpt'],
    ['Pleegvader heeft geen zicht op wat de ruzies met Noor doen.', 'heeft geen zicht op'],
    ['Mw. Jansen heeft er geen idee van.', 'heeft er geen idee van'],
    ['Vader heeft geen grip meer op zijn oudste zoon.', 'heeft geen grip meer op'],
    ['Moeder heeft niet door dat Sam bang voor haar vriend is.', 'heeft niet door dat'],
    ['Pleegmoeder ziet de gezinsvoogd vooral als een bedreiging.', 'ziet de gezinsvoogd vooral als een bedreiging'],
    ['Het is een vader die elk huisbezoek als controle ervaart.', 'als controle ervaart'],
  ])('%s', (sentence, span) => {
    expect(interpretations(sentence)).toContain(span);
  });

  it.each([
    'Moeder begrijpt niet waarom de toeslag is stopgezet.',
    'Vader begrijpt niet wanneer de zitting is.',
    'Ik heb geen zicht op de planning van de rechtbank.',
    'Moeder vertelt dat ze geen grip meer heeft op haar zoon.',
    'De school heeft geen zicht op de thuissituatie.',
    'Moeder ziet de verhuizing als een nieuwe start.',
    'Moeder vertelt dat ze ons bezoek als controle ervaart.',
    'Ik ervaar het gesprek als bemoeienis van mijn kant.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations(sentence)).toEqual([]);
  });
});
