// A label noun after a quantity ("a couple of jobsworths", "a right pair of troublemakers") is
// the same verdict as "are jobsworths"; a plain noun after it is not. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const labels = (sentence: string) => spans('en', sentence, (finding) => finding.type === 'label');

describe('a label noun after a quantity', () => {
  it.each([
    ['The grandparents are a couple of busybodies.', 'busybodies'],
    ['Dad and his brother are a right pair of troublemakers.', 'troublemakers'],
    ['The older boys were a bunch of bullies on the estate.', 'bullies'],
  ])('%s', (sentence, span) => {
    expect(labels(sentence)).toContain(span);
  });

  it('stays quiet for a plain noun', () => {
    expect(labels('The parents are a couple of students from Leeds.')).toEqual([]);
    expect(labels('The twins are a pair of early risers.')).toEqual([]);
  });
});
