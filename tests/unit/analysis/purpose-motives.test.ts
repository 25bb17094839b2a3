// Motives given as an act's purpose or cause ("om ... te" + a self-serving goal, "uit
// schaamte"; "to" + such a goal, "out of spite"), and Dutch unawareness ("heeft er geen weet
// van", "onderschat") and English ("has no idea how", "can't see that"), from the lexicon classes `purposes` and `unawareness` of
// rules/<lang>/lexicon/inner-states.json. Sentences written for the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { teInfinitive } from '../../../lib/analysis/nl/verb-forms';
import { spans } from './finding-spans';

const interpretations = (lang: 'nl' | 'en', sentence: string) => spans(lang, sentence, (finding) => finding.category === 'interpretation');

describe('teInfinitive', () => {
  it.each([
    ['ontlopen', 'te ontlopen'],
    ['wegdrukken', 'weg te drukken'],
    ['met rust gelaten worden', 'met rust gelaten te worden'],
    ['aandacht opeisen', 'aandacht op te eisen'],
    ['indruk maken', 'indruk te maken'],
  ])('%s -> %s', (phrase, form) => {
    expect(teInfinitive(phrase)).toBe(form);
  });
});

describe('Dutch purposes and motives stated as fact', () => {
  it.each([
    ['Vader neemt de telefoon niet op om de jeugdbeschermer te ontwijken.', 'om de jeugdbeschermer te ontwijken'],
    ['Jordy gooit in de klas met spullen om aandacht te krijgen van de oudere jongens.', 'om aandacht te krijgen'],
    ['Moeder ruimt alleen op voor het huisbezoek om een goede indruk te maken.', 'om een goede indruk te maken'],
    ['Oom drinkt elke avond om zijn zorgen over het geld weg te drukken.', 'om zijn zorgen over het geld weg te drukken'],
    ['Sanne zwijgt op school uit loyaliteit aan haar vader.', 'uit loyaliteit'],
    ['Mw. Bakker vertelt weinig over haar ex uit pure schaamte.', 'uit pure schaamte'],
  ])('%s', (sentence, span) => {
    expect(interpretations('nl', sentence).some((found) => found.includes(span) || span.includes(found))).toBe(true);
  });

  it.each([
    'Moeder belt de huisarts om een nieuwe afspraak te maken.',
    'Vader komt om half negen om de kinderen op te halen.',
    'Moeder vertelt dat ze de telefoon niet opneemt om de jeugdbeschermer te ontwijken.',
    'Ik heb de indruk dat vader drinkt om zijn zorgen weg te drukken.',
    'Ik bel de school om te voorkomen dat Sanne weer te laat komt.',
    'De gezinsvoogd belt vader om hem te ontlopen bij de school.',
    'Moeder zegt dat ze uit angst niets heeft verteld.',
    'Vader haalt uit de kast een map met brieven.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('nl', sentence)).toEqual([]);
  });

  it('offers the act without the motive, only where the purpose closes the sentence', () => {
    const [finding] = analyze('Vader neemt de telefoon niet op om de jeugdbeschermer te ontwijken.').filter((found) => found.ruleId === 'nl-interpretation-purpose-goal');
    expect(finding?.suggestions.map((suggestion) => suggestion.text)).toContain('Vader neemt de telefoon niet op.');
    const [fronted] = analyze('Om de jeugdbeschermer te ontwijken, neemt vader de telefoon niet op.').filter((found) => found.ruleId === 'nl-interpretation-purpose-goal');
    expect(fronted?.suggestions.map((suggestion) => suggestion.text) ?? []).not.toContain('neemt vader de telefoon niet op.');
  });
});

describe('Dutch unawareness stated as fact', () => {
  it.each([
    ['Opa heeft er geen enkel besef van hoe bang de kinderen zijn.', 'geen enkel besef'],
    ['Moeder heeft weinig zicht op wat haar zoon buiten de deur doet.', 'weinig zicht'],
    ['Vader overschat wat een kind van vijf alleen kan.', 'overschat'],
  ])('%s', (sentence, span) => {
    expect(interpretations('nl', sentence)).toContain(span);
  });

  it.each([
    'Ik heb weinig zicht op hoe het in het weekend gaat.',
    'De woningcorporatie heeft geen weet van de klachten.',
    'Moeder vertelt dat ze er geen weet van had.',
    'Ik heb de indruk dat vader overschat wat een kind van vijf alleen kan.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('nl', sentence)).toEqual([]);
  });
});

describe('English purposes and motives stated as fact', () => {
  it.each([
    ['Mum turns her phone off on contact days to punish the foster carers.', 'to punish the foster carers'],
    ['Tyler throws chairs in class to provoke a reaction from the other boys.', 'to provoke a reaction from the other boys'],
    ['Dad tidied the flat before the review to impress the panel.', 'to impress the panel'],
    ['Nan keeps quiet about the bruises out of loyalty to her son.', 'out of loyalty to her son'],
  ])('%s', (sentence, span) => {
    expect(interpretations('en', sentence).some((found) => found.includes(span) || span.includes(found))).toBe(true);
  });

  it.each([
    'Mum rang the office to move the visit to Friday.',
    'Dad said he tidied the flat to impress the panel.',
    'Mum is keen to impress the panel at the review.',
    'I rang the school to get a reaction to the plan.',
    'Mum wants to punish nobody, she told me.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('en', sentence)).toEqual([]);
  });

  it('offers the act without the motive', () => {
    const [finding] = analyze('Dad tidied the flat before the review to impress the panel.').filter((found) => found.ruleId === 'en-interpretation-purpose-goal');
    expect(finding?.suggestions.map((suggestion) => suggestion.text)).toContain('Dad tidied the flat before the review.');
  });
});

describe('English unawareness stated as fact', () => {
  it.each([
    ['Grandad has no idea how scared the girls are of the dog.', 'no idea'],
    ["Mum can't see that the late nights leave Ella exhausted.", "can't see that"],
    ['Dad is unable to see the risk in leaving the baby with his brother.', 'unable to see the risk'],
    ['Nan does not see anything wrong with smacking.', 'does not see anything wrong'],
    ['Grandad does not see what his shouting does to Lily.', 'does not see what'],
    ['Mum has very little appreciation of the impact of the moves on Jay.', 'very little appreciation'],
  ])('%s', (sentence, span) => {
    expect(interpretations('en', sentence)).toContain(span);
  });

  it.each([
    'I have no idea when the housing panel meets.',
    'Mum did not see the taxi arrive.',
    "Dad told me he can't see that the late nights are a problem.",
    'The nursery has no idea where the form went.',
    'My impression is that grandad has no idea how scared the girls are.',
    // What someone does not know as a fact, not their inner world: no inference.
    'Nan had no idea the review had been moved to Thursday.',
    'Grandad has no idea where the spare key is.',
    'Dad has limited awareness of the food bank in town.',
    'Mum could not see how to log in to the portal.',
    'Nan does not see that well in the dark.',
    'Dad did not see what happened at the school gate.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('en', sentence)).toEqual([]);
  });
});

describe('English sole purposes and feelings someone "cannot" get past, stated as fact', () => {
  it.each([
    ['Uncle Ray only visits the boys to find out what their mum is up to.', 'to find out'],
    ['Nan solely phones the school to keep tabs on the girls.', 'to keep tabs on the girls'],
    ['Grandad cannot let go of his daughter since the move.', 'cannot let go of'],
    ["Mum can't accept that the baby is poorly.", "can't accept that"],
    ['Stepdad could not bring himself to say sorry.', 'could not bring himself to'],
  ])('%s', (sentence, span) => {
    expect(interpretations('en', sentence)).toContain(span);
  });

  it.each([
    'Uncle Ray only rang to ask about the bus times.',
    'Nan only has a week to move out of the flat.',
    'Grandad only went out to buy bread.',
    "Mum said she can't accept that the baby is poorly.",
    'Stepdad could not stand for long at the meeting because of his knee.',
    'Mum cannot accept the offer of a flat in Leeds because of the school run.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('en', sentence)).toEqual([]);
  });
});

describe('Dutch: not seeing what takes knowing someone, stated as fact', () => {
  it.each([
    ['Oom ziet zelf de risico’s van het scooterrijden niet.', 'ziet zelf de risico’s van het scooterrijden niet'],
    ['Tante ziet niet meer wat de tweeling nodig heeft.', 'ziet niet meer wat'],
    ['Opa ziet niet hoe angstig de meisjes zijn.', 'ziet niet hoe'],
    ['Omdat oom het gevaar niet ziet, laat hij de jongens alleen zwemmen.', 'het gevaar niet ziet'],
  ])('%s', (sentence, span) => {
    expect(interpretations('nl', sentence)).toContain(span);
  });

  it.each([
    'Oom zag niet dat de trein al vertrokken was.',
    'Tante zag niet wat er op het plein gebeurde.',
    'Opa ziet niet hoe hij de huur moet betalen.',
    'Ik zie het gevaar van de scooter niet zo.',
    'Tante ziet de tweeling niet vaak.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('nl', sentence)).toEqual([]);
  });
});

describe('Dutch feelings, stances and what lies behind behaviour, stated as fact', () => {
  it.each([
    ['Oom voelt zich door de school gepasseerd.', 'voelt zich door de school gepasseerd'],
    ['Bij de overdracht voelde tante zich duidelijk aangevallen.', 'voelde tante zich duidelijk aangevallen'],
    ['Opa staat bij voorbaat wantrouwend tegenover de wijkcoach.', 'staat bij voorbaat wantrouwend tegenover'],
    ['Tante durft haar vriend niet tegen te spreken.', 'durft'],
    ['Oom weet precies hoe hij de juf moet inpakken.', 'weet precies hoe'],
    ['Achter het zwijgen van Daan zit vooral onzekerheid.', 'Achter het zwijgen van Daan zit'],
    ['Oma heeft niet in de gaten hoeveel Fleur voor haar doet.', 'heeft niet in de gaten hoeveel'],
  ])('%s', (sentence, span) => {
    expect(interpretations('nl', sentence)).toContain(span);
  });

  it.each([
    'Oom vertelt dat hij zich gepasseerd voelt door de school.',
    'Tante voelt zich vandaag wat ziek.',
    'Opa staat positief tegenover de wijkcoach.',
    'Tante zegt dat ze haar vriend niet durft tegen te spreken.',
    'Oom weet precies hoe hij de medicijnen moet geven.',
    'Achter het huis van oom zit een kleine moestuin.',
    'Ik vraag me af of achter de grote mond van Daan onzekerheid zit.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('nl', sentence)).toEqual([]);
  });
});

describe('English feelings, stances and what lies behind behaviour, stated as fact', () => {
  it.each([
    ['Grandad feels sidelined by the school since the move.', 'feels sidelined'],
    ['As soon as money comes up, Nan feels caught out.', 'feels caught out'],
    ['Behind Uncle Joe’s temper is a fear of being left.', 'Behind Uncle Joe’s temper is'],
    ['Nan will see this as interference, whatever we write.', 'will see this as'],
    ['Grandad does not take the nursery’s worries seriously.', 'does not take the nursery’s worries seriously'],
    ['Nan has lost all faith in the council.', 'lost all faith in'],
    ['Aunt Jo cannot put the twins’ needs before her own.', 'cannot put the twins’ needs before'],
    ["Nan doesn't want to admit that her son drinks.", "doesn't want to admit"],
  ])('%s', (sentence, span) => {
    expect(interpretations('en', sentence)).toContain(span);
  });

  it.each([
    'Grandad said he feels sidelined by the school.',
    'Nan felt tired after the night shift.',
    'I felt rushed at the end of the visit.',
    'Behind the flats is a small park.',
    'Nan will see the GP as planned on Friday.',
    'Grandad said the nursery does not take his worries seriously.',
  ])('stays quiet: %s', (sentence) => {
    expect(interpretations('en', sentence)).toEqual([]);
  });
});
