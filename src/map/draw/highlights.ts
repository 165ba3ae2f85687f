import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { AppState } from '../../state/store';
import type { MapLayerSpec } from '../layers/types';
import { beforeIdFor, type MapLayerId } from '../zorder';

/** Matches nothing: the highlight layers exist from the start and are re-filtered, never re-added. */
const NONE: FilterSpecification = ['==', ['get', 'code'], '\u0000'];

const byProperty = (property: string, values: readonly string[]): FilterSpecification =>
  values.length === 0 ? NONE : ['in', ['get', property], ['literal', [...values]]];

/** Highlights for the selected proposal: built-from units, cut LSOAs, services inside, BIDs touched. */
const HIGHLIGHTS: { layer: LayerId; spec: MapLayerSpec }[] = [
  {
    layer: 'lsoa',
    spec: {
      id: 'highlight-cut-lsoa',
      type: 'line',
      source: 'lsoa',
      filter: NONE,
      paint: { 'line-color': '#d84315', 'line-width': 2, 'line-dasharray': [2, 1] },
    },
  },
  {
    layer: 'wards',
    spec: { id: 'highlight-units', type: 'fill', source: 'wards', filter: NONE, paint: { 'fill-color': '#00838f', 'fill-opacity': 0.3 } },
  },
  {
    layer: 'lsoa',
    spec: { id: 'highlight-units-lsoa', type: 'fill', source: 'lsoa', filter: NONE, paint: { 'fill-color': '#00838f', 'fill-opacity': 0.3 } },
  },
  {
    layer: 'bids',
    spec: { id: 'highlight-bids', type: 'line', source: 'bids', filter: NONE, paint: { 'line-color': '#004d40', 'line-width': 3 } },
  },
  {
    layer: 'services',
    spec: {
      id: 'highlight-services',
      type: 'circle',
      source: 'services',
      filter: NONE,
      paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 },
    },
  },
];

export function addHighlightLayers(map: MapLibreMap): void {
  for (const { spec } of HIGHLIGHTS) {
    if (!('source' in spec) || typeof spec.source !== 'string' || !map.getSource(spec.source)) continue;
    map.addLayer(spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
  }
}

/** Which highlight layer shows what, given the store; also says which deferred layers it needs loaded. */
export function highlightFilters(state: AppState): { filters: Partial<Record<MapLayerId, FilterSpecification>>; needs: LayerId[] } {
  const selected = state.proposals.find((p) => p.id === state.selectedId && !p.hidden);
  const result = selected ? state.results[selected.id]?.result : undefined;
  const built = selected?.builtFrom;
  const cut = result?.population.cutUnits.map((u) => u.code) ?? [];
  const services = result ? Object.values(result.services.byType).flatMap((t) => t?.inside.map((s) => s.id) ?? []) : [];
  const bids = result?.bids?.map((b) => b.id) ?? [];
  const needs: LayerId[] = [];
  if (cut.length > 0 || built?.layer === 'lsoa') needs.push('lsoa');
  if (built?.layer === 'wards') needs.push('wards');
  return {
    filters: {
      'highlight-cut-lsoa': byProperty('code', cut),
      'highlight-units': byProperty('code', built?.layer === 'wards' ? built.codes : []),
      'highlight-units-lsoa': byProperty('code', built?.layer === 'lsoa' ? built.codes : []),
      'highlight-services': byProperty('id', services),
      'highlight-bids': byProperty('id', bids),
    },
    needs,
  };
}

export function applyHighlights(map: MapLibreMap, filters: Partial<Record<MapLayerId, FilterSpecification>>): void {
  for (const [id, filter] of Object.entries(filters)) {
    if (map.getLayer(id)) map.setFilter(id, filter);
  }
}
