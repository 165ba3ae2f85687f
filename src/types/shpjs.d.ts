// shpjs ships no types. It parses a zipped shapefile (reprojecting with its .prj when present) to
// GeoJSON: one FeatureCollection, or an array when the zip holds several layers. parseShp/parseDbf read
// one layer's .shp (geometries, reprojected only when a .prj is passed) and .dbf (attribute rows).
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  export default function shp(input: ArrayBuffer | Uint8Array | string): Promise<FeatureCollection | FeatureCollection[]>;
  export function parseShp(shp: ArrayBuffer | Uint8Array | DataView, prj?: string): Geometry[];
  export function parseDbf(dbf: ArrayBuffer | Uint8Array | DataView, cpg?: string): Record<string, unknown>[];
}
