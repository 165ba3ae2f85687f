import type { Polygon, Position } from 'geojson';
import { TerraDrawPolygonMode, type TerraDrawMouseEvent } from 'terra-draw';
import { CLOSE_ON_FIRST_CORNER_PX, decidePolygonClick, type TimedClick } from './polygon-click-rules';

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
 * decides the rest itself (the pure rules in polygon-click-rules.ts):
 * - a click within the closing radius (8 px with a mouse, 22 px with a finger) of the first corner,
 *   or a second click within that radius of the first in under 500 ms (taps: 300 ms), finishes the shape;
 * - any other click under 8 px from the previous corner is ignored (it adds nothing a user can see);
 * - any other click adds a corner, so a tap near (not on) the last corner never finishes early.
 */
export class TracingPolygonMode extends TerraDrawPolygonMode {
  private lastClick: TimedClick | null = null;
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
    const previous = this.lastClick;
    const click: TimedClick = { at: this.clickTime(), x: event.containerX, y: event.containerY };
    this.lastClick = click;
    const corners = event.button === 'left' ? this.committedCorners() : null;
    const decision = decidePolygonClick({
      click,
      previous,
      touch: this.isTouch(),
      // The rules judge on screen (CSS px), with the camera as it is now.
      corners: corners?.map(([lng = 0, lat = 0]) => this.project(lng, lat)) ?? null,
    });
    if (decision === 'finish') {
      this.lastClick = null;
      this.finish();
    } else if (decision === 'pass') {
      super.onClick(event);
    }
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
