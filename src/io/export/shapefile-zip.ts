/**
 * Polygon features → a zipped Shapefile (.shp, .shx, .dbf, .prj) with @mapbox/shp-write.
 *
 * Two fixes around the library: every shape is written as a MultiPolygon (it would write Polygons
 * and MultiPolygons to two files both named POLYGON.*, one overwriting the other), and rings are
 * rewound to the Shapefile rule (outer rings clockwise, holes anticlockwise: the reverse of RFC 7946),
 * without which readers such as shpjs take outer rings for holes. dBASE field names are ≤ 10 characters,
 * so callers pass short attribute names.
 */
import { zip } from '@mapbox/shp-write';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { AreaGeometry } from '../../data/schema';

/** ESRI WKT of WGS84 lon/lat (EPSG:4326), the .prj for WGS84 exports. */
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

/** ESRI WKT of British National Grid (EPSG:27700) as GIS tools write it, with the OSGB36 → WGS84 shift. */
export const BNG_PRJ =
  'PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646],' +
  'TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000],PARAMETER["False_Northing",-100000],' +
  'PARAMETER["Central_Meridian",-2],PARAMETER["Scale_Factor",0.9996012717],PARAMETER["Latitude_Of_Origin",49],UNIT["Meter",1]]';

export type ShapefileValue = string | number | null;

export async function featuresToShapefileZip<P extends Record<string, ShapefileValue>>(
  features: readonly Feature<AreaGeometry, P>[],
  options: { prj?: string; layerName?: string } = {},
): Promise<Uint8Array> {
  const multi: Feature<MultiPolygon, P>[] = features.map((f) => {
    const wound = rewind(f.geometry, { reverse: true, mutate: false }) as AreaGeometry;
    const geometry: MultiPolygon = wound.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [wound.coordinates] } : wound;
    return { type: 'Feature', properties: f.properties, geometry };
  });
  const collection: FeatureCollection<MultiPolygon, P> = { type: 'FeatureCollection', features: multi };
  const name = options.layerName ?? 'proposals';
  return zip<'uint8array'>(collection, {
    outputType: 'uint8array',
    compression: 'DEFLATE',
    prj: options.prj ?? WGS84_PRJ,
    types: { polygon: name, multipolygon: name },
  });
}
