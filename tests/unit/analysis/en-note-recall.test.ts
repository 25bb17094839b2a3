// English judgmental findings in the shapes case notes take: people named the way notes
// name them, second verb phrases, fronted clauses without their comma, a person's conduct
// as subject, labels of several words, and the wordings of refusal, doubt, motive and
// stereotype. Each kind has look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const found = (text: string) => analyze(text, { lang: 'en' }).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);
const judged = (text: string) => found(text).filter((span) => !span.startsWith('directive:'));

describe('who the note is about', () => {
  it('the young person by abbreviation, a teen, a former partner, a family by its surname', () => {
    expect(judged('The YP was arrogant and dismissive throughout the review.')).toEqual(['judgmental:arrogant', 'judgmental:dismissive']);
    expect(judged('The teen is lazy and rude.')).toEqual(['judgmental:lazy', 'judgmental:rude']);
    expect(judged('Her ex-husband is controlling.')).toEqual(['judgmental:controlling']);
    expect(judged('The Joneses are lazy and work-shy.')).toEqual(['judgmental:lazy', 'judgmental:work-shy']);
    expect(judged('The Smiths live on the third floor.')).toEqual([]);
  });

  it('a first name compromise reads as a noun, at the start before a verb', () => {
    expect(judged('Dean is manipulative.')).toEqual(['judgmental:manipulative']);
    expect(judged('Jade was hostile when I arrived.')).toEqual(['judgmental:hostile']);
    expect(judged('Jade wore a jade necklace.')).toEqual([]);
    expect(found('- Jade: continue weekly visits on Tuesdays.')).toEqual([]);
  });

  it('a title opens its own noun phrase; a fronted adverbial is no preposition', () => {
    expect(judged('With his daughter Mr Sato is cold and unemotional.')).toEqual(['judgmental:cold', 'judgmental:unemotional']);
    expect(judged('Deep down Courtney does not want to change.')).toEqual(['interpretation:does not want to change']);
  });
});

describe('clause structure', () => {
  it('"before", "after", "since" open a clause only before a verb', () => {
    expect(judged('Mum has lived there twice before with her sister and is clearly unable to manage the tenancy.')).toEqual(['interpretation:clearly unable']);
    expect(judged('After the meeting Dad was aggressive.')).toEqual(['judgmental:aggressive']);
    expect(judged('Before she left, Mum was rude.')).toEqual(['judgmental:rude']);
  });

  it('a fronted clause without its comma ends at its verb', () => {
    expect(judged('Since the baby was born Dad cannot cope with the crying.')).toEqual(['interpretation:cannot cope']);
    expect(judged('When the school phones mum is out.')).toEqual([]);
  });

  it('a second verb phrase has the family member as its subject, not the writer or someone else', () => {
    expect(judged('Dad is lazy and has no real interest in the children.')).toEqual(['judgmental:lazy', 'interpretation:has no real interest']);
    expect(judged('Mum was evasive when I asked about money and clearly has something to hide.')).toEqual(['judgmental:evasive', 'judgmental:has something to hide']);
    expect(judged('Dad shouted at the neighbour and I left.')).toEqual([]);
    expect(judged('Mum rang the school and asked about the trip.')).toEqual([]);
  });

  it('a doubt or habit aside after a comma is the writer speaking again', () => {
    expect(judged('She said she had been at work all day, a likely story.')).toEqual(['judgmental:a likely story']);
    expect(judged('Mum said she would ring back, as usual.')).toEqual(['judgmental:as usual']);
    expect(judged('Mum said, "I was late, as usual."')).toEqual([]);
  });

  it("a family member's conduct or state stands for the person", () => {
    expect(judged("Dad's attitude towards the school is arrogant.")).toEqual(['judgmental:arrogant']);
    expect(judged("Mum's low mood is just a way of avoiding responsibility.")).toEqual(['interpretation:just a way of avoiding responsibility']);
    expect(judged("Kai's attendance is poor.")).toEqual([]);
    expect(judged("I raised Dad's behaviour, which was discussed at length.")).toEqual([]);
  });
});

describe('labels', () => {
  it('a word that judges only before a person counts in a list with a label, not alone or about the body', () => {
    expect(judged('Mum is loud and aggressive.')).toEqual(['judgmental:loud', 'judgmental:aggressive']);
    expect(judged('The maternal grandparents are rigid and old-fashioned.')).toEqual(['judgmental:rigid', 'judgmental:old-fashioned']);
    expect(judged('Dad is weak.')).toEqual([]);
    expect(judged('The baby was cold and hungry when I arrived.')).toEqual([]);
    expect(judged('Mum was weak and pale after the operation.')).toEqual([]);
  });

  it('a label of several words is one finding', () => {
    expect(judged('Sophie is a wild child.')).toEqual(['judgmental:wild child']);
    expect(judged('Dad is a nasty piece of work.')).toEqual(['judgmental:nasty piece of work']);
    expect(judged('Mum was volatile and highly strung.')).toEqual(['judgmental:volatile', 'judgmental:highly strung']);
    expect(judged('Nathan is a pushover and a soft touch.')).toEqual(['judgmental:pushover', 'judgmental:soft touch']);
    expect(judged('Dad, ever the victim, slept through the visit.')).toEqual(['judgmental:ever the victim']);
  });

  it('hard-to-reach as a label, not reaching someone by phone', () => {
    expect(judged('The Kellys are a hard-to-reach family.')).toEqual(['judgmental:hard-to-reach family']);
    expect(judged('Mum is hard to reach by phone.')).toEqual([]);
  });
});

describe('refusal, doubt, motive and stereotype wording', () => {
  it('refusal framings, not a choice with its reason', () => {
    expect(judged('Mum has not bothered to attend the last three groups.')).toEqual(['judgmental:has not bothered to']);
    expect(judged('The parents stonewalled my questions about the bruise.')).toEqual(['judgmental:stonewalled']);
    expect(judged('Dad will not accept any advice about the baby.')).toEqual(['judgmental:will not accept']);
    expect(judged('Dad will not accept any help until his appeal is heard.')).toEqual([]);
    expect(judged('The council defied the order.')).toEqual([]);
  });

  it('motives and deficits stated as fact, not the same words about a plan or a bus', () => {
    expect(judged('Mum does not want to change.')).toEqual(['interpretation:does not want to change']);
    expect(judged('Dad does not want to change his shifts.')).toEqual([]);
    expect(judged('Mum only comes to the groups to keep social services happy.')).toEqual(['interpretation:to keep social services happy']);
    expect(judged('Dad lacks the maturity to put the baby first.')).toEqual(['interpretation:lacks the maturity to']);
    expect(judged('Mum is not open to any advice about the baby\'s sleep.')).toEqual(['interpretation:not open to any advice']);
    expect(judged('Dad thrives on the conflict with the school.')).toEqual(['interpretation:thrives on the conflict']);
    expect(judged('Mum conveniently did not remember the date of the hearing.')).toEqual(['judgmental:conveniently did not']);
    expect(judged('The bus conveniently did not come.')).toEqual([]);
  });

  it('a group qualifier makes "like a lot of ..." a stereotype', () => {
    expect(judged('Like a lot of Somali mothers, Mrs Ahmed keeps the children close.')).toEqual(['judgmental:Like a lot of Somali mothers']);
    expect(judged('Typical of young dads, he leaves everything to his mother.')[0]).toBe('judgmental:Typical of young dads');
    expect(judged('Like a lot of teenagers, Ben sleeps late at weekends.')).toEqual([]);
    expect(judged('Like a lot of other parents at the school, Mum volunteers on trips.')).toEqual([]);
  });

  it('credibility: protests that, not claiming money back or insisting on a kindness', () => {
    expect(judged('Mum protests that she never received the letter.')).toEqual(['judgmental:protests']);
    expect(judged('Nan claimed back the bus fares from the school.')).toEqual([]);
    expect(judged('Dad insisted on walking me to the car.')).toEqual([]);
  });

  it('words that judge only before a person: a pair before the person, or said of how one treats a family member', () => {
    expect(judged('Ms Rahman is a weak and passive mother.')).toEqual(['judgmental:weak', 'judgmental:passive']);
    expect(judged('Dad is far too soft with the boys.')).toEqual(['judgmental:soft']);
    expect(judged('Gran is cold and distant with the children.')).toEqual(['judgmental:cold', 'judgmental:distant']);
    expect(judged('The baby was cold and wet with sweat.')).toEqual([]);
    expect(judged('Mum is obsessed with her ex-partner.')).toEqual(['judgmental:obsessed']);
    expect(judged('Dad is obsessed with football.')).toEqual([]);
    expect(judged('Mum was weak with hunger after the fast.')).toEqual([]);
  });

  it('a type of person named by an example is a stereotype', () => {
    expect(judged('Lads like Tyler always end up in trouble.')[0]).toBe('judgmental:Lads like Tyler');
    expect(judged('Children like her nan\'s cooking.')).toEqual([]);
  });

  it('a second verb phrase: a habit of the person, not a bare verb under a modal, nor a past observation', () => {
    expect(judged('Ms Khan is naive and keeps letting him back into the flat.')).toEqual(['judgmental:naive', 'judgmental:keeps']);
    expect(judged('Mr Grant was shifty and kept glancing towards the door.')).toEqual(['judgmental:shifty']);
    expect(judged('Parents have been told that they must lock the medication away and never leave tablets out.')).toEqual([]);
  });

  it('"care" as a noun is no understanding verb; a bond or grasp denied still is', () => {
    expect(judged("The twins must not be left in Kelly's sole care tonight.")).toEqual([]);
    // The deficit phrase "no real bond with" is found before the denied verb would be.
    expect(judged('Dad has no real bond with the baby.')).toEqual(['interpretation:no real bond with']);
  });

  it('failing to get a child to school is a duty left undone; failing to get a place is not', () => {
    expect(judged('Ms Doyle fails to get the younger two to school on time.')).toEqual(['judgmental:fails to']);
    expect(judged('Mum failed to get a place at the nursery.')).toEqual([]);
    expect(judged('Mum conceded that she had shouted at Jade.')).toEqual(['judgmental:conceded']);
  });

  it("the writer's doubt after what a parent said; lying about, passing it off, an account that does not hold water", () => {
    expect(judged('Dad said he has not been drinking, which I doubt.')).toEqual(['judgmental:I doubt']);
    expect(judged('Mum says the children were in bed by eight, which I find hard to believe.')).toEqual(['judgmental:I find hard to believe']);
    expect(judged('I doubt the bus will run on Sunday.')).toEqual([]);
    expect(judged('Mum said she doubts the school will call back.')).toEqual([]);
    expect(judged('Tyler is lying about where he goes at night.')).toEqual(['judgmental:lying about where']);
    expect(judged('Mum was lying on the sofa when I arrived.')).toEqual([]);
    expect(judged("Dad's story does not hold water.")).toEqual(['judgmental:does not hold water']);
    expect(judged('The paddling pool does not hold water.')).toEqual([]);
    expect(judged("Mum couldn't be bothered to get up.")).toEqual(["interpretation:couldn't be bothered to"]);
  });
});
