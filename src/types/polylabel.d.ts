// polylabel ships no types. Its one export: the pole of inaccessibility of a polygon (rings of
// [x, y]), i.e. the interior point farthest from any edge, with that distance in input units.
declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
