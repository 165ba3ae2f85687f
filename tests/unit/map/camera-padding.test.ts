import { describe, expect, it } from 'vitest';
import { paddingFor } from '../../../src/map/camera-padding';

// Hand-made layouts (CSS px, page coordinates): a 1600×1000 map at the page's top-left.
const MAP = { left: 0, top: 0, right: 1600, bottom: 1000 };
const LAYER_PANEL = { left: 12, top: 12, right: 316, bottom: 900 };
const TOOLBAR = { left: 336, top: 12, right: 900, bottom: 52 };

describe('camera padding from the panels over the map', () => {
  it('keeps clear of a tall panel on the left by the left side, and of a toolbar strip by the top', () => {
    expect(paddingFor(MAP, [LAYER_PANEL, TOOLBAR], 24)).toEqual({ left: 316 + 24, top: 52 + 24, right: 24, bottom: 24 });
  });
  it('pads a bottom sheet from the bottom, and ignores panels outside the map', () => {
    const sheet = { left: 0, top: 700, right: 1600, bottom: 1000 };
    const beside = { left: 1600, top: 0, right: 2000, bottom: 1000 };
    expect(paddingFor(MAP, [sheet, beside], 10)).toEqual({ left: 10, top: 10, right: 10, bottom: 310 });
  });
  it('measures panels relative to the map box, wherever the map sits on the page', () => {
    const shifted = { left: 100, top: 50, right: 1700, bottom: 1050 };
    expect(paddingFor(shifted, [{ left: 100, top: 50, right: 400, bottom: 1050 }], 0)).toEqual({ left: 300, top: 0, right: 0, bottom: 0 });
  });
  it('falls back to the whole map when panels leave no usable room', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 800 };
    const sheet = { left: 0, top: 60, right: 390, bottom: 800 };
    expect(paddingFor(phone, [sheet], 24)).toEqual({ left: 24, top: 24, right: 24, bottom: 24 });
  });
  it('pads a full-width panel low on a phone from the bottom (least map area lost), not from a side it nearly spans', () => {
    // Measured at 390×844 in build mode with the ward list open (tests/e2e/mobile-ward-list.test.ts).
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    const covers = [
      { left: 144, top: 66.4, right: 382, bottom: 119.4 }, // the toolbar's hint
      { left: 8, top: 61.6, right: 136, bottom: 155.2 }, // undo/redo and Find a ward, under Layers
      { left: 8, top: 402, right: 382, bottom: 689 }, // the ward list
      { left: 0, top: 697.6, right: 390, bottom: 844 }, // the sheet's peek
    ];
    const p = paddingFor(phone, covers, 24);
    expect(p.bottom).toBeCloseTo(844 - 402 + 24, 6);
    expect(p.top).toBeCloseTo(155.2 + 24, 6); // the small top-left column costs less map as top padding
    expect(p.left).toBe(24);
    expect(p.right).toBe(24);
  });
});
