/**
 * The overlap map (issue 10.2): the pieces where proposals overlap BIDs, the existing parish,
 * reference-layer features and each other, as the worker cut them (state/overlap-slice.ts). Each
 * piece is a hatched fill (one pattern per kind, made here with map.addImage from pixels, so colour
 * is not the only carrier) with a solid outline, and a label "‹area› ha · ‹residents› residents" at
 * a point well inside it. Coordinates EPSG:4326; areas from the engine (equal-area m²).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { OVERLAP_KINDS, type OverlapKind, type OverlapPiece } from '../analysis/overlap-shapes';
import type { OverlapShapesResult } from '../analysis/overlap-shapes';
import { HATCH_TILE_PX, OVERLAP_KIND_STYLES, hatchCovers } from '../theme/overlap-kinds';
import { formatCount } from '../ui/format';
import { formatHa } from '../ui/sidebar-format';
import { watch, type AppStoreApi } from './store-handle';
import { EDGE_DRAWN_BY_LINE, LABEL_FONT } from './layers/types';
import { beforeIdFor } from './zorder';

const SOURCE = 'overlaps';
const LABEL_SOURCE = 'overlaps-labels';
const LAYERS = ['overlaps-fill', 'overlaps-line', 'overlaps-label'] as const;
const patternId = (kind: OverlapKind) => `overlap-hatch-${kind}`;

/** One RGBA tile per kind: the hatch in the kind's colour over transparency. */
function patternImage(kind: OverlapKind): { width: number; height: number; data: Uint8Array } {
  const style = OVERLAP_KIND_STYLES[kind];
  const rgb = [1, 3, 5].map((i) => parseInt(style.colour.slice(i, i + 2), 16));
  const data = new Uint8Array(HATCH_TILE_PX * HATCH_TILE_PX * 4);
  for (let y = 0; y < HATCH_TILE_PX; y++) {
    for (let x = 0; x < HATCH_TILE_PX; x++) {
      if (!hatchCovers(style.hatch, x, y)) continue;
      const o = (y * HATCH_TILE_PX + x) * 4;
      data.set([rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0, 235], o);
    }
  }
  return { width: HATCH_TILE_PX, height: HATCH_TILE_PX, data };
}

/** "‹area› ha · ‹residents› residents", the figures line of a piece's label. */
export function overlapFigures(piece: Pick<OverlapPiece, 'areaM2' | 'residents'>): string {
  return `${formatHa(piece.areaM2 / 1e4)} · ${formatCount(piece.residents)} ${piece.residents === 1 ? 'resident' : 'residents'}`;
}

/**
 * Every visible proposal's pieces, an overlap between two proposals once (the selected one's copy
 * when it has one). Exported for tests.
 */
export function visiblePieces(shapes: Record<string, OverlapShapesResult>, selectedId: string | null): (OverlapPiece & { owner: string })[] {
  const owners = Object.keys(shapes).sort((a, b) => Number(b === selectedId) - Number(a === selectedId));
  const seenPairs = new Set<string>();
  const out: (OverlapPiece & { owner: string })[] = [];
  for (const owner of owners) {
    for (const piece of shapes[owner]?.pieces ?? []) {
      if (piece.kind === 'proposal') {
        const pair = [owner, piece.id].sort().join('|');
        if (seenPairs.has(pair)) continue;
        seenPairs.add(pair);
      }
      out.push({ ...piece, owner });
    }
  }
  return out;
}

function collections(shapes: Record<string, OverlapShapesResult>, selectedId: string | null) {
  const pieces = visiblePieces(shapes, selectedId);
  const props = (p: OverlapPiece & { owner: string }) => ({
    key: p.key,
    owner: p.owner,
    kind: p.kind,
    name: p.name,
    areaHa: Math.round(p.areaM2 / 100) / 100,
    residents: p.residents,
    figures: overlapFigures(p),
  });
  const areas: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: pieces.map((p): Feature<MultiPolygon> => ({ type: 'Feature', geometry: p.geometry, properties: props(p) })) };
  const labels: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: pieces.map((p): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p.label }, properties: props(p) })),
  };
  return { areas, labels };
}

const byKind = <T,>(values: Record<OverlapKind, T>, fallback: T) => ['match', ['get', 'kind'], ...OVERLAP_KINDS.flatMap((k) => [k, values[k]]), fallback];

export function attachOverlapLayer(map: MapLibreMap, store: AppStoreApi): () => void {
  for (const kind of OVERLAP_KINDS) if (!map.hasImage(patternId(kind))) map.addImage(patternId(kind), patternImage(kind), { pixelRatio: 2 });
  const s = store.getState();
  const { areas, labels } = collections(s.overlapShapes, s.selectedId);
  map.addSource(SOURCE, { type: 'geojson', data: areas });
  map.addSource(LABEL_SOURCE, { type: 'geojson', data: labels });
  const has = (id: string) => map.getLayer(id) !== undefined;
  const visibility = s.overlapsShown ? 'visible' : 'none';
  const colours = Object.fromEntries(OVERLAP_KINDS.map((k) => [k, OVERLAP_KIND_STYLES[k].colour])) as Record<OverlapKind, string>;
  const patterns = Object.fromEntries(OVERLAP_KINDS.map((k) => [k, patternId(k)])) as Record<OverlapKind, string>;
  map.addLayer(
    // The match expression is typed loosely by MapLibre's spec types; it is checked by the style validator.
    { id: 'overlaps-fill', type: 'fill', source: SOURCE, layout: { visibility }, paint: { ...EDGE_DRAWN_BY_LINE, 'fill-pattern': byKind(patterns, patternId('bid')) as never } },
    beforeIdFor('overlaps-fill', has),
  );
  map.addLayer(
    { id: 'overlaps-line', type: 'line', source: SOURCE, layout: { visibility }, paint: { 'line-color': byKind(colours, '#000000') as never, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 3] } },
    beforeIdFor('overlaps-line', has),
  );
  map.addLayer(
    {
      id: 'overlaps-label',
      type: 'symbol',
      source: LABEL_SOURCE,
      layout: {
        visibility,
        // What it overlaps, then the figures (looking at the screenshots, figures alone left a meeting asking "which BID?").
        'text-field': ['format', ['get', 'name'], { 'font-scale': 0.85 }, '\n', {}, ['get', 'figures'], {}],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 11, 12, 15, 15],
        'text-max-width': 9,
        // Bigger pieces are placed first; the label may shift off its point rather than vanish.
        'symbol-sort-key': ['-', 0, ['get', 'areaHa']],
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': byKind(colours, '#000000') as never, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 2 },
    },
    beforeIdFor('overlaps-label', has),
  );
  // What each source holds now, as JSON: a new result for the same pieces (every move of a vertex
  // drag brings one, usually with no overlaps at all) must not setData, since each setData re-tiles
  // the source in MapLibre's worker and costs a whole extra frame (two with the labels) under a
  // software renderer.
  let shownAreas = JSON.stringify(areas);
  let shownLabels = JSON.stringify(labels);
  const refresh = () => {
    const now = store.getState();
    const next = collections(now.overlapShapes, now.selectedId);
    const [nextAreas, nextLabels] = [JSON.stringify(next.areas), JSON.stringify(next.labels)];
    if (nextAreas !== shownAreas) map.getSource<GeoJSONSource>(SOURCE)?.setData(next.areas);
    if (nextLabels !== shownLabels) map.getSource<GeoJSONSource>(LABEL_SOURCE)?.setData(next.labels);
    [shownAreas, shownLabels] = [nextAreas, nextLabels];
  };
  const stopShapes = watch(store, (st) => st.overlapShapes, (_now, before) => before !== undefined && refresh());
  const stopSelected = watch(store, (st) => st.selectedId, (_now, before) => before !== undefined && refresh());
  const stopShown = watch(store, (st) => st.overlapsShown, (on) => {
    for (const id of LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  });
  return () => {
    stopShapes();
    stopSelected();
    stopShown();
  };
}
