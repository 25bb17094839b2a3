// "Ignore here" hides one place of one note: the same words elsewhere stay, the place moves
// with edits around it, and is forgotten when the edit touches it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analysis/types';
import { createIgnoredPlaces, editBetween, movePlace } from '../../../lib/page/ignored-places';

function refusalsIn(text: string): Finding[] {
  return [...text.matchAll(/weigert/g)].map((match) => ({
    start: match.index,
    end: match.index + 7,
    category: 'judgmental',
    type: 'refusal',
    ruleId: 'nl-refusal',
    lang: 'nl',
    message: '',
    explanation: '',
    suggestions: [],
  }));
}

describe('editBetween', () => {
  it('finds the changed span', () => {
    expect(editBetween('Vader weigert.', 'Vader weigert hulp.')).toEqual({ start: 13, beforeEnd: 13, afterEnd: 18 });
    expect(editBetween('aaa', 'aaa')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 3 });
    expect(editBetween('ab', 'b')).toEqual({ start: 0, beforeEnd: 1, afterEnd: 0 });
  });
});

describe('movePlace', () => {
  const place = { ruleId: 'nl-refusal', start: 6, end: 13 };
  it('keeps a place before the edit, shifts one after it, forgets one the edit touched', () => {
    expect(movePlace(place, 'Vader weigert hulp.', 'Vader weigert hulp vandaag.')).toEqual(place);
    expect(movePlace(place, 'Vader weigert hulp.', 'De vader weigert hulp.')).toEqual({ ruleId: 'nl-refusal', start: 9, end: 16 });
    expect(movePlace(place, 'Vader weigert hulp.', 'Vader weigerde hulp.')).toBeNull();
  });
});

describe('createIgnoredPlaces', () => {
  it('hides the place only, not the same words elsewhere in the note', () => {
    const places = createIgnoredPlaces();
    const text = 'Vader weigert hulp. Moeder weigert ook.';
    const [first, second] = refusalsIn(text);
    places.add(first!, text);
    expect(places.visible(refusalsIn(text), text)).toEqual([second]);
  });

  it('follows the place through typing before it, and undo shows it again', () => {
    const places = createIgnoredPlaces();
    const text = 'Vader weigert hulp. Moeder weigert ook.';
    const place = places.add(refusalsIn(text)[1]!, text);
    const typed = `Gesprek thuis. ${text}`;
    expect(places.visible(refusalsIn(typed), typed).map((finding) => finding.start)).toEqual([21]);
    places.remove(place);
    expect(places.visible(refusalsIn(typed), typed)).toHaveLength(2);
  });

  it('shows the finding again once the user rewrote the ignored words', () => {
    const places = createIgnoredPlaces();
    const text = 'Vader weigert hulp.';
    places.add(refusalsIn(text)[0]!, text);
    const edited = 'Vader weigerde hulp.';
    expect(places.visible([], edited)).toEqual([]);
    const again = 'Vader weigert hulp.';
    expect(places.visible(refusalsIn(again), again)).toHaveLength(1);
  });
});
