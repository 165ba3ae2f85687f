/**
 * The one registry of public-service kinds: what the pipeline accepts as a `category`, what the
 * analysis groups by, how the map paints each kind and what the UI calls it. Adding a kind is one
 * entry here. Pure constants: imported by node scripts, the worker, the map and React alike.
 *
 * `symbol` is the short text drawn on each point from ICON_FROM_ZOOM (rendered from local fonts,
 * no glyph server); colours are distinct from each other and from the orange density ramp.
 */
export interface ServiceKindInfo {
  /** One of them, in a sentence: "GP surgery". */
  label: string;
  /** Several, as a heading: "GP surgeries". */
  plural: string;
  /** Fill colour of the point on the map and its legend swatch. */
  colour: string;
  /** One to two characters drawn on the point when zoomed in. */
  symbol: string;
}

export const SERVICE_KINDS = {
  library: { label: 'Library', plural: 'Libraries', colour: '#6a3d9a', symbol: 'L' },
  school: { label: 'School', plural: 'Schools', colour: '#1f78b4', symbol: 'S' },
  gp: { label: 'GP surgery', plural: 'GP surgeries', colour: '#e31a1c', symbol: 'GP' },
  pharmacy: { label: 'Pharmacy', plural: 'Pharmacies', colour: '#c51b7d', symbol: 'Rx' },
  dentist: { label: 'Dentist', plural: 'Dentists', colour: '#7570b3', symbol: 'D' },
  hospital: { label: 'Hospital', plural: 'Hospitals', colour: '#99000d', symbol: 'H' },
  'health-centre': { label: 'Clinic or health centre', plural: 'Clinics and health centres', colour: '#f768a1', symbol: 'C' },
  'community-centre': { label: 'Community centre', plural: 'Community centres', colour: '#33a02c', symbol: 'CC' },
  police: { label: 'Police station', plural: 'Police stations', colour: '#08306b', symbol: 'P' },
  fire: { label: 'Fire station', plural: 'Fire stations', colour: '#b15928', symbol: 'F' },
  leisure: { label: 'Leisure centre', plural: 'Leisure centres', colour: '#ff7f00', symbol: 'LC' },
  park: { label: 'Park', plural: 'Parks', colour: '#4d9221', symbol: 'Pk' },
  'place-of-worship': { label: 'Place of worship', plural: 'Places of worship', colour: '#8c6d31', symbol: 'W' },
} as const satisfies Record<string, ServiceKindInfo>;

export type ServiceType = keyof typeof SERVICE_KINDS;

/** Every kind, in registry order (the order panels list them in). */
export const SERVICE_TYPE_IDS = Object.keys(SERVICE_KINDS) as ServiceType[];

export function isServiceType(value: unknown): value is ServiceType {
  return typeof value === 'string' && Object.hasOwn(SERVICE_KINDS, value);
}
