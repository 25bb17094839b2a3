// Not keeping to an agreement becomes what the parent does not manage yet ("Het lukt vader
// nog niet om zich aan ... te houden"), in a main clause and after a subordinator, with the
// pronoun as the object of "lukken" and the particle of "nakomen" before "te". A second verb
// after "en" would lose its subject: no rewrite then.
import { describe, expect, it } from 'vitest';
import { labelledRewrites } from './nl-rewrite-helpers';

const LABEL = 'Als het de ouder niet lukt: wat (nog) niet lukt';
const managedOf = (sentence: string) => labelledRewrites(sentence, LABEL, (finding) => finding.type === 'refusal');

describe('Dutch agreements not kept, as what does not work out yet', () => {
  it.each([
    ['Oma houdt zich nog steeds niet aan de bezoektijden van de pleegouders.', 'Het lukt oma nog steeds niet om zich aan de bezoektijden van de pleegouders te houden.'],
    ['Vader hield zich niet aan de afspraak over het ophalen.', 'Het lukte vader niet om zich aan de afspraak over het ophalen te houden.'],
    ['Ze kwamen de afspraken met de school niet na.', 'Het lukte hun niet om de afspraken met de school na te komen.'],
    ['Mw. Bakker komt haar afspraken met de thuisbegeleider niet na.', 'Het lukt mw. Bakker nog niet om haar afspraken met de thuisbegeleider na te komen.'],
    ['Ouders houden zich niet aan de regels die in het veiligheidsplan staan.', 'Het lukt ouders nog niet om zich aan de regels te houden die in het veiligheidsplan staan.'],
    ['Ik maak me zorgen omdat hij zich niet aan het schema houdt.', 'Ik maak me zorgen omdat het hem nog niet lukt om zich aan het schema te houden.'],
    ['Omdat vader zich niet aan de belafspraak houdt, hoort Sem weinig van hem.', 'Omdat het vader nog niet lukt om zich aan de belafspraak te houden, hoort Sem weinig van hem.'],
    ['Stiefvader houdt zich niet aan de afspraak dat hij niet rookt in de auto.', 'Het lukt stiefvader nog niet om zich aan de afspraak te houden dat hij niet rookt in de auto.'],
  ])('%s', (sentence, expected) => {
    expect(managedOf(sentence).flatMap((finding) => finding.texts)).toEqual([expected]);
  });

  it.each([
    // The second verb would lose its subject.
    'Vader komt zijn afspraken met de budgetcoach niet na en belt ook niet af.',
    // A fronted adverbial puts the verb before the person.
    'Ook deze week heeft moeder zich niet aan de belafspraak gehouden.',
  ])('offers no such rewrite: %s', (sentence) => {
    expect(managedOf(sentence).flatMap((finding) => finding.texts)).toEqual([]);
  });

  it.each([
    'Moeder vertelt dat vader zich niet aan de afspraken houdt.',
    'De bus houdt zich niet aan de dienstregeling.',
    'Het lukt vader nog niet om zich aan de omgangsregeling te houden.',
  ])('stays quiet: %s', (sentence) => {
    expect(managedOf(sentence)).toEqual([]);
  });
});
