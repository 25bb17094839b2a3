// "My impression is that …" keeps the writer's casing: a name the tagger took for the person,
// "Mum"/"Dad" used as names, and everything after "It is obvious that"; only an ordinary first
// word goes to lower case. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { rewrites } from './en-rewrite-helpers';

const impression = (sentence: string) => rewrites(sentence, /^en-/).filter((text) => text.startsWith('My impression is that'));

describe('the casing after "My impression is that"', () => {
  it.each([
    ['Dean is obviously hiding something.', 'My impression is that Dean is hiding something.'],
    ['It is obvious that Rose is hiding something.', 'My impression is that Rose is hiding something.'],
    ['Mum clearly doesn\'t care about school.', 'My impression is that Mum doesn\'t care about school.'],
    ['Mum and Dad are obviously hiding something.', 'My impression is that Mum and Dad are hiding something.'],
    // The sentence writes "mum" in lower case: "dad" is a family word here, not a name.
    ['Dad is clearly using the children to get back at mum.', 'My impression is that dad is using the children to get back at mum.'],
    ['Mother obviously doesn\'t care about school.', 'My impression is that mother doesn\'t care about school.'],
    ['Her mother clearly doesn\'t care about school.', 'My impression is that her mother doesn\'t care about school.'],
  ])('%s', (sentence, expected) => {
    expect(impression(sentence)).toContain(expected);
  });
});
