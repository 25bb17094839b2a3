// Refusal and failure framing by the verb's lemma (lib/analysis/nl/lexicon/refusal.ts and
// tagRefusing in the tagger): sentences written for this test, not taken from the corpus,
// with the look-alikes that must stay quiet (LABELS.md: the neutral event, a reason, a
// device or an institution, ability and permission, a refusal denied, reported speech).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const refusals = (text: string) =>
  analyze(text, { lang: 'nl' })
    .filter((finding) => finding.type === 'refusal')
    .map((finding) => text.slice(finding.start, finding.end));

describe('refusal verbs in their clause (nl)', () => {
  it.each([
    ['Stiefvader negeert de uitnodigingen voor het netwerkberaad.', 'negeert'],
    ['Sinds de verhuizing onttrekken de ouders zich aan de begeleiding.', 'onttrekken'],
    ['Vorige week wimpelde vader het aanbod van de maatschappelijk werker af.', 'wimpelde'],
    ['Tante heeft het bij de kennismaking laten afweten.', 'afweten'],
    ['Nadat de school had gebeld, liet moeder het opnieuw afweten.', 'afweten'],
    ['Kevin werkt bij de trainingen amper mee.', 'werkt'],
    ['Vader volgt de adviezen van de kinderarts niet op.', 'volgt'],
    ['Moeder heeft verzuimd de formulieren voor de toeslag op te sturen.', 'verzuimd'],
    ['Vader liet na om de school in te lichten.', 'liet'],
    ['Oom traineert de aanvraag voor de schuldhulp.', 'traineert'],
    ['Moeder, die de gezinscoach steeds tegenwerkt, was vandaag niet thuis.', 'tegenwerkt'],
    ['Opa is bij de overdrachten weinig coöperatief.', 'weinig coöperatief'],
    ['Sinds de zomer is Milan niet medicatietrouw.', 'niet medicatietrouw'],
    ['Vader zegde de afspraak zonder enige uitleg af.', 'zegde'],
    ['Nadat de koppige Lotte in maart weigerde de pil te slikken, is het gesprek gestopt.', 'weigerde'],
    ['De ouders weigeren de hulp van het wijkteam.', 'weigeren'],
  ])('%s → "%s"', (text, phrase) => {
    expect(refusals(text)).toContain(phrase);
  });

  it.each([
    // A refusal denied.
    'Vader heeft geen enkel aanbod geweigerd.',
    'Moeder weigerde het niet; ze wilde eerst nadenken.',
    'Moeder liet het niet afweten, ze was er om negen uur.',
    // Ability, permission, a duty, a condition or question.
    'Vader kan door zijn rugklachten niet meewerken aan het sportprogramma.',
    'Ouders hebben het recht om het onderzoek te weigeren.',
    'Moeder hoeft niet mee te werken aan het onderzoek van de school.',
    'Als moeder de adviezen niet opvolgt, bespreek ik dat met haar.',
    'Ik vroeg vader of hij de brieven negeert.',
    // Devices, institutions, the professional.
    'De printer van vader laat het afweten.',
    'De school negeert de signalen van moeder.',
    'Ik heb de mail van vader genegeerd.',
    'Het verzoek van vader is zonder opgaaf van reden afgewezen.',
    // The same event in neutral words, or with the parent's reason.
    'Vader sloeg het aanbod af; hij wil het eerst met zijn broer bespreken.',
    'Moeder zegde de afspraak af omdat Daan koorts had.',
    'Noor heeft dit schooljaar twaalf dagen verzuimd.',
    'Moeder werkt niet; ze is afgekeurd.',
    'Sanne wil niet mee naar oma.',
    'Moeder negeert het ongewenste gedrag van Finn, zoals afgesproken met de orthopedagoog.',
    'Vader liet na twee weken weten dat hij wil stoppen.',
    'Moeder is coöperatief en open.',
    // Reported speech, a quote, a feeling.
    'Moeder vertelt dat vader de brieven negeert.',
    'Vader zegt: "Ik heb die brieven genegeerd."',
    'Vader voelt zich genegeerd door de school.',
    // A compound with a capital is no name, so no subject: "De DigiD-app werkte niet mee".
    'De DigiD-app werkte bij moeder niet mee.',
  ])('quiet: %s', (text) => {
    expect(refusals(text)).toEqual([]);
  });
});
