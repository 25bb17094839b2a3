// Marionette's framing (`<byte length>:<json>`), as the Firefox e2e driver reads and writes it:
// answers arrive split over TCP chunks, or several in one, and note text is not ASCII.
import { describe, expect, it } from 'vitest';
import { createPacketReader, encodePacket } from '../../../scripts/marionette';

describe('Marionette packets', () => {
  it('counts bytes, not characters, in the length', () => {
    expect(encodePacket(['é']).toString('utf8')).toBe('6:["é"]');
  });

  it('reads a packet split over chunks, and several packets in one chunk', () => {
    const read = createPacketReader();
    const bytes = Buffer.concat([encodePacket([1, 1, null, { value: 'Vader wil nu geen hulp — ok' }]), encodePacket({ marionetteProtocol: 3 })]);
    const cut = 5;
    expect(read(bytes.subarray(0, cut))).toEqual([]);
    expect(read(bytes.subarray(cut))).toEqual([[1, 1, null, { value: 'Vader wil nu geen hulp — ok' }], { marionetteProtocol: 3 }]);
  });

  it('waits for the rest when a multi-byte character is cut in two', () => {
    const read = createPacketReader();
    const bytes = encodePacket(['—']);
    const middle = bytes.indexOf(0xe2) + 1;
    expect(read(bytes.subarray(0, middle))).toEqual([]);
    expect(read(bytes.subarray(middle))).toEqual([['—']]);
  });
});
