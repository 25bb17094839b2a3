// Directives in other clothes (LABELS.md, Directive) and the look-alikes that stay quiet:
// "hebben ... te" with a short infinitive or a phrase after it, a subject with "van X",
// "niet toegestaan" after "bezoek van vader", a fronted "Pas als ...", "wij staan niet toe",
// "noodzakelijk is dat", imperatives joined by "en" on an action line. Sentences written for
// this test, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const directives = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.category === 'directive')
    .map((finding) => [text.slice(finding.start, finding.end), finding.type]);

describe('directive shapes (nl)', () => {
  it.each([
    // "hebben ... te" with a short infinitive, after a long middle field.
    ['Moeder heeft elke ochtend om half negen met Tim bij het hek te staan.', 'heeft', 'obligation'],
    // The infinitive is followed by a prepositional phrase.
    ['Vader heeft zich te onthouden van elk contact met de buurman.', 'heeft', 'obligation'],
    // A noun after a determiner is no participle: "de formulieren".
    ['Ouders hebben de formulieren binnen een week in te leveren.', 'hebben', 'obligation'],
    // A subject with a "van"-modifier.
    ['De moeder van Daan moet elke dag bellen.', 'moet', 'obligation'],
    ['De vader van Sem heeft zich elke maandag bij de balie te melden.', 'heeft', 'obligation'],
    // "van vader" as a noun's modifier, not the source of the permission.
    ['Bezoek van oma aan de kinderen is niet toegestaan zonder afspraak met mij.', 'toegestaan', 'restriction'],
    ['Vanaf vandaag is het mw. niet toegestaan de kinderen mee te nemen naar haar broer.', 'toegestaan', 'restriction'],
    // The restricting "pas" in a fronted clause.
    ['Pas als de woning schoon is, mag moeder de kinderen weer thuis laten slapen.', 'mag', 'restriction'],
    ['Pas wanneer hij een vaste baan heeft, mag hij de kinderen een weekend meenemen.', 'mag', 'restriction'],
    // Our own prohibition.
    ['Wij staan niet toe dat de oom de kinderen van school haalt.', 'staan niet toe', 'restriction'],
    ['Wij verbieden moeder om de kinderen mee te nemen naar het café.', 'verbieden', 'restriction'],
    // "noodzakelijk" fronted or after an inverted verb.
    ['Noodzakelijk is dat moeder voor vrijdag de huur betaalt.', 'Noodzakelijk', 'obligation'],
    ['Gezien de achterstand is het noodzakelijk dat vader de brieven elke week opent.', 'noodzakelijk', 'obligation'],
    ['Er wordt van dit drukke gezin verwacht dat het de afspraken nakomt.', 'verwacht', 'expectation'],
    // A second imperative joined by "en" on an action line.
    ['Taken moeder: houd het eetdagboek bij en lever het in bij de diëtist.', 'lever', 'imperative'],
    ['Ruim de gang op en zet de fietsen in de schuur.', 'zet', 'imperative'],
    // Decisions about the help and the family's money.
    ['Wij hebben besloten de gezinsbegeleiding per maart af te bouwen.', 'besloten', 'unilateral-decision'],
    ['Ik heb bepaald dat de huisbezoeken voortaan onaangekondigd zijn.', 'bepaald', 'unilateral-decision'],
    // Handing over the case over the parents' heads is theirs to hear about.
    ['Zonder overleg met moeder is besloten de casus over te dragen aan een collega.', 'besloten', 'unilateral-decision'],
  ])('%s → "%s"', (text, phrase, type) => {
    expect(directives(text)).toContainEqual([phrase, type]);
  });

  it.each([
    // Possession, purpose and fixed expressions with "hebben ... te".
    'Vader heeft veel te vertellen over zijn werk.',
    'Moeder heeft het druk en heeft geen tijd om te koken.',
    'De broer van moeder heeft het huis te koop gezet.',
    // Someone else's permission.
    'Jan mag van zijn moeder niet naar het feest.',
    'Roken is van de verhuurder niet toegestaan in de woning.',
    'Pas als het rapport er is, mag ik een advies geven.',
    // The parent's own decision.
    'Moeder staat niet toe dat vader de kinderen ziet.',
    // Someone else's view or advice, named before or after.
    'Volgens de huisarts is het noodzakelijk dat mw. elke week een controle heeft.',
    'Vader zegt sorry omdat hij weet dat dat van hem verwacht wordt.',
    // The writer's own action point.
    'Actiepunt JB: bel de woningcorporatie en vraag naar de reparatie.',
    'Het is noodzakelijk dat ik met moeder de huisarts bel.',
    // Decisions taken with the parent, and internal team matters (quiet 6).
    'i.o.m. moeder is besloten dat Sem in de herfstvakantie bij oma logeert.',
    'In overleg met beide ouders is besloten de omgang uit te breiden.',
    'Het team heeft besloten dat de gedragswetenschapper vaker bij de gesprekken aansluit.',
    'Binnen ons team is besloten dat mijn collega de casus overneemt.',
    // Moving an appointment is the writer's own planning.
    'Ik heb besloten het huisbezoek een week uit te stellen, omdat ik ziek was.',
    'Wij hebben besloten het gesprek naar donderdag te verplaatsen.',
  ])('%s stays quiet', (text) => {
    expect(directives(text)).toEqual([]);
  });
});
