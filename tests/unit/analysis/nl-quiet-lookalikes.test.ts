// Dutch sentences that share words with directives but direct nobody: the writer's own
// decision about their own work, a decision taken by everyone present or to consult the
// parent, an invitation, a note to the reader, a court's summons, a rule someone heard of
// or a house rule. Written for these mechanisms, not taken from a corpus; each kind has a
// sentence that must still be flagged beside it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const directives = (text: string) => analyze(text, { lang: 'nl' }).filter((finding) => finding.category === 'directive');

describe('Dutch look-alikes of directives stay quiet', () => {
  it.each([
    'Ik heb voor mezelf besloten dat ik moeder vaker bel.',
    'We hebben met ons allen besloten dat de hulp doorgaat tot de zomer.',
    'Met z\'n drieën hebben we bepaald dat Sem voortaan op woensdag bij opa eet.',
    'Ik heb besloten de rapportage eerst met vader door te nemen.',
    'We hebben besloten om het plan met beide ouders te bespreken voordat het naar de GI gaat.',
    'Neem gerust contact op als er iets is.',
    'Bel me gerust als er iets verandert.',
    'Let op, moeder is allergisch voor noten.',
    'Zie ook: het verslag van 3 maart.',
    'Moeder moet volgende week voor de kantonrechter verschijnen.',
    'Toen vader hoorde dat hij de kinderen niet mocht zien, werd hij boos.',
    'In het protocol staat dat ouders niet mogen filmen op de groep.',
  ])('%s', (text) => {
    expect(directives(text).map((finding) => text.slice(finding.start, finding.end))).toEqual([]);
  });
});

describe('the directives beside them are still found', () => {
  it.each([
    ['We hebben besloten het contact met moeder te beperken.', 'besloten'],
    ['In overleg met de school hebben wij besloten het verslag nog niet met ouders te bespreken.', 'besloten'],
    ['Ik heb bepaald dat vader de kinderen niet meer ophaalt.', 'bepaald'],
    ['Bel de school morgen.', 'Bel'],
    ['Let op dat je op tijd bent.', 'Let'],
    ['Vader mag de kinderen niet meer ophalen.', 'mag'],
    ['Moeder moet volgende week de formulieren inleveren.', 'moet'],
  ])('%s', (text, phrase) => {
    expect(directives(text).map((finding) => text.slice(finding.start, finding.end))).toContain(phrase);
  });
});
