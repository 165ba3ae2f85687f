import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_ON_FIRST_CORNER_PX,
  CLOSE_ON_FIRST_CORNER_TOUCH_PX,
  DOUBLE_CLICK_MS,
  DOUBLE_TAP_MS,
  IGNORE_NEAR_LAST_CORNER_PX,
  decidePolygonClick,
  type ScreenPoint,
  type TimedClick,
} from '../../../src/map/draw/polygon-click-rules';

// Hand-made corners (CSS px in the map container): a triangle with its first corner at (100, 100)
// and its last at (300, 300), far from each other so each rule can be tested alone.
const TRIANGLE: ScreenPoint[] = [
  { x: 100, y: 100 },
  { x: 300, y: 100 },
  { x: 300, y: 300 },
];
const FIRST = TRIANGLE[0] as ScreenPoint;
const LAST = TRIANGLE[2] as ScreenPoint;
/** A click `d` px to the right of `p` at time `at` (ms). */
const near = (p: ScreenPoint, d: number, at = 10_000): TimedClick => ({ x: p.x + d, y: p.y, at });
/** A click long before, far away: never a double-click partner. */
const OLD_FAR: TimedClick = { x: 600, y: 600, at: 0 };

describe('closing rules of polygon drawing (pure decision)', () => {
  it('closes on the first corner within 22 px for a finger but only within 8 px for a mouse', () => {
    for (const d of [0, 7.9, 14, 21.9]) expect(decidePolygonClick({ click: near(FIRST, d), previous: OLD_FAR, touch: true, corners: TRIANGLE }), `touch ${d}px`).toBe('finish');
    expect(decidePolygonClick({ click: near(FIRST, 22), previous: OLD_FAR, touch: true, corners: TRIANGLE })).toBe('pass');
    expect(decidePolygonClick({ click: near(FIRST, 7.9), previous: OLD_FAR, touch: false, corners: TRIANGLE })).toBe('finish');
    // The tap that closes on a finger is a new corner with a mouse.
    for (const d of [8, 14, 21.9]) expect(decidePolygonClick({ click: near(FIRST, d), previous: OLD_FAR, touch: false, corners: TRIANGLE }), `mouse ${d}px`).toBe('pass');
    expect(CLOSE_ON_FIRST_CORNER_TOUCH_PX).toBe(22);
    expect(CLOSE_ON_FIRST_CORNER_PX).toBe(8);
  });

  it('near the last corner: under 8 px is ignored, 8–22 px adds a corner (never finishes), for both pointers', () => {
    for (const touch of [true, false]) {
      for (const d of [0, 3, 7.9]) expect(decidePolygonClick({ click: near(LAST, d), previous: OLD_FAR, touch, corners: TRIANGLE }), `${touch} ${d}`).toBe('ignore');
      for (const d of [8, 12, 21.9, 40]) expect(decidePolygonClick({ click: near(LAST, d), previous: OLD_FAR, touch, corners: TRIANGLE }), `${touch} ${d}`).toBe('pass');
    }
  });

  it('a double-tap finishes under 300 ms (by the events’ timestamps), a double-click under 500 ms', () => {
    const spot = { x: 200, y: 250 };
    const first = { ...spot, at: 1_000 };
    const tap = (dt: number, d = 0) => decidePolygonClick({ click: { x: spot.x + d, y: spot.y, at: 1_000 + dt }, previous: first, touch: true, corners: TRIANGLE });
    const click = (dt: number, d = 0) => decidePolygonClick({ click: { x: spot.x + d, y: spot.y, at: 1_000 + dt }, previous: first, touch: false, corners: TRIANGLE });
    expect(tap(299)).toBe('finish');
    expect(tap(300)).toBe('pass');
    expect(tap(400)).toBe('pass'); // taps at a human pace near each other are corners
    expect(tap(100, 21)).toBe('finish'); // a finger's second tap lands up to 22 px off
    expect(tap(100, 22)).toBe('pass');
    expect(click(499)).toBe('finish');
    expect(click(500)).toBe('pass');
    expect(click(100, 7)).toBe('finish');
    expect(click(100, 9)).toBe('pass');
    expect(DOUBLE_TAP_MS).toBe(300);
    expect(DOUBLE_CLICK_MS).toBe(500);
  });

  it('with fewer than 3 corners, or a button other than the left (corners null), leaves every click to terra-draw', () => {
    const two = TRIANGLE.slice(0, 2);
    expect(decidePolygonClick({ click: near(FIRST, 0), previous: OLD_FAR, touch: true, corners: two })).toBe('pass');
    expect(decidePolygonClick({ click: near(FIRST, 0, 10), previous: near(FIRST, 0, 0), touch: true, corners: two })).toBe('pass');
    expect(decidePolygonClick({ click: near(FIRST, 0), previous: OLD_FAR, touch: false, corners: null })).toBe('pass');
    expect(decidePolygonClick({ click: near(LAST, 1), previous: null, touch: false, corners: [] })).toBe('pass');
  });

  // Invariants over random drawings (CSS px within a 1000 px square, times within a minute).
  const point = fc.record({ x: fc.double({ min: 0, max: 1000, noNaN: true }), y: fc.double({ min: 0, max: 1000, noNaN: true }) });
  const timed = fc.record({ x: fc.double({ min: 0, max: 1000, noNaN: true }), y: fc.double({ min: 0, max: 1000, noNaN: true }), at: fc.double({ min: 0, max: 60_000, noNaN: true }) });
  const dist = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y);
  const radius = (touch: boolean) => (touch ? CLOSE_ON_FIRST_CORNER_TOUCH_PX : CLOSE_ON_FIRST_CORNER_PX);

  it('property: a click farther than the closing radius from the first corner and from the previous click never finishes', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), timed, fc.option(timed, { nil: null }), fc.boolean(), (corners, click, previous, touch) => {
        const first = corners[0] as ScreenPoint;
        fc.pre(dist(first, click) >= radius(touch) && (previous === null || dist(previous, click) >= radius(touch)));
        expect(decidePolygonClick({ click, previous, touch, corners })).not.toBe('finish');
      }),
    );
  });

  it('property: a click within the radius of the first corner (3+ corners) always finishes, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.option(timed, { nil: null }), fc.boolean(), (corners, f, angle, previous, touch) => {
        const first = corners[0] as ScreenPoint;
        const r = f * radius(touch);
        const click = { x: first.x + r * Math.cos(angle), y: first.y + r * Math.sin(angle), at: 60_001 };
        expect(decidePolygonClick({ click, previous, touch, corners })).toBe('finish');
      }),
    );
  });

  it('property: a finger never finishes where a mouse would not (the touch rules only widen closing)', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 0, maxLength: 12 }), timed, fc.option(timed, { nil: null }), (corners, click, previous) => {
        // Same click a mouse makes: if the mouse finishes, so does the finger, unless only the
        // mouse's longer double-click time made it a double-click.
        const mouse = decidePolygonClick({ click, previous, touch: false, corners });
        const finger = decidePolygonClick({ click, previous, touch: true, corners });
        const mouseDoubleOnlyByTime = previous !== null && click.at - previous.at >= DOUBLE_TAP_MS;
        if (mouse === 'finish' && !mouseDoubleOnlyByTime) expect(finger).toBe('finish');
      }),
    );
  });

  it('property: "ignore" happens only under 8 px from the last corner, and never for fewer than 3 corners', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 0, maxLength: 12 }), timed, fc.option(timed, { nil: null }), fc.boolean(), (corners, click, previous, touch) => {
        if (decidePolygonClick({ click, previous, touch, corners }) !== 'ignore') return;
        expect(corners.length).toBeGreaterThanOrEqual(3);
        expect(dist(corners[corners.length - 1] as ScreenPoint, click)).toBeLessThan(IGNORE_NEAR_LAST_CORNER_PX);
      }),
    );
  });
});
