// Dutch directives in forms the rules missed, and quiet look-alikes they flagged: "ik heb hem
// gezegd dat hij ... moet" with a pronoun or "tegen moeder", "horen te"; "is te kennen gegeven",
// "heeft te verstaan gekregen", "krijgen de opdracht"; "heeft ervoor te zorgen dat"; "het team
// heeft de knoop doorgehakt", "ik heb bepaald dat"; quiet: a rule or advice of a school, a doctor
// or an employer passed on, the professional's own duty, "let op," as a heads-up, "had het geluk
// te horen". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const directives = (sentence: string) => spans('nl', sentence, (finding) => finding.category === 'directive', true);

describe('Dutch directives in other forms', () => {
  it.each([
    ['Ik heb hem gezegd dat hij de hond voortaan buiten moet laten.', 'instruction:gezegd'],
    ['Ik heb tegen oma gezegd dat ze Sem niet meer mag meenemen naar de kroeg.', 'instruction:gezegd'],
    ['Ik heb vader gisteren gezegd dat de schoonmaakmiddelen hoog horen te staan.', 'instruction:gezegd'],
    ['Mw. Bakker is te kennen gegeven dat zij de kinderen niet meer mag ophalen.', 'instruction:te kennen gegeven'],
    ['Dhr. heeft te verstaan gekregen dat hij niet meer onaangekondigd op school mag komen.', 'instruction:te verstaan gekregen'],
    ['De ouders krijgen de opdracht om dagelijks het medicatieschema bij te houden.', 'instruction:de opdracht'],
    ['Moeder heeft ervoor te zorgen dat Jesse elke ochtend ontbijt.', 'obligation:heeft'],
    ['Oma heeft erop toe te zien dat de tweeling op tijd naar bed gaat.', 'obligation:heeft'],
    ['Het wijkteam heeft de knoop doorgehakt: Mila gaat naar de logeeropvang.', 'unilateral-decision:de knoop doorgehakt'],
    ['Ik heb bepaald dat Noah voorlopig bij zijn tante slaapt.', 'unilateral-decision:bepaald'],
  ])('%s', (sentence, finding) => {
    expect(directives(sentence)).toContain(finding);
  });

  it.each([
    'De juf heeft gezegd dat Ilse niet mag zwemmen zolang haar oor ontstoken is.',
    'De huisarts heeft aangegeven dat vader voorlopig niet mag autorijden.',
    'Moeder kreeg van haar werkgever te horen dat ze haar uren voortaan zelf moet registreren.',
    'De gezinsvoogd is verplicht om een melding te doen bij zorgen over de veiligheid.',
    'Wij zijn wettelijk verplicht om dit te melden.',
    'Overdracht: let op, Sem heeft morgen om 9.00 uur de orthodontist.',
    'Vader had het geluk te horen dat zijn contract verlengd wordt.',
    'Moeder heeft de neiging te lachen als ze zenuwachtig is.',
    'Ik heb haar gezegd dat ik het verslag eerst moet bespreken met mijn teamleider.',
    'Ik heb bepaald dat het verslag vrijdag af is.',
  ])('stays quiet: %s', (sentence) => {
    expect(directives(sentence)).toEqual([]);
  });
});

describe('duties with "hebben ... te", initials as names, decisions that name no parent but a measure', () => {
  const directives = (sentence: string) => spans('nl', sentence, (finding) => finding.category === 'directive');
  it.each([
    ['Tante heeft voor vrijdag een weekrooster te maken.', 'heeft'],
    ['Oom heeft zich aan het behandelplan te houden, anders volgt een melding.', 'heeft'],
    ['Dhr. V. heeft zich elke maandag bij de balie te melden.', 'heeft'],
    ['Wij hebben besloten de ondertoezichtstelling met een jaar te verlengen.', 'besloten'],
    ['Vanaf mei vervalt het weekendverlof bij oom; dat is door ons besloten.', 'dat is door ons besloten'],
  ])('%s', (sentence, span) => {
    expect(directives(sentence)).toContain(span);
  });

  it.each([
    'Tante heeft veel te maken met de schuldeiser.',
    'Oom heeft het plan te verhuizen naar Assen.',
    'Het teamoverleg is verplaatst naar vrijdag; dat is door ons besloten.',
    'Samen met tante hebben we besloten de ondertoezichtstelling te verlengen.',
  ])('stays quiet: %s', (sentence) => {
    expect(directives(sentence)).toEqual([]);
  });
});
