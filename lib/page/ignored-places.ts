// "Ignore here": one place in one note, remembered in memory for as long as the note field
// is on the page, never stored. A place is a rule and a span of the text; when the text
// changes, spans before and after the edit move with it, and a place the edit touched is
// forgotten (its words are no longer the words the user ignored).
import type { Finding } from '../analysis/types';

export interface IgnoredPlace {
  ruleId: string;
  start: number;
  end: number;
}

export interface IgnoredPlaces {
  /** Remembers the finding's place in `text`; returns the place, to forget it again (undo). */
  add(finding: Finding, text: string): IgnoredPlace;
  remove(place: IgnoredPlace): void;
  /** The findings of `text` that are not at an ignored place; moves the places to `text` first. */
  visible(findings: readonly Finding[], text: string): Finding[];
}

/** Where one edit turned `before` into `after`: the changed span in each (common prefix and suffix left out). */
export function editBetween(before: string, after: string): { start: number; beforeEnd: number; afterEnd: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

/** The place in `after`, or null when the edit touched it. */
export function movePlace(place: IgnoredPlace, before: string, after: string): IgnoredPlace | null {
  if (before === after) return place;
  const edit = editBetween(before, after);
  if (place.end <= edit.start) return place;
  if (place.start >= edit.beforeEnd) {
    const shift = edit.afterEnd - edit.beforeEnd;
    return { ruleId: place.ruleId, start: place.start + shift, end: place.end + shift };
  }
  return null;
}

/** `onChange` re-reads the field's live session: after a restart for new settings, that is no longer the one that added the place. */
export function createIgnoredPlaces(onChange: () => void = () => {}): IgnoredPlaces {
  let places: IgnoredPlace[] = [];
  let seen = '';
  const follow = (text: string) => {
    if (text === seen) return;
    // Moved in place: the object handed out by add() stays the handle for remove().
    places = places.filter((place) => {
      const moved = movePlace(place, seen, text);
      if (moved) Object.assign(place, moved);
      return moved !== null;
    });
    seen = text;
  };
  return {
    add(finding, text) {
      follow(text);
      const place = { ruleId: finding.ruleId, start: finding.start, end: finding.end };
      places.push(place);
      onChange();
      return place;
    },
    remove(place) {
      places = places.filter((candidate) => candidate !== place);
      onChange();
    },
    visible(findings, text) {
      follow(text);
      if (places.length === 0) return [...findings];
      return findings.filter((finding) => !places.some((place) => place.ruleId === finding.ruleId && place.start === finding.start && place.end === finding.end));
    },
  };
}
