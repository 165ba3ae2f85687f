/**
 * GeoJSON export of every proposal (RFC 7946: WGS84 lon/lat, EPSG:4326), with its name, type,
 * colour and notes, and — where the analysis has finished — its headline figures, so the file is
 * useful in a GIS without this app.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../data/schema';
import type { Proposal } from '../state/proposals-slice';
import type { ResultEntry } from '../state/results-slice';
import { downloadBlob } from './export/download';

export interface ExportedProperties {
  id: string;
  name: string;
  kind: Proposal['kind'];
  colour: string;
  notes: string;
  hidden: boolean;
  builtFromLayer: string | null;
  builtFromCodes: string[] | null;
  /** Figures of the current shape only (null while an analysis is pending or failed). */
  areaHa: number | null;
  population: number | null;
  populationLow: number | null;
  populationHigh: number | null;
  households: number | null;
  electorate: number | null;
}

export function proposalsToGeoJson(
  proposals: readonly Proposal[],
  results: Readonly<Record<string, ResultEntry>> = {},
): FeatureCollection<AreaGeometry, ExportedProperties> {
  const features: Feature<AreaGeometry, ExportedProperties>[] = proposals.flatMap((p) => {
    if (!p.geometry) return [];
    const entry = results[p.id];
    const r = entry?.status === 'ready' ? entry.result : null;
    return [
      {
        type: 'Feature',
        id: p.id,
        geometry: p.geometry,
        properties: {
          id: p.id,
          name: p.name,
          kind: p.kind,
          colour: p.colour,
          notes: p.notes,
          hidden: p.hidden,
          builtFromLayer: p.builtFrom?.layer ?? null,
          builtFromCodes: p.builtFrom?.codes ?? null,
          areaHa: r ? r.areaHa : null,
          population: r ? r.population.estimate : null,
          populationLow: r ? r.population.low : null,
          populationHigh: r ? r.population.high : null,
          households: r ? r.population.households : null,
          electorate: r ? r.electorate.estimate : null,
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

/** Offers `data` to the user as a JSON file download (browser only). */
export function downloadJson(data: unknown, fileName: string, mime = 'application/geo+json'): void {
  downloadBlob(JSON.stringify(data, null, 2), fileName, mime);
}
