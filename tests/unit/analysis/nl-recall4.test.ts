// Dutch wording the engine learned on the nl-recall4 branch: interpretations stated as fact
// (phrases split by an inverted subject or a filler adverb, new mental-state and motive phrases)
// and directive look-alikes in notes, each with look-alikes that must stay quiet. Sentences written for this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

/** The underlined words of the findings of one category or type. */
const underlined = (text: string, kind: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.category === kind || finding.type === kind)
    .map((finding) => text.slice(finding.start, finding.end));

/**
 * Each group: the category or type it is about, sentences with what they underline (one phrase,
 * the whole list, or a phrase among others), and look-alikes with none of that kind.
 */
const groups: Array<{ title: string; kind: string; fire: Array<[string, string | string[]]>; quiet: string[]; among?: boolean }> = [
  {
    title: 'a phrase split by an inverted subject or a filler adverb',
    kind: 'interpretation',
    fire: [
      ['Daarbij ziet moeder niet in dat Sem hulp nodig heeft.', 'ziet moeder niet in dat'],
      ['Ook nu heeft vader geen oog voor de behoeften van Sem.', 'heeft vader geen oog voor'],
      ['Hij staat echt niet open voor hulp.', 'staat echt niet open voor hulp'],
      ['Vader heeft er ook geen boodschap aan.', 'heeft er ook geen boodschap aan'],
      ['Tijdens het gesprek staat mw. Jansen echt niet open voor advies.', 'staat mw. Jansen echt niet open voor'],
    ],
    quiet: [
      'Ziet moeder niet in dat Sem hulp nodig heeft?',
      'Volgens oma ziet moeder niet in dat Sem hulp nodig heeft.',
      'Ik vraag me af of moeder niet inziet dat Sem hulp nodig heeft.',
      'Daarom ziet de school niet in dat een aanpassing nodig is.',
    ],
  },
  {
    title: 'mental-state and motive phrases said of the parent',
    kind: 'interpretation',
    fire: [
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
    ],
    quiet: [
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
    ],
  },
  {
    title: 'directive look-alikes in notes: a shared task, a job, a document, advice to a colleague',
    kind: 'directive',
    fire: [
      ['Moeder moet werken aan haar zelfvertrouwen.', ['moet']],
      ['Vader moet harder werken aan zijn schulden.', ['moet']],
      ['Ruim de gang op voor het huisbezoek.', ['Ruim']],
      ['Moeder moet de kinderen op tijd naar school brengen; dat staat ook in het plan.', ['moet']],
      ['De afspraak, waarin staat dat moeder de kinderen niet mag meenemen, heb ik vastgelegd.', ['mag']],
    ],
    quiet: [
      'Daarnaast is afgesproken dat moeder en ik samen nog een afspraak moeten maken bij de huisarts.',
      'We hebben afgesproken dat vader en ik volgende week samen naar het loket moeten.',
      'Moeder zegt de afspraak af als ze moet werken.',
      'Vader kan niet komen omdat hij moet werken.',
      'Moeder moet morgen werken, dus de afspraak is verzet naar vrijdag.',
      'Vader heeft de omgang verzet, omdat hij zaterdag een extra dienst moet draaien.',
      'In de brief van de school staat dat Rayan vanaf maandag weer naar school moet.',
      'In het veiligheidsplan dat ouders zelf hebben opgesteld staat dat Mila niet alleen bij haar oom mag zijn.',
      'Vader is een heethoofd; ga nooit alleen op huisbezoek als hij thuis is.',
      'Neem bij een volgend huisbezoek een tolk mee.',
    ],
  },
  {
    title: 'a people, origin or faith with a plural group noun (nl-stereotype-group)',
    kind: 'stereotype',
    fire: [
      ['Somalische vrouwen laten zich nu eenmaal niets zeggen door hulpverleners.', 'Somalische vrouwen'],
      ['Dit is typisch voor Antilliaanse vaders.', 'typisch voor Antilliaanse vaders'],
      ['Vader is een typische Eritrese man die de opvoeding aan zijn vrouw overlaat.', 'een typische Eritrese man'],
      ['Zoals bij veel Oost-Europese arbeidsmigranten staat werk hier boven alles.', 'Zoals bij veel Oost-Europese arbeidsmigranten'],
      ['Eritrese vaders bemoeien zich sowieso niet met de opvoeding.', 'Eritrese vaders'],
    ],
    quiet: [
      'De Poolse ouders van Kuba werken allebei in de kassen.',
      'Biologische ouders hebben recht op informatie.',
      'Moeder vertelt dat Somalische vrouwen in haar familie vaak jong trouwen.',
      'Poolse les voor ouders wordt gegeven in het buurthuis.',
      'De school heeft een oudergroep voor Arabische moeders opgezet.',
      'Ik heb eerder met Syrische gezinnen gewerkt.',
      'Marokkaanse moeders van de school organiseren een iftar; moeder doet mee.',
    ],
  },
  {
    title: "doubting the parent's account: an excuse as reported 'zou', the writer's doubt",
    kind: 'credibility',
    fire: [
      ['Belde 8.50u af, ze zou ziek zijn.', 'zou'],
      ['Mw. belde af, ze zou bij de tandarts zitten.', 'zou'],
      ['Volgens moeder zou de school hem zonder reden naar huis hebben gestuurd.', 'zou'],
      ['Dat lijkt me sterk.', 'Dat lijkt me sterk'],
      ['Haar zielige verhaal over de ex kan ik niet controleren.', 'Haar zielige verhaal'],
    ],
    quiet: [
      'Moeder zou het fijn vinden als de school belt.',
      'Vader zou ziek zijn geweest als hij die pillen had genomen.',
      'Volgens moeder zou de school het goed vinden als Sem een dag thuis blijft.',
      'Moeder vertelt dat ze ziek was; ze zou morgen weer bellen.',
      'Volgens vader zou oma graag willen oppassen.',
    ],
  },
  {
    title: 'absolutes: "elke keer" about the parent, and inside a relative clause after a label noun',
    kind: 'absolute',
    fire: [
      ['Vader komt elke keer te laat.', 'elke keer'],
      ['Hij vergeet iedere keer zijn spullen.', 'iedere keer'],
      ['Moeder is een aandachtzoekende vrouw die elke keer een nieuwe crisis veroorzaakt.', 'elke keer'],
      ['Kyan is een etterbak die zijn zusje continu pest.', 'continu'],
    ],
    quiet: [
      'Moeder belt elke keer als ze vragen heeft.',
      'Vader neemt elke keer na het bezoek een foto.',
      'De school belt elke keer dat Sem ziek is.',
      'Ik bel elke keer vooraf.',
      'Moeder vertelt dat vader elke keer te laat komt.',
    ],
  },
  {
    title: 'instructions: "laten weten", a warning with a consequence, "het is ouders verboden"',
    kind: 'directive',
    among: true,
    fire: [
      ['Ik heb vader laten weten dat hij de jongens niet meer van school mag ophalen.', 'laten weten'],
      ['Ik heb ouders laten weten dat wij verwachten dat ze de nieuwe collega zelf bellen.', 'laten weten'],
      ['Ik heb vader gewaarschuwd dat bij nog één incident de omgang volledig stopt.', 'gewaarschuwd'],
      ['Het is ouders verboden om in het bijzijn van de kinderen over de scheiding te ruziën.', 'verboden'],
    ],
    quiet: [
      'Ik heb de school gewaarschuwd dat Sem vandaag later komt.',
      'Ik heb haar verteld dat ik morgen moet werken.',
      'Ik heb hem laten weten dat de afspraak verzet is.',
      'Moeder heeft mij laten weten dat ze moet werken.',
      'Ik heb vader gewaarschuwd dat de weg is afgesloten.',
      'Ik heb haar gezegd dat ze altijd mag bellen.',
    ],
  },
  {
    title: "the writer's own open question ('het is mij niet duidelijk of ...') judges no habit",
    kind: 'judgmental',
    fire: [['Oma past structureel niet op, zoals afgesproken.', 'structureel niet']],
    quiet: [
      'Het is mij nog niet duidelijk of oma structureel oppast; dat zoek ik uit voor het MDO.',
      'Het is niet bekend hoe vaak vader steeds te laat komt.',
    ],
  },
  {
    title: 'understanding a letter is reading, not insight',
    kind: 'interpretation',
    fire: [['Vader beseft niet hoe zwaar dit is.', 'beseft']],
    quiet: ['Moeder begrijpt de brief niet omdat die in het Nederlands is; ik heb hem vertaald.', 'Vader snapt de brieven van de gemeente niet.'],
  },
];

for (const { title, kind, fire, quiet, among } of groups) {
  describe(title, () => {
    it.each(fire)('%s → %j', (text, expected) => {
      if (among) expect(underlined(text, kind)).toContain(expected);
      else expect(underlined(text, kind)).toEqual(Array.isArray(expected) ? expected : [expected]);
    });
    it.each(quiet)('quiet: %s', (text) => {
      expect(underlined(text, kind)).toEqual([]);
    });
  });
}
