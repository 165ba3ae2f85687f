import type { Polygon, Position } from 'geojson';
import { TerraDrawPolygonMode, type TerraDrawMouseEvent } from 'terra-draw';

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
/** Two clicks on the same spot within this many ms are a double-click, which finishes the drawing. */
export const DOUBLE_CLICK_MS = 500;
/**
 * The same for two taps (Android's double-tap timeout). Shorter than the mouse's: taps a finger
 * places at a human pace (300–500 ms apart) near each other are corners, not a double-tap.
 */
export const DOUBLE_TAP_MS = 300;
/** The key that finishes a drawing (terra-draw's `keyEvents.finish`); the Finish button sends it too. */
const FINISH_KEY = 'Enter';

type PolygonOptions = NonNullable<ConstructorParameters<typeof TerraDrawPolygonMode>[0]>;

export interface TracingPolygonOptions extends Omit<PolygonOptions, 'pointerDistance' | 'keyEvents'> {
  /** Whether the click being handled came from a finger (pointerType "touch"); terra-draw's events do not say. */
  isTouch?: () => boolean;
  /**
   * When (ms, the page's clock) the click being handled happened: its pointerup's `timeStamp`, not
   * the time it is handled, so a busy main thread cannot stretch a double-tap apart.
   */
  clickTime?: () => number;
  /** Told the number of corners committed so far whenever it changes (0 when not drawing). */
  onCornersChange?: (corners: number) => void;
}

/**
 * terra-draw's polygon mode, made to finish only where the hint says: a click on the first corner,
 * a double-click, Enter or the Finish button. terra-draw closes on a click within `pointerDistance`
 * of the first *or previous* corner; here `pointerDistance` is the mouse's 8 px, and this class
 * decides the rest itself:
 * - a click within the closing radius (8 px with a mouse, 22 px with a finger) of the first corner,
 *   or a second click within that radius of the first in under 500 ms (taps: 300 ms), finishes the shape;
 * - any other click under 8 px from the previous corner is ignored (it adds nothing a user can see);
 * - any other click adds a corner, so a tap near (not on) the last corner never finishes early.
 */
export class TracingPolygonMode extends TerraDrawPolygonMode {
  private lastClick: { at: number; x: number; y: number } | null = null;
  private readonly isTouch: () => boolean;
  private readonly clickTime: () => number;
  private readonly onCornersChange: (corners: number) => void;
  private reportedCorners = 0;

  constructor({ isTouch, clickTime, onCornersChange, ...options }: TracingPolygonOptions) {
    super({ ...options, pointerDistance: CLOSE_ON_FIRST_CORNER_PX, keyEvents: { cancel: 'Escape', finish: FINISH_KEY } });
    this.isTouch = isTouch ?? (() => false);
    this.clickTime = clickTime ?? (() => performance.now());
    this.onCornersChange = onCornersChange ?? (() => undefined);
  }

  /** Corners committed so far of the polygon being drawn (EPSG:4326), or null when not drawing. */
  private committedCorners(): Position[] | null {
    const [drawing] = this.store.copyAllWhere((p) => p.mode === this.mode && p.currentlyDrawing === true);
    if (!drawing || drawing.geometry.type !== 'Polygon') return null;
    const count = drawing.properties.committedCoordinateCount;
    const ring = (drawing.geometry as Polygon).coordinates[0] ?? [];
    return typeof count === 'number' ? ring.slice(0, count) : null;
  }

  private reportCorners(): void {
    const corners = this.committedCorners()?.length ?? 0;
    if (corners === this.reportedCorners) return;
    this.reportedCorners = corners;
    this.onCornersChange(corners);
  }

  /** Finishes the polygon being drawn, as Enter does (nothing happens with fewer than 3 corners). */
  finish(): void {
    this.onKeyUp({ key: FINISH_KEY, heldKeys: [], preventDefault: () => undefined });
  }

  /** @internal terra-draw calls this for every click on the map while the mode is active. */
  override onClick(event: TerraDrawMouseEvent): void {
    this.handleClick(event);
    this.reportCorners();
  }

  private handleClick(event: TerraDrawMouseEvent): void {
    const now = this.clickTime();
    const previousClick = this.lastClick;
    this.lastClick = { at: now, x: event.containerX, y: event.containerY };
    const corners = event.button === 'left' ? this.committedCorners() : null;
    const last = corners && corners.length >= 3 ? corners.at(-1) : undefined;
    const first = corners?.[0];
    if (last && first) {
      const touch = this.isTouch();
      const radius = touch ? CLOSE_ON_FIRST_CORNER_TOUCH_PX : CLOSE_ON_FIRST_CORNER_PX;
      const distanceTo = ([lng = 0, lat = 0]: Position) => {
        const p = this.project(lng, lat);
        return Math.hypot(p.x - event.containerX, p.y - event.containerY);
      };
      const isDoubleClick =
        previousClick !== null &&
        now - previousClick.at < (touch ? DOUBLE_TAP_MS : DOUBLE_CLICK_MS) &&
        Math.hypot(previousClick.x - event.containerX, previousClick.y - event.containerY) < radius;
      if (isDoubleClick || distanceTo(first) < radius) {
        this.lastClick = null;
        this.finish();
        return;
      }
      if (distanceTo(last) < CLOSE_ON_FIRST_CORNER_PX) return;
    }
    super.onClick(event);
  }

  /** @internal */
  override onKeyUp(...args: Parameters<TerraDrawPolygonMode['onKeyUp']>): void {
    super.onKeyUp(...args);
    this.reportCorners();
  }

  /** @internal terra-draw calls this when the drawing is cancelled or the mode stops. */
  override cleanUp(): void {
    super.cleanUp();
    this.reportCorners();
  }
}
