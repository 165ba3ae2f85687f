// geojson-validation ships no types. Only the call this project uses is declared: with `trace`
// true, `valid` returns the list of problems found (empty when the object is valid GeoJSON).
declare module 'geojson-validation' {
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
}
