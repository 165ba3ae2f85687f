/**
 * Proposals → KML 2.2 (WGS84 lon/lat, full precision so a re-import gives the same figures), one
 * Placemark each with its colour as the style and its figures as ExtendedData (which GIS tools and
 * Google Earth show, and which our importer reads back as attributes).
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../../data/schema';
import type { ProposalAttributes } from './proposal-attributes';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** KML colours are aabbggrr hex. */
const kmlColour = (hex: string, alpha: string) => `${alpha}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`.toLowerCase();

const ring = (r: Position[]) => `<LinearRing><coordinates>${r.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates></LinearRing>`;
const polygon = (rings: Position[][]) =>
  `<Polygon><outerBoundaryIs>${ring(rings[0] ?? [])}</outerBoundaryIs>${rings
    .slice(1)
    .map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`)
    .join('')}</Polygon>`;
const geometryKml = (g: AreaGeometry) => (g.type === 'Polygon' ? polygon(g.coordinates) : `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`);

export function toKml(items: readonly { geometry: AreaGeometry; attributes: ProposalAttributes }[], title = 'London District Mapper proposals'): string {
  const placemarks = items.map(({ geometry, attributes: a }, i) => {
    const data = Object.entries(a)
      .filter(([k]) => k !== 'name')
      .map(([k, v]) => `<Data name="${escapeXml(k)}"><value>${escapeXml(v === null ? '' : String(v))}</value></Data>`)
      .join('');
    return [
      `<Style id="s${i}"><LineStyle><color>${kmlColour(a.colour, 'ff')}</color><width>2</width></LineStyle><PolyStyle><color>${kmlColour(a.colour, '55')}</color></PolyStyle></Style>`,
      `<Placemark><name>${escapeXml(a.name)}</name><styleUrl>#s${i}</styleUrl><ExtendedData>${data}</ExtendedData>${geometryKml(geometry)}</Placemark>`,
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${escapeXml(title)}</name>\n${placemarks.join('\n')}\n</Document></kml>\n`;
}
