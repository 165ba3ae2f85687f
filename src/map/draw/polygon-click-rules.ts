/**
 * The closing rules of polygon drawing, as one pure decision: given a click (or tap) on the map, the
 * corners committed so far and the click before it, add a corner, ignore the click or finish the
 * shape. TracingPolygonMode (tracing-polygon-mode.ts) applies the answer; this module has no
 * terra-draw, MapLibre or DOM so the thresholds are unit-tested in node
 * (tests/unit/map/polygon-click-rules.test.ts).
 *
 * Positions are screen positions in CSS px relative to the map's container (terra-draw's
 * containerX/containerY; corners projected from EPSG:4326 with the map's current camera). Times are
 * ms on the page's clock (an event's `timeStamp`).
 */

/**
 * Screen distance (CSS px) within which a click on the first corner closes the polygon. terra-draw's
 * default is 40 px, and it applies the same distance to the *previous* corner, so any two corners
 * closer than 40 px on screen ended the drawing (a 31-corner trace of the City of London stopped
 * after 6). 8 px is about the radius of the first-corner marker.
 */
export const CLOSE_ON_FIRST_CORNER_PX = 8;
/**
 * The same for a finger (CSS px): half of a 44 px touch target. A fingertip covers about 10 mm, so a
 * tap meant for the first corner lands up to ~20 px from it; with the mouse's 8 px it added a corner
 * beside the first one instead of finishing.
 */
export const CLOSE_ON_FIRST_CORNER_TOUCH_PX = 22;
/**
 * A click closer than this (CSS px) to the previous corner is ignored, mouse or finger: it would add
 * a corner a user cannot see. Farther, even within the touch closing radius, it adds a corner, so a
 * tap near (not on) the last corner never finishes early.
 */
export const IGNORE_NEAR_LAST_CORNER_PX = 8;
/** Two clicks on the same spot within this many ms are a double-click, which finishes the drawing. */
export const DOUBLE_CLICK_MS = 500;
/**
 * The same for two taps (Android's double-tap timeout). Shorter than the mouse's: taps a finger
 * places at a human pace (300–500 ms apart) near each other are corners, not a double-tap.
 */
export const DOUBLE_TAP_MS = 300;
/** The closing rules apply from this many committed corners (fewer cannot make a polygon). */
export const MIN_CORNERS_TO_CLOSE = 3;

/** A point on screen (CSS px, map container). */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** A click on the map: where (CSS px) and when (ms, the event's own timeStamp). */
export interface TimedClick extends ScreenPoint {
  at: number;
}

export interface PolygonClickInput {
  click: TimedClick;
  /** The click before this one while drawing, or null (none yet, or the last one finished a shape). */
  previous: TimedClick | null;
  /** Whether the click came from a finger (pointerType "touch"). */
  touch: boolean;
  /**
   * Committed corners on screen (CSS px), first to last; null when not drawing or for a button
   * other than the left one (terra-draw's own handling applies then).
   */
  corners: readonly ScreenPoint[] | null;
}

/**
 * - `finish`: close the polygon (as Enter does);
 * - `ignore`: do nothing (too close to the previous corner to be a new one);
 * - `pass`: let terra-draw handle the click (it adds a corner, or starts a polygon).
 */
export type PolygonClickDecision = 'finish' | 'ignore' | 'pass';

const distance = (a: ScreenPoint, b: ScreenPoint): number => Math.hypot(a.x - b.x, a.y - b.y);

/** The closing radius (CSS px) for the pointer: 22 px for a finger, 8 px for a mouse or pen. */
export function closingRadiusPx(touch: boolean): number {
  return touch ? CLOSE_ON_FIRST_CORNER_TOUCH_PX : CLOSE_ON_FIRST_CORNER_PX;
}

/**
 * What a click does while a polygon is drawn. With at least 3 committed corners:
 * - within the closing radius of the first corner, or a second click within that radius of the
 *   previous click and sooner than the double-click time (taps 300 ms, mouse 500 ms): finish;
 * - otherwise under 8 px from the last corner: ignore;
 * - otherwise: a new corner (pass to terra-draw).
 * With fewer corners every click is passed on (terra-draw adds corners until there are 3).
 */
export function decidePolygonClick({ click, previous, touch, corners }: PolygonClickInput): PolygonClickDecision {
  if (!corners || corners.length < MIN_CORNERS_TO_CLOSE) return 'pass';
  const first = corners[0];
  const last = corners[corners.length - 1];
  if (!first || !last) return 'pass';
  const radius = closingRadiusPx(touch);
  const isDoubleClick =
    previous !== null && click.at - previous.at < (touch ? DOUBLE_TAP_MS : DOUBLE_CLICK_MS) && distance(previous, click) < radius;
  if (isDoubleClick || distance(first, click) < radius) return 'finish';
  if (distance(last, click) < IGNORE_NEAR_LAST_CORNER_PX) return 'ignore';
  return 'pass';
}
