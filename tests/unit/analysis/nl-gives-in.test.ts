// "toegeven aan" is giving in to someone ("gaf uiteindelijk toe aan Tims wens"), not admitting
// something the writer doubts ("gaf uiteindelijk toe dat hij had gedronken"). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { spans } from './finding-spans';

const credibility = (sentence: string) => spans('nl', sentence, (finding) => finding.type === 'credibility');

describe('toegeven', () => {
  it('admitting is a credibility finding', () => {
    expect(credibility('Oma gaf uiteindelijk toe dat ze de medicatie was vergeten.')).toEqual(['gaf uiteindelijk toe']);
    expect(credibility('Vader gaf het na lang aandringen toe.').length).toBe(1);
  });

  it('giving in to a wish or a person is not', () => {
    expect(credibility('Pleegmoeder gaf uiteindelijk toe aan de wens van Iris om te blijven logeren.')).toEqual([]);
    expect(credibility('Vader gaf na een uur toe aan Daan en kocht het spel.')).toEqual([]);
  });
});
