import type { Polygon, Position } from 'geojson';
import { TerraDrawPolygonMode, type TerraDrawMouseEvent } from 'terra-draw';

/**
 * Screen distance (px) within which a click on the first corner closes the polygon. terra-draw's
 * default is 40 px, and it applies the same distance to the *previous* corner, so any two corners
 * closer than 40 px on screen ended the drawing (a 31-corner trace of the City of London stopped
 * after 6). 8 px is about the radius of the first-corner marker.
 */
export const CLOSE_ON_FIRST_CORNER_PX = 8;
/** Two clicks on the same spot within this many ms are a double-click, which finishes the drawing. */
export const DOUBLE_CLICK_MS = 500;

type PolygonOptions = NonNullable<ConstructorParameters<typeof TerraDrawPolygonMode>[0]>;

/**
 * terra-draw's polygon mode, made to finish only where the hint says: a click on the first corner,
 * a double-click, or Enter. terra-draw closes on a click within `pointerDistance` of the first *or
 * previous* corner; with a small `pointerDistance` the previous-corner rule is what makes a
 * double-click finish (its second click lands on the corner the first one added). A single click
 * that close to the previous corner, but not a double-click, is ignored instead of finishing the
 * shape: a corner under 8 px from the last one adds nothing a user can see.
 */
export class TracingPolygonMode extends TerraDrawPolygonMode {
  private lastClick: { at: number; x: number; y: number } | null = null;

  constructor(options: Omit<PolygonOptions, 'pointerDistance'>) {
    super({ ...options, pointerDistance: CLOSE_ON_FIRST_CORNER_PX });
  }

  /** Corners committed so far of the polygon being drawn (EPSG:4326), or null when not drawing. */
  private committedCorners(): Position[] | null {
    const [drawing] = this.store.copyAllWhere((p) => p.mode === this.mode && p.currentlyDrawing === true);
    if (!drawing || drawing.geometry.type !== 'Polygon') return null;
    const count = drawing.properties.committedCoordinateCount;
    const ring = (drawing.geometry as Polygon).coordinates[0] ?? [];
    return typeof count === 'number' ? ring.slice(0, count) : null;
  }

  /** @internal terra-draw calls this for every click on the map while the mode is active. */
  override onClick(event: TerraDrawMouseEvent): void {
    const now = performance.now();
    const previousClick = this.lastClick;
    this.lastClick = { at: now, x: event.containerX, y: event.containerY };
    const corners = event.button === 'left' ? this.committedCorners() : null;
    const last = corners && corners.length >= 3 ? corners.at(-1) : undefined;
    if (last) {
      const [lng = 0, lat = 0] = last;
      const p = this.project(lng, lat);
      const nearLast = Math.hypot(p.x - event.containerX, p.y - event.containerY) < CLOSE_ON_FIRST_CORNER_PX;
      const isDoubleClick =
        previousClick !== null &&
        now - previousClick.at < DOUBLE_CLICK_MS &&
        Math.hypot(previousClick.x - event.containerX, previousClick.y - event.containerY) < CLOSE_ON_FIRST_CORNER_PX;
      const first = corners?.[0];
      const fp = first ? this.project(first[0] ?? 0, first[1] ?? 0) : null;
      const nearFirst = fp !== null && Math.hypot(fp.x - event.containerX, fp.y - event.containerY) < CLOSE_ON_FIRST_CORNER_PX;
      if (nearLast && !isDoubleClick && !nearFirst) return;
    }
    super.onClick(event);
  }
}
