// The card's place: beside the phrase, never over it or over the line being written, by
// the card's measured size, in a window of any size (200 % zoom halves the CSS viewport).
import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, placeCard, type Box } from '../../../lib/page/card-position';

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const card = { width: 308, height: 220 };

function boxOf(placement: ReturnType<typeof placeCard>, size = card): Box {
  return { left: placement.left, top: placement.top, width: size.width, height: placement.maxHeight ?? size.height };
}

describe('placeCard', () => {
  it('goes below a phrase near the top, clear of it', () => {
    const phrase = { left: 40, top: 100, width: 60, height: 18 };
    const placed = placeCard(phrase, card, { width: 1280, height: 800 });
    expect(placed.top).toBeGreaterThan(phrase.top + phrase.height);
    expect(overlaps(boxOf(placed), phrase)).toBe(false);
  });

  it('goes above a phrase near the bottom, by its real height, clear of it', () => {
    const phrase = { left: 40, top: 700, width: 60, height: 18 };
    const tall = { width: 308, height: 420 };
    const placed = placeCard(phrase, tall, { width: 1280, height: 800 });
    expect(placed.top + tall.height).toBeLessThanOrEqual(phrase.top);
    expect(placed.top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(placed.maxHeight).toBeUndefined();
  });

  it('keeps the line being written visible when the phrase is on another line', () => {
    const phrase = { left: 40, top: 300, width: 60, height: 18 };
    const caretLine = { left: 20, top: 400, width: 700, height: 18 };
    const placed = placeCard(phrase, card, { width: 1280, height: 800 }, caretLine);
    expect(overlaps(boxOf(placed), caretLine)).toBe(false);
    expect(overlaps(boxOf(placed), phrase)).toBe(false);
  });

  it('scrolls inside the roomier side rather than cover the phrase when neither side holds it (200 % zoom)', () => {
    const viewport = { width: 640, height: 400 };
    const phrase = { left: 600, top: 150, width: 60, height: 18 };
    const placed = placeCard(phrase, { width: 308, height: 380 }, viewport);
    expect(placed.maxHeight).toBeDefined();
    expect(overlaps(boxOf(placed, { width: 308, height: 380 }), phrase)).toBe(false);
    expect(placed.left + 308).toBeLessThanOrEqual(viewport.width - CARD_MARGIN);
    expect(placed.top + (placed.maxHeight ?? 0)).toBeLessThanOrEqual(viewport.height);
  });
});
