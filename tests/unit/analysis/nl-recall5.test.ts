// Dutch interpretations stated as fact that the nl-recall5 branch taught the engine, in notes as
// in single sentences: indifference with a pronoun ("het interesseert hem niet"), a purpose
// infinitive that carries a motive and shares its main clause's subject, choosing a partner over
// the child, not facing a problem, not reading a baby's signals; each with look-alikes that must
// stay quiet. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

/** The underlined words of the findings of one category or type. */
const underlined = (text: string, kind: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.category === kind || finding.type === kind)
    .map((finding) => text.slice(finding.start, finding.end));

/** Each group: the category it is about, sentences with what they underline, and look-alikes with none of that kind. */
const groups: Array<{ title: string; kind: string; fire: Array<[string, string | string[]]>; quiet: string[] }> = [
  {
    title: 'indifference said of the parent, also with a pronoun or "helemaal niets" (nl-interpretation-indifference)',
    kind: 'interpretation',
    fire: [
      ['Hij zegt sorry, maar het interesseert hem niet.', 'het interesseert hem niet'],
      ['Dat boeit haar helemaal niet, ze zit op haar telefoon.', 'Dat boeit haar helemaal niet'],
      ['Het interesseert moeder totaal niets hoe de kinderen eraan toe zijn.', 'Het interesseert moeder totaal niets'],
      ['Het kan hem niets schelen of Lotte naar school gaat.', 'kan hem niets schelen'],
      ['Het boeit vader niet wat de juf ervan vindt.', 'Het boeit vader niet'],
    ],
    quiet: [
      'Moeder vertelt dat het haar niet interesseert wat de buren denken.',
      'Ik denk dat het hem niet interesseert.',
      'Volgens oma interesseert het vader niets.',
      'Het interesseert de school niet op welke dag de omgang is.',
      'Het boeit mij niet of het verslag kort of lang wordt.',
    ],
  },
  {
    title: 'a purpose infinitive that carries a motive, with the subject of its main clause',
    kind: 'interpretation',
    fire: [
      ['Vader kwam met bloemen voor de juf, om indruk te maken.', 'om indruk te maken'],
      ['Hij bracht een dure fiets mee, zoals altijd om indruk te maken.', 'om indruk te maken'],
      ['Moeder meldt zich ziek om niets te hoeven doen.', 'om niets te hoeven doen'],
      ['Dhr. houdt zijn schulden geheim om ons om de tuin te leiden.', 'om ons om de tuin te leiden'],
      ['Mw. noemt haar nieuwe vriend steeds om vader jaloers te maken.', 'om vader jaloers te maken'],
      ['Hij werkt mee, om zo snel mogelijk van ons af te zijn.', 'van ons af te zijn'],
    ],
    quiet: [
      'Ik trok een net pak aan om indruk te maken op de rechter.',
      'Vader zegt dat hij de bloemen meenam om indruk te maken.',
      'Moeder belt zo snel mogelijk terug om een afspraak te maken.',
      'De school organiseert een open dag om indruk te maken op nieuwe ouders.',
      'Moeder vertelt dat ze zich ziek meldde om niets te hoeven doen die dag, omdat ze uitgeput was.',
    ],
  },
  {
    title: 'using the children for a purpose is one interpretation, the purpose included',
    kind: 'interpretation',
    fire: [
      ['Vader gebruikt de kinderen om moeder te pesten.', 'gebruikt de kinderen om moeder te pesten'],
      ['Na de zitting gebruikt moeder de kinderen om vader zwart te maken.', 'gebruikt moeder de kinderen om vader zwart te maken'],
      ['Mw. gebruikt de kinderen als boodschapper.', 'gebruikt de kinderen'],
    ],
    quiet: ['De school gebruikt de kinderen om de nieuwe methode te testen.', 'Moeder vertelt dat vader de kinderen gebruikt om haar te pesten.'],
  },
  {
    title: 'choosing a partner over the child; busy with oneself in a second clause',
    kind: 'interpretation',
    fire: [
      ['Moeder kiest voor haar nieuwe vriend en niet voor haar zoon.', 'kiest voor haar nieuwe vriend en niet voor haar zoon'],
      ['Vader koos toch voor zijn werk en niet voor de kinderen.', 'koos toch voor zijn werk en niet voor de kinderen'],
      ['Zij slaapt tot de middag en is vooral bezig met haar eigen problemen.', 'is vooral bezig met'],
    ],
    quiet: [
      'Moeder kiest voor een school dichtbij en niet voor de school in de stad.',
      'Vader kiest voor de ochtenddienst en niet voor de nachtdienst, zodat hij de kinderen naar school kan brengen.',
      'Moeder slaapt slecht en is vooral bezig met de verhuizing.',
    ],
  },
  {
    title: 'not facing a problem, not reading the signals, begrudging each other the children',
    kind: 'interpretation',
    fire: [
      ['Vader steekt de kop in het zand als het over de schulden gaat.', 'steekt de kop in het zand'],
      ['Moeder wil het niet onder ogen zien.', 'wil het niet onder ogen zien'],
      ['Omdat vader de signalen van zijn zoon niet kan lezen, loopt het vaak uit de hand.', 'niet kan lezen'],
      ['Het zijn ouders die elkaar de kinderen niet gunnen.', 'elkaar de kinderen niet gunnen'],
      ['Moeder interesseert zich niet voor het huiswerk van Tim.', 'interesseert zich niet voor'],
    ],
    quiet: [
      'Moeder leert de signalen van de baby steeds beter lezen.',
      'De school heeft de signalen niet opgepikt.',
      'Vader vertelt dat hij het lang niet onder ogen wilde zien.',
      'Ik gun moeder een rustige week na de verhuizing.',
    ],
  },
  {
    title: 'sarcasm over what the family (again) did not do, without a person as subject (nl-sarcasm-nothing-done)',
    kind: 'absolute',
    fire: [
      ['Zoals te verwachten viel, was er bij de controle niemand thuis.', 'Zoals te verwachten viel'],
      ['Zoals te verwachten was kwam er van de weekplanning niets terecht.', 'Zoals te verwachten was'],
      ['Zoals viel te verwachten was er niets geregeld voor de verjaardag.', 'Zoals viel te verwachten'],
      ['Natuurlijk stond er bij het tweede bezoek weer niemand bij de deur.', 'Natuurlijk'],
    ],
    quiet: [
      'Zoals te verwachten viel kwam er niets van de woningcorporatie.',
      'Zoals te verwachten viel was er geen plek meer op de groep.',
      'Uiteraard is er niets mis met haar keuze voor een andere school.',
      'Natuurlijk was er niemand thuis: ik was een uur te vroeg.',
      'Zoals te verwachten viel had ik er niets meer over gehoord.',
    ],
  },
  {
    title: '"dat lijkt me sterk" after a parent\'s account doubts it, and hedges no claim',
    kind: 'credibility',
    fire: [
      ['Vader zou de brief nooit hebben ontvangen; dat lijkt me sterk.', ['zou', 'dat lijkt me sterk']],
      ['Volgens mw. zou de juf haar niet hebben gebeld, maar dat lijkt me sterk.', ['zou', 'dat lijkt me sterk']],
    ],
    quiet: ['Het lijkt me sterker als we het plan samen met moeder schrijven.'],
  },
  {
    title: 'a claim after "het lijkt me sterk dat" stays hedged',
    kind: 'interpretation',
    fire: [],
    quiet: ['Het lijkt me sterk dat moeder geen inzicht heeft in wat Daan nodig heeft.'],
  },
];

for (const { title, kind, fire, quiet } of groups) {
  describe(title, () => {
    if (fire.length > 0) {
      it.each(fire)('%s → %j', (text, expected) => {
        expect(underlined(text, kind)).toEqual(Array.isArray(expected) ? expected : [expected]);
      });
    }
    it.each(quiet)('quiet: %s', (text) => {
      expect(underlined(text, kind)).toEqual([]);
    });
  });
}
