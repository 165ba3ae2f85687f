// shpjs ships no types. It parses a zipped shapefile (reprojecting with its .prj when present) to
// GeoJSON: one FeatureCollection, or an array when the zip holds several layers.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  export default function shp(input: ArrayBuffer | Uint8Array | string): Promise<FeatureCollection | FeatureCollection[]>;
}
