import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawFreehandMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type SnapToCustom,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { TracingPolygonMode, type TracingPolygonOptions } from './tracing-polygon-mode';

/** terra-draw's own mode names for our tools, plus select (editing) and the idle "static" mode. */
export const TD_MODES = { polygon: 'polygon', freehand: 'freehand', rectangle: 'rectangle', select: 'select', idle: 'static' } as const;

const DRAW_COLOUR = '#00838f';

/**
 * terra-draw on our MapLibre map (create inside `map.on('load')`). Shapes being drawn and the one
 * proposal being edited live in terra-draw; every finished proposal is drawn by our own layers from
 * the store (src/map/draw/proposals-layer.ts). Ids are our proposal ids (any non-empty string).
 */
export function createDraw(
  map: MapLibreMap,
  snap: SnapToCustom,
  touch: Pick<TracingPolygonOptions, 'isTouch' | 'clickTime' | 'onCornersChange'> = {},
): { draw: TerraDraw; polygon: TracingPolygonMode } {
  const snapping = { toCustom: snap };
  // Finishes only on the first corner, a double-click, Enter or the Finish button (see tracing-polygon-mode.ts).
  const polygon = new TracingPolygonMode({
    ...touch,
    snapping,
    styles: { fillColor: DRAW_COLOUR, outlineColor: DRAW_COLOUR, outlineWidth: 2, fillOpacity: 0.2 },
  });
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, renderBelowLayerId: 'services-circle', coordinatePrecision: 7 }),
    idStrategy: {
      isValidId: (id) => typeof id === 'string' && id.length > 0,
      getId: () => crypto.randomUUID(),
    },
    modes: [
      polygon,
      new TerraDrawFreehandMode({
        keyEvents: { cancel: 'Escape', finish: 'Enter' },
        styles: { fillColor: DRAW_COLOUR, outlineColor: DRAW_COLOUR, outlineWidth: 2, fillOpacity: 0.2 },
      }),
      new TerraDrawRectangleMode({
        keyEvents: { cancel: 'Escape', finish: null },
        styles: { fillColor: DRAW_COLOUR, outlineColor: DRAW_COLOUR, outlineWidth: 2, fillOpacity: 0.2 },
      }),
      new TerraDrawSelectMode({
        // Our keyboard handler (src/map/draw/keyboard.ts) owns Delete and Escape, so both behave the
        // same in every mode and go through the store (undoable).
        keyEvents: null,
        allowManualDeselection: true,
        flags: {
          polygon: {
            feature: {
              draggable: true,
              coordinates: { midpoints: true, draggable: true, deletable: true, snappable: snapping },
            },
          },
        },
        styles: {
          selectedPolygonColor: ({ properties }) => (typeof properties.colour === 'string' ? (properties.colour as `#${string}`) : DRAW_COLOUR),
          selectedPolygonOutlineColor: ({ properties }) =>
            typeof properties.colour === 'string' ? (properties.colour as `#${string}`) : DRAW_COLOUR,
          selectedPolygonFillOpacity: 0.25,
          selectedPolygonOutlineWidth: 3,
          selectionPointWidth: 6,
          selectionPointColor: '#ffffff',
          selectionPointOutlineColor: '#263238',
          selectionPointOutlineWidth: 2,
          midPointWidth: 4,
          midPointColor: '#ffffff',
          midPointOutlineColor: '#546e7a',
          midPointOutlineWidth: 1,
        },
      }),
    ],
  });
  draw.start();
  return { draw, polygon };
}
