
/**
 * Elements that float over the map carry this attribute (the layer panel, the drawing toolbar, a
 * phone layout's bottom sheet...); MapLibre's controls count too. Camera fits keep clear of them, measured from the DOM each time,
 * so the padding follows whatever layout is on screen.
 */
export const COVERS_MAP_ATTRIBUTE = 'data-covers-map';

/** Space (px) kept between a fitted shape and the map's edge or a panel. */
export const FIT_MARGIN_PX = 24;
/** The uncovered part must keep at least this much room (px) each way, or the panels are ignored. */
const MIN_VIEW_PX = 120;

/** Camera padding in CSS px, as MapLibre's `Padding` with every side set. */
export interface Padding {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Camera padding (CSS px) for a map whose box is `map`, with panels `covers` over it (page
 * coordinates): each panel is pushed to the one side where keeping clear of it costs the least map
 * area (a tall panel on the left → left padding; a toolbar strip along the top → top padding; a
 * wide panel low on a phone → bottom padding). Pure, for
 * unit tests; `fitPadding` measures the DOM.
 */
export function paddingFor(map: Rect, covers: readonly Rect[], margin = FIT_MARGIN_PX): Padding {
  const pad = { left: 0, top: 0, right: 0, bottom: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const r of covers) {
    const left = Math.max(r.left, map.left);
    const right = Math.min(r.right, map.right);
    const top = Math.max(r.top, map.top);
    const bottom = Math.min(r.bottom, map.bottom);
    if (right <= left || bottom <= top) continue; // not over the map
    // [side, depth (px), map area that padding would give up (px²)]: a side's depth costs the
    // map's full height (left/right) or width (top/bottom). Compared by area, a full-width panel
    // above a phone's sheet goes to the bottom, not to a side it spans almost wholly.
    const options: [keyof typeof pad, number, number][] = [
      ['left', right - map.left, (right - map.left) * height],
      ['right', map.right - left, (map.right - left) * height],
      ['top', bottom - map.top, (bottom - map.top) * width],
      ['bottom', map.bottom - top, (map.bottom - top) * width],
    ];
    const [side, depth] = options.reduce((best, o) => (o[2] < best[2] ? o : best));
    pad[side] = Math.max(pad[side], depth);
  }
  // Panels covering nearly all the map (a phone with a sheet pulled up): fit to the whole map instead
  // of into a sliver.
  if (width - pad.left - pad.right - 2 * margin < MIN_VIEW_PX) pad.left = pad.right = 0;
  if (height - pad.top - pad.bottom - 2 * margin < MIN_VIEW_PX) pad.top = pad.bottom = 0;
  return { left: pad.left + margin, top: pad.top + margin, right: pad.right + margin, bottom: pad.bottom + margin };
}

/** Padding for a camera fit on the map in `container`, clear of every visible panel marked as covering it. */
export function fitPadding(container: HTMLElement, margin = FIT_MARGIN_PX): Padding {
  const map = container.getBoundingClientRect();
  // Our panels, plus MapLibre's own controls in the map's corners (the attribution runs along the bottom).
  const covers = [...Array.from(document.querySelectorAll<HTMLElement>(`[${COVERS_MAP_ATTRIBUTE}]`)), ...Array.from(container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'))]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => el.getBoundingClientRect());
  return paddingFor(map, covers, margin);
}

/** The uncovered part of the map (container px): a shape wholly inside it needs no camera move. */
export function uncoveredBox(container: HTMLElement): Rect {
  const p = fitPadding(container, 0);
  return { left: p.left, top: p.top, right: container.clientWidth - p.right, bottom: container.clientHeight - p.bottom };
}
