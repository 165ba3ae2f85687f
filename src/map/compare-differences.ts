/**
 * The compare map's differences (issue 10): while comparing, each region lying only in one compared
 * proposal is hatched in that proposal's own pattern and colour, each region several share is
 * cross-hatched, all outlined and labelled "Only in ‹name›: ‹ha› ha · ‹n› residents". The regions
 * come from the worker (src/analysis/compare-shapes.ts via state/compare-sync.ts); this module only
 * paints them. Layers are created once; their data is replaced when the regions change.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { ComparePiece } from '../analysis/compare-shapes';
import { differenceText } from '../state/compare-differences-text';
import type { Differences } from '../state/meeting-slice';
import type { Proposal } from '../state/proposals-slice';
import { HATCH_PIXEL_RATIO, HATCH_SIZE, SHARED_COLOUR, hatchImageId, hatchKindFor, hatchPixels } from '../theme/hatch';
import { EDGE_DRAWN_BY_LINE, LABEL_FONT } from './layers/types';
import type { MapLayerSpec } from './layers/types';
import { watch, type AppStoreApi } from './store-handle';
import { beforeIdFor } from './zorder';

const SOURCE = 'compare-differences';
const LABELS = 'compare-differences-labels';

const LAYERS: MapLayerSpec[] = [
  { id: 'compare-diff-fill', type: 'fill', source: SOURCE, paint: { ...EDGE_DRAWN_BY_LINE, 'fill-pattern': ['get', 'pattern'] } },
  {
    id: 'compare-diff-line',
    type: 'line',
    source: SOURCE,
    // Shared regions dashed, so their edge reads differently from a proposal's own outline.
    paint: { 'line-color': ['get', 'colour'], 'line-width': 2.5, 'line-dasharray': ['case', ['get', 'shared'], ['literal', [2, 1.5]], ['literal', [1, 0]]] },
  },
  {
    id: 'compare-diff-label',
    type: 'symbol',
    source: LABELS,
    layout: { 'text-field': ['get', 'text'], 'text-font': LABEL_FONT, 'text-size': 14, 'text-max-width': 16, 'text-padding': 4 },
    // A wide white halo: the labels sit on hatching.
    paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 3 },
  },
];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

interface PieceStyle {
  pattern: string;
  colour: string;
  shared: boolean;
}

/** Pattern and outline colour of a piece: the proposal's own for "only in", the shared ones' otherwise. */
export function pieceStyle(piece: Pick<ComparePiece, 'inIds'>, compareIds: readonly string[], proposals: readonly Proposal[]): PieceStyle & { kind: ReturnType<typeof hatchKindFor> } {
  const shared = piece.inIds.length > 1;
  const only = piece.inIds[0] ?? '';
  const colour = shared ? SHARED_COLOUR : (proposals.find((p) => p.id === only)?.colour ?? SHARED_COLOUR);
  const kind = hatchKindFor(piece.inIds.length, Math.max(0, compareIds.indexOf(only)));
  return { kind, pattern: hatchImageId(kind, colour), colour, shared };
}

function ensureImage(map: MapLibreMap, id: string, kind: Parameters<typeof hatchPixels>[0], colour: string): void {
  if (map.hasImage(id)) return;
  map.addImage(id, { width: HATCH_SIZE, height: HATCH_SIZE, data: hatchPixels(kind, colour) }, { pixelRatio: HATCH_PIXEL_RATIO });
}

function paint(map: MapLibreMap, differences: Differences | null, compareIds: readonly string[], proposals: readonly Proposal[]): void {
  const pieces = differences?.result?.pieces ?? [];
  const shapes: Feature<MultiPolygon>[] = [];
  const labels: Feature<Point>[] = [];
  for (const piece of pieces) {
    const style = pieceStyle(piece, compareIds, proposals);
    ensureImage(map, style.pattern, style.kind, style.colour);
    const properties = { key: piece.key, pattern: style.pattern, colour: style.colour, shared: style.shared, text: differenceText(piece, true) };
    shapes.push({ type: 'Feature', properties, geometry: piece.geometry });
    labels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: piece.labelPoint } });
  }
  (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: shapes });
  (map.getSource(LABELS) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: labels });
}

/** Adds the difference layers (empty) and repaints them whenever the comparison's regions or colours change. */
export function attachCompareDifferences(map: MapLibreMap, store: AppStoreApi): () => void {
  if (!map.getSource(SOURCE)) map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
  if (!map.getSource(LABELS)) map.addSource(LABELS, { type: 'geojson', data: EMPTY });
  for (const spec of LAYERS) if (!map.getLayer(spec.id)) map.addLayer(spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
  return watch(
    store,
    // Repaint on new regions, or a compared proposal's colour changing; nothing while not comparing.
    (s) => (s.comparing && s.differences ? `${s.differences.key}|${s.differences.status}|${s.compareIds.map((id) => s.proposals.find((p) => p.id === id)?.colour).join(',')}` : ''),
    () => {
      const s = store.getState();
      paint(map, s.comparing ? s.differences : null, s.compareIds, s.proposals);
    },
  );
}
