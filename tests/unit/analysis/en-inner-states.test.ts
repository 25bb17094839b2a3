// English interpretations of what goes on inside a parent, stated as fact: a feeling said with
// "clearly" or "secretly" (rules/en/lexicon/inner-states.json), valuing and awareness denied,
// and a ranking of the parent's priorities over the child; each kind with quiet look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { spans } from './finding-spans';

const interpretations = (text: string) => spans('en', text, (finding) => finding.category === 'interpretation');

describe('a feeling stated as certain', () => {
  it.each([
    ['She is clearly terrified of him, though she would not admit it.', 'terrified'],
    ['Dad clearly resents having the boys every weekend.', 'resents'],
    ['Mum was obviously ashamed of the state of the flat.', 'ashamed'],
    ['The boy is evidently frightened of his stepdad.', 'frightened'],
    ['He is plainly embarrassed by his son.', 'embarrassed'],
    ['Gran is clearly intimidated by the new partner.', 'intimidated'],
    ['Dad is secretly pleased that the placement broke down.', 'pleased'],
    ['Mum secretly wants the baby to go to her sister.', 'wants'],
    ['Deep down Dad resents the new baby.', 'resents'],
  ])('%s', (text, span) => {
    expect(interpretations(text).some((found) => found.includes(span))).toBe(true);
  });

  it.each([
    'Noah was clearly happy to see his dad.',
    'Mum said she is clearly scared of him.',
    'I was clearly nervous at the start of the visit.',
    'The letter clearly frightened the school.',
    'Mum told me she is secretly pleased with the new flat.',
    'Dad was pleased that the placement went well.',
    'Mum was scared when the dog barked.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('valuing and awareness denied', () => {
  it.each([
    ['Dad does not value the work the nursery does with Amir.', 'value'],
    ['Mum does not love the new baby the way she loves Kai.', 'love'],
    ['Dad does not acknowledge the impact of his drinking.', 'acknowledge'],
    ['Mum is completely unaware of how her moods affect Ella.', 'completely unaware'],
    ['He is not aware of the risks his friends pose.', 'not aware'],
    ['She is oblivious to her daughter\u2019s distress.', 'oblivious'],
    ['She has no real desire to stop drinking.', 'has no real desire'],
    ['Dad is not serious about changing.', 'not serious about'],
  ])('%s', (text, span) => {
    expect(interpretations(text)).toContain(span);
  });

  it.each([
    'Father does not understand the letter from the council.',
    'Mum does not understand English well, so an interpreter came.',
    'Mum was not aware of the change of date.',
    'The school was not aware of the risks.',
    'Dad was unaware that the appointment had moved.',
    'She seems oblivious to her daughter\u2019s distress.',
    'Mum said she does not value the parenting course.',
    'Mum has no wish to move again after the eviction, she said.',
    'I was not aware of the impact the move had on Ella.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('the parent\'s priorities ranked over the child', () => {
  it.each([
    ['He is more concerned about his car than his kids.', 'more concerned'],
    ['She cares more about her phone than about her daughter.', 'cares more'],
    ['Dad would rather go to the pub than see his son.', 'would rather'],
    ['Mum is protecting Dad rather than the children.', 'protecting Dad rather than'],
    ['Mum is far more interested in her boyfriend than in the baby.', 'more interested'],
  ])('%s', (text, span) => {
    expect(interpretations(text).some((found) => found.startsWith(span))).toBe(true);
  });

  it.each([
    'Mum would rather meet at the library than at home.',
    'Dad is more worried about Kai than about himself.',
    'Mum cares more about the garden than she used to.',
    'Dad would rather see his son at the centre than at home.',
    'Mum said she would rather stay home than see her sister.',
    'The school is more concerned about attendance than about the children\u2019s grades.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('a relative clause after a list of labels', () => {
  it('is about the person the labels describe', () => {
    expect(interpretations("She is a streetwise, mouthy girl who thinks the rules don't apply to her.")).toEqual(["thinks the rules don't apply"]);
  });

  it('quiet: a kind description with a harmless relative clause', () => {
    expect(interpretations('Mum is a kind, patient woman who thinks the world of her kids.')).toEqual([]);
  });
});

describe('resentment, gratification and how the parent sees the child', () => {
  it.each([
    ['She resents having to share her flat with her daughter.', 'resents'],
    ['Dad begrudges every penny he spends on the boys.', 'begrudges'],
    ['Gran despises her son-in-law.', 'despises'],
    ['He enjoys the power he has over Mum.', 'enjoys the power'],
    ['Mum relishes the conflict with the school.', 'relishes the conflict'],
    ['Mum is only saying this because she wants the children back.', 'only saying this because'],
    ['Dad views the new baby as a threat.', 'views the new baby as a threat'],
    ['Dad treats contact as a chore.', 'treats contact as a chore'],
    ['He thinks of the children as a burden.', 'thinks of the children as a burden'],
    ['Dad has little regard for the rules.', 'has little regard'],
    ['Mum lacks any real remorse.', 'lacks any real remorse'],
    ['Mum is not invested in the placement.', 'not invested in'],
    ['Mum has convinced herself that the baby is fine.', 'has convinced herself'],
  ])('%s', (text, span) => {
    expect(interpretations(text).some((found) => found.includes(span))).toBe(true);
  });

  it.each([
    'Mum said she resents the way the school spoke to her.',
    'I resented the delay in the report.',
    'Kai enjoys the attention of his new teacher, the school says.',
    'Mum enjoys the control the new budget gives her, she told me.',
    'Mum only agreed to Tuesdays because of her shifts.',
    'Mum sees the course as a chance to meet people.',
    'The school treats lateness as an absence.',
    'Mum said she sees the move as a burden on the children.',
    'Dad lacks the money for the bus fare.',
  ])('quiet: %s', (text) => {
    expect(interpretations(text)).toEqual([]);
  });
});

describe('a closing speech tag', () => {
  it('makes the sentence before it someone else\'s words', () => {
    expect(interpretations('Mum doesn\'t care about school, she said.')).toEqual([]);
    expect(analyze('Mum is lazy, the school says.', { lang: 'en' })).toEqual([]);
  });

  it('not the writer\'s own tag, nor speech inside the sentence', () => {
    expect(analyze('Dad must attend every session, I said.', { lang: 'en' }).map((finding) => finding.type)).toEqual(['obligation']);
    expect(analyze('Mum is lazy and, frankly, she said nothing useful.', { lang: 'en' }).map((finding) => finding.type)).toEqual(['label']);
  });
});
