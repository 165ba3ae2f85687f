import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaGeometry } from '../../data/schema';
import { bboxOf } from '../bounds';
import { fitPadding, uncoveredBox } from '../camera-padding';

/** A box on screen, CSS px in the map's container. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A shape smaller than this share of the uncovered map both ways is zoomed in on: a ward added from
 * the list while all London is on screen is ~10 px across, too small to see that it was added.
 */
export const TOO_SMALL_SHARE = 0.125;

/**
 * Whether the camera must move to show a shape whose bounding box on screen is `shape`: it is not
 * wholly inside the part of the map no panel covers (`uncovered`), or it is too small there to read.
 * Pure (CSS px), for unit tests.
 */
export function needsCameraMove(shape: ScreenBox, uncovered: ScreenBox): boolean {
  const inside = shape.left >= uncovered.left && shape.top >= uncovered.top && shape.right <= uncovered.right && shape.bottom <= uncovered.bottom;
  if (!inside) return true;
  const tiny =
    shape.right - shape.left < TOO_SMALL_SHARE * (uncovered.right - uncovered.left) &&
    shape.bottom - shape.top < TOO_SMALL_SHARE * (uncovered.bottom - uncovered.top);
  return tiny;
}

/**
 * Eases the camera to a proposal built from the ward list (EPSG:4326), padded clear of the panels
 * over the map (a phone's bottom sheet and top bar, the desktop's layer panel), when it is not
 * already readable in the uncovered part: a ward picked by name may be anywhere in London.
 */
export function showBuiltProposal(map: MapLibreMap, geometry: AreaGeometry, duration = 400): void {
  const [west, south, east, north] = bboxOf({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
  const container = map.getContainer();
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  if (!needsCameraMove({ left: nw.x, top: nw.y, right: se.x, bottom: se.y }, uncoveredBox(container))) return;
  map.fitBounds([west, south, east, north], { padding: fitPadding(container), maxZoom: 15, duration });
}
