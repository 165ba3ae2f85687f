// A minimal ESRI shapefile writer (polygons, type 5; text fields) for the fake London Datastore and GLA
// zips. It re-encodes the bundle's real boundaries in the wire format the real zips use, in British
// National Grid metres with an OSGB 1936 .prj, as those publishers ship them.
import proj4 from 'proj4';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { BNG_PROJ4 } from '../../../../scripts/pipeline/coordinates';

const toBng = proj4('EPSG:4326', BNG_PROJ4);

/** The .prj the London Datastore and GLA shapefiles carry (ESRI WKT of EPSG:27700). */
export const BNG_PRJ =
  'PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],' +
  'PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],' +
  'PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]';

export const lonLatToBng = (p: Position): [number, number] => {
  const [e, n] = toBng.forward([p[0] ?? 0, p[1] ?? 0]);
  return [Math.round((e ?? 0) * 100) / 100, Math.round((n ?? 0) * 100) / 100];
};

/** Twice the signed area (shoelace); > 0 is counter-clockwise in x/y. */
const signedArea = (ring: readonly [number, number][]) => ring.reduce((sum, [x1, y1], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length] ?? [x1, y1];
  return sum + (x1 * y2 - x2 * y1);
}, 0);

/** Shapefile rings: outer rings clockwise, holes counter-clockwise (the reverse of RFC 7946 GeoJSON). */
function shapefileRings(geometry: Polygon | MultiPolygon): [number, number][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) =>
    polygon.map((ring, index) => {
      const projected = ring.map(lonLatToBng);
      const clockwise = signedArea(projected) < 0;
      return (index === 0) === clockwise ? projected : projected.reverse();
    }),
  );
}

export interface ShapefileParts {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
  prj: Uint8Array;
  cpg: Uint8Array;
}

/** Polygons with text attributes (`fields`, in order) as .shp/.shx/.dbf/.prj/.cpg (UTF-8). */
export function writeShapefile(features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[], fields: string[]): ShapefileParts {
  const records = features.map((f) => {
    const rings = shapefileRings(f.geometry);
    const points = rings.flat();
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { rings, points, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
  });
  const contentBytes = records.map((r) => 44 + 4 * r.rings.length + 16 * r.points.length);
  const shpLength = 100 + contentBytes.reduce((sum, c) => sum + 8 + c, 0);
  const shp = new DataView(new ArrayBuffer(shpLength));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  const all = records.map((r) => r.bbox);
  const bbox = [Math.min(...all.map((b) => b[0])), Math.min(...all.map((b) => b[1])), Math.max(...all.map((b) => b[2])), Math.max(...all.map((b) => b[3]))];
  for (const [view, bytes] of [[shp, shpLength], [shx, 100 + 8 * records.length]] as const) {
    view.setInt32(0, 9994, false);
    view.setInt32(24, bytes / 2, false);
    view.setInt32(28, 1000, true);
    view.setInt32(32, 5, true);
    bbox.forEach((value, i) => view.setFloat64(36 + 8 * i, value, true));
  }
  let at = 100;
  records.forEach((record, index) => {
    const content = contentBytes[index] ?? 0;
    shx.setInt32(100 + 8 * index, at / 2, false);
    shx.setInt32(104 + 8 * index, content / 2, false);
    shp.setInt32(at, index + 1, false);
    shp.setInt32(at + 4, content / 2, false);
    let p = at + 8;
    shp.setInt32(p, 5, true);
    record.bbox.forEach((value, i) => shp.setFloat64(p + 4 + 8 * i, value, true));
    shp.setInt32(p + 36, record.rings.length, true);
    shp.setInt32(p + 40, record.points.length, true);
    p += 44;
    let start = 0;
    for (const ring of record.rings) {
      shp.setInt32(p, start, true);
      p += 4;
      start += ring.length;
    }
    for (const [x, y] of record.points) {
      shp.setFloat64(p, x, true);
      shp.setFloat64(p + 8, y, true);
      p += 16;
    }
    at += 8 + content;
  });
  const encoder = new TextEncoder();
  const values = features.map((f) => fields.map((field) => encoder.encode(f.properties[field] == null ? '' : String(f.properties[field]))));
  const widths = fields.map((_, i) => Math.max(1, ...values.map((row) => row[i]?.length ?? 0)));
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const dbf = new Uint8Array(headerLength + recordLength * features.length + 1);
  const dbfView = new DataView(dbf.buffer);
  dbf[0] = 0x03;
  dbf.set([124, 11, 30], 1); // last update 2024-11-30
  dbfView.setUint32(4, features.length, true);
  dbfView.setUint16(8, headerLength, true);
  dbfView.setUint16(10, recordLength, true);
  fields.forEach((field, i) => {
    const base = 32 + 32 * i;
    dbf.set(encoder.encode(field.slice(0, 10)), base);
    dbf[base + 11] = 'C'.charCodeAt(0);
    dbf[base + 16] = widths[i] ?? 1;
  });
  dbf[headerLength - 1] = 0x0d;
  values.forEach((row, r) => {
    let p = headerLength + r * recordLength;
    dbf[p] = 0x20;
    p += 1;
    row.forEach((value, i) => {
      dbf.fill(0x20, p, p + (widths[i] ?? 1));
      dbf.set(value, p);
      p += widths[i] ?? 1;
    });
  });
  dbf[dbf.length - 1] = 0x1a;
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer), dbf, prj: encoder.encode(BNG_PRJ), cpg: encoder.encode('UTF-8') };
}
