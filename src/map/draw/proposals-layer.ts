import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AreaGeometry } from '../../data/schema';
import type { Proposal } from '../../state/proposals-slice';
import { labelPoints } from '../label-points';
import { EDGE_DRAWN_BY_LINE, LABEL_FONT } from '../layers/types';
import type { MapLayerSpec } from '../layers/types';
import { beforeIdFor } from '../zorder';
import { markWhenPainted } from '../paint-marks';

export const PROPOSALS_SOURCE = 'proposals';
const LABELS_SOURCE = 'proposals-labels';

interface ProposalFeatureProps {
  id: string;
  name: string;
  colour: string;
  selected: boolean;
}

const LAYERS: MapLayerSpec[] = [
  {
    id: 'proposals-fill',
    type: 'fill',
    source: PROPOSALS_SOURCE,
    paint: { ...EDGE_DRAWN_BY_LINE, 'fill-color': ['get', 'colour'], 'fill-opacity': ['case', ['get', 'selected'], 0.35, 0.2] },
  },
  {
    id: 'proposals-line',
    type: 'line',
    source: PROPOSALS_SOURCE,
    paint: { 'line-color': ['get', 'colour'], 'line-width': ['case', ['get', 'selected'], 4, 2.5] },
  },
  {
    id: 'proposals-label',
    type: 'symbol',
    source: LABELS_SOURCE,
    layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 14, 'text-max-width': 10 },
    paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What each map's proposal source was last given, as JSON. */
const painted = new WeakMap<MapLibreMap, string>();

/** Our own layers for finished proposals (colour, name), fed from the store; created once. */
export function addProposalsLayer(map: MapLibreMap): void {
  map.addSource(PROPOSALS_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' });
  map.addSource(LABELS_SOURCE, { type: 'geojson', data: EMPTY });
  for (const spec of LAYERS) map.addLayer(spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
  painted.set(map, '[]');
}

/**
 * Repaints the proposals: visible ones with a shape, except `editingId`, which terra-draw draws
 * while it is being edited.
 */
export function paintProposals(map: MapLibreMap, proposals: readonly Proposal[], selectedId: string | null, editingId: string | null): void {
  const shown = proposals.filter(
    (p): p is Proposal & { geometry: AreaGeometry } => !p.hidden && p.geometry !== null && p.id !== editingId,
  );
  const features = shown.map(
    (p): Feature<AreaGeometry, ProposalFeatureProps & { code: string }> => ({
      type: 'Feature',
      id: p.id,
      geometry: p.geometry,
      properties: { id: p.id, code: p.id, name: p.name, colour: p.colour, selected: p.id === selectedId },
    }),
  );
  const collection: FeatureCollection<AreaGeometry, ProposalFeatureProps & { code: string }> = { type: 'FeatureCollection', features };
  // The same proposals again (a share link's, drawn from the link and then from the store once it
  // is opened): a setData would re-tile them in MapLibre's worker and hold back their first frame.
  const key = JSON.stringify(features);
  if (painted.get(map) === key) return;
  painted.set(map, key);
  void map.getSource<GeoJSONSource>(PROPOSALS_SOURCE)?.setData(collection);
  const labels: FeatureCollection<Point> = labelPoints(collection);
  void map.getSource<GeoJSONSource>(LABELS_SOURCE)?.setData(labels);
  if (features.length > 0) markWhenPainted(map, PROPOSALS_SOURCE, 'proposal-drawn');
}
