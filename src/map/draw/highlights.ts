import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { AppState } from '../../state/store';
import type { MapLayerSpec } from '../layers/types';
import { beforeIdFor, type MapLayerId } from '../zorder';

/** Matches nothing: the built-from layers exist from the start and are re-filtered, never re-added. */
const NONE: FilterSpecification = ['==', ['get', 'code'], '\u0000'];

const byProperty = (property: string, values: readonly string[]): FilterSpecification =>
  values.length === 0 ? NONE : ['in', ['get', property], ['literal', [...values]]];

/** Feature-state key each state-driven highlight layer reads (on its source's promoted id). */
const STATE_KEY = 'highlight';
const lit: ExpressionSpecification = ['boolean', ['feature-state', STATE_KEY], false];

/**
 * Highlights for the selected proposal. What changes during a vertex drag (cut LSOAs, services
 * inside, BIDs touched) is shown by feature-state on the source's promoted id: a change repaints
 * only the features concerned. A filter change instead makes MapLibre re-tile the whole source in
 * its worker and re-upload every tile (for LSOAs: re-triangulating ~5,000 polygons) on each result.
 * The units a proposal was built from change only on a click, so they keep a filter, which draws
 * nothing for the features left out (an opacity-0 fill over every ward would still be rasterised
 * every frame, which a software renderer pays for).
 */
const HIGHLIGHTS: { layer: LayerId; spec: MapLayerSpec }[] = [
  {
    layer: 'lsoa',
    spec: {
      id: 'highlight-cut-lsoa',
      type: 'line',
      source: 'lsoa',
      paint: { 'line-color': '#d84315', 'line-width': ['case', lit, 2, 0], 'line-opacity': ['case', lit, 1, 0], 'line-dasharray': [2, 1] },
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
    spec: { id: 'highlight-bids', type: 'line', source: 'bids', paint: { 'line-color': '#004d40', 'line-width': ['case', lit, 3, 0], 'line-opacity': ['case', lit, 1, 0] } },
  },
  {
    layer: 'services',
    spec: {
      id: 'highlight-services',
      type: 'circle',
      source: 'services',
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#111111',
        'circle-stroke-width': ['case', lit, 2.5, 0],
        'circle-stroke-opacity': ['case', lit, 1, 0],
      },
    },
  },
];

/** Which source each feature-state highlight lights its features on. */
const STATE_SOURCES = { 'highlight-cut-lsoa': 'lsoa', 'highlight-services': 'services', 'highlight-bids': 'bids' } as const satisfies Partial<
  Record<MapLayerId, LayerId>
>;
type StateLayer = keyof typeof STATE_SOURCES;

export function addHighlightLayers(map: MapLibreMap): void {
  for (const { spec } of HIGHLIGHTS) {
    if (!('source' in spec) || typeof spec.source !== 'string' || !map.getSource(spec.source)) continue;
    map.addLayer(spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
  }
}

export interface Highlights {
  /** Filters for the built-from layers. */
  filters: Partial<Record<MapLayerId, FilterSpecification>>;
  /** Ids (the source's promoted id) lit through feature-state, per highlight layer. */
  lit: Record<StateLayer, string[]>;
  /** Deferred layers that must be loaded to show these. */
  needs: LayerId[];
}

/** What each highlight layer shows, given the store; also says which deferred layers it needs loaded. */
export function highlightFilters(state: AppState): Highlights {
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
      'highlight-units': byProperty('code', built?.layer === 'wards' ? built.codes : []),
      'highlight-units-lsoa': byProperty('code', built?.layer === 'lsoa' ? built.codes : []),
    },
    lit: { 'highlight-cut-lsoa': cut, 'highlight-services': services, 'highlight-bids': bids },
    needs,
  };
}

/**
 * Applies highlights to the map, changing feature-state only for ids that came or went since the
 * last call (`shown` holds what is lit now, per layer, and is updated).
 */
export function applyHighlights(map: MapLibreMap, highlights: Pick<Highlights, 'filters' | 'lit'>, shown: Map<StateLayer, Set<string>>, filtersChanged: boolean): void {
  if (filtersChanged) {
    for (const [id, filter] of Object.entries(highlights.filters)) {
      if (map.getLayer(id)) map.setFilter(id, filter);
    }
  }
  for (const layer of Object.keys(STATE_SOURCES) as StateLayer[]) {
    const source = STATE_SOURCES[layer];
    if (!map.getSource(source)) continue;
    const before = shown.get(layer) ?? new Set<string>();
    const now = new Set(highlights.lit[layer]);
    for (const id of before) if (!now.has(id)) map.setFeatureState({ source, id }, { [STATE_KEY]: false });
    for (const id of now) if (!before.has(id)) map.setFeatureState({ source, id }, { [STATE_KEY]: true });
    shown.set(layer, now);
  }
}
