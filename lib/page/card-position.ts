// Where the finding card goes: next to the phrase it explains, never over it and never over
// the line being written. Measured, not guessed: the card's real size (which grows with
// its suggestions, the UI language and the zoom) decides which side has room. Below the
// phrase is the first choice (reading goes on downwards), above it the second; when neither
// side has room for the whole card, the side with more room gets it and the card scrolls
// inside that space rather than cover the phrase.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Set when the card must scroll to stay clear of the phrase. */
  maxHeight?: number;
}

/** Space kept between the card and the phrase, and between the card and the window's edge. */
export const CARD_GAP = 6;
export const CARD_MARGIN = 8;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export function placeCard(phrase: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, caretLine: Box | null = null): CardPlacement {
  const left = Math.max(CARD_MARGIN, Math.min(phrase.left, viewport.width - card.width - CARD_MARGIN));
  const below = phrase.top + phrase.height + CARD_GAP;
  const roomBelow = viewport.height - CARD_MARGIN - below;
  const roomAbove = phrase.top - CARD_GAP - CARD_MARGIN;
  const candidates: CardPlacement[] = [];
  if (roomBelow >= card.height) candidates.push({ left, top: below });
  if (roomAbove >= card.height) candidates.push({ left, top: phrase.top - CARD_GAP - card.height });
  // The line being written stays visible too, when a side allows it.
  const clear = candidates.find((candidate) => !caretLine || !overlaps({ ...card, left: candidate.left, top: candidate.top }, caretLine));
  if (clear) return clear;
  if (candidates[0]) return candidates[0];
  // Neither side holds the whole card: the roomier side, scrolling inside it.
  if (roomBelow >= roomAbove) return { left, top: below, maxHeight: Math.max(0, roomBelow) };
  return { left, top: CARD_MARGIN, maxHeight: Math.max(0, roomAbove) };
}
