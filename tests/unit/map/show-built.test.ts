import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsCameraMove, TOO_SMALL_SHARE } from '../../../src/map/draw/show-built';

// Hand-made screen boxes (CSS px): the uncovered map of a phone, between its top bar and its sheet.
const UNCOVERED = { left: 24, top: 150, right: 366, bottom: 650 };

describe('when a ward added from the list moves the camera', () => {
  it('stays put for a readable shape wholly in the uncovered map', () => {
    expect(needsCameraMove({ left: 100, top: 300, right: 250, bottom: 450 }, UNCOVERED)).toBe(false);
  });
  it('moves for a shape partly under the sheet, under the top bar or off screen', () => {
    expect(needsCameraMove({ left: 100, top: 500, right: 250, bottom: 700 }, UNCOVERED)).toBe(true);
    expect(needsCameraMove({ left: 100, top: 100, right: 250, bottom: 300 }, UNCOVERED)).toBe(true);
    expect(needsCameraMove({ left: -400, top: 300, right: -300, bottom: 400 }, UNCOVERED)).toBe(true);
  });
  it('moves (zooms in) for a shape too small to read both ways, e.g. a ward with all London on screen', () => {
    expect(needsCameraMove({ left: 200, top: 400, right: 210, bottom: 409 }, UNCOVERED)).toBe(true);
    // Small one way only (a long thin ward) is readable.
    expect(needsCameraMove({ left: 100, top: 400, right: 300, bottom: 409 }, UNCOVERED)).toBe(false);
  });
  it('property: any shape reaching outside the uncovered box moves the camera', () => {
    const coord = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(coord, coord, fc.double({ min: 0, max: 800, noNaN: true }), fc.double({ min: 0, max: 800, noNaN: true }), (x, y, w, h) => {
        const shape = { left: x, top: y, right: x + w, bottom: y + h };
        const outside = shape.left < UNCOVERED.left || shape.top < UNCOVERED.top || shape.right > UNCOVERED.right || shape.bottom > UNCOVERED.bottom;
        const tiny = w < TOO_SMALL_SHARE * (UNCOVERED.right - UNCOVERED.left) && h < TOO_SMALL_SHARE * (UNCOVERED.bottom - UNCOVERED.top);
        expect(needsCameraMove(shape, UNCOVERED)).toBe(outside || tiny);
      }),
    );
  });
});
