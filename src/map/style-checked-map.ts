import {
  Map as MapLibreMap,
  type AddLayerObject,
  type AllLayoutProperties,
  type AllPaintProperties,
  type CanvasSourceSpecification,
  type FilterSpecification,
  type SourceSpecification,
  type StyleSetterOptions,
} from 'maplibre-gl';

/**
 * Whether style edits are checked against the style spec at run time: in development and in the
 * browser-test build (whose tests draw every layer), not in production. Our layers are typed
 * against the spec at compile time.
 */
export const CHECK_STYLE_EDITS = import.meta.env.DEV || import.meta.env.VITE_E2E === '1';

const EDIT_OPTIONS: StyleSetterOptions = { validate: CHECK_STYLE_EDITS };

/**
 * MapLibre's map, whose style edits (addLayer, addSource, setFilter, set…Property) follow
 * CHECK_STYLE_EDITS. Why: MapLibre checks each edit, serialising the whole style to do so, unless
 * that call passes `validate: false`; the map's `validateStyle` option covers only the initial
 * style. A CPU profile of the throttled phone's first view put ~300 of the ~620 ms spent adding our
 * ~50 layers and sources in that check (each check serialises every layer added before it).
 * Terra-draw's adapter edits the style through the same methods, so it is covered too.
 */
export class StyleCheckedMap extends MapLibreMap {
  override addLayer(layer: AddLayerObject, beforeId?: string): this {
    if (CHECK_STYLE_EDITS) return super.addLayer(layer, beforeId);
    this._lazyInitEmptyStyle();
    this.style.addLayer(layer, beforeId, EDIT_OPTIONS);
    return this._update(true);
  }

  override addSource(id: string, source: SourceSpecification | CanvasSourceSpecification): this {
    if (CHECK_STYLE_EDITS) return super.addSource(id, source);
    this._lazyInitEmptyStyle();
    this.style.addSource(id, source, EDIT_OPTIONS);
    return this._update(true);
  }

  override setFilter(layerId: string, filter?: FilterSpecification | null, options?: StyleSetterOptions): this {
    return super.setFilter(layerId, filter, { ...EDIT_OPTIONS, ...options });
  }

  override setPaintProperty<K extends keyof AllPaintProperties>(layerId: string, name: K, value: AllPaintProperties[K], options?: StyleSetterOptions): this {
    return super.setPaintProperty(layerId, name, value, { ...EDIT_OPTIONS, ...options });
  }

  override setLayoutProperty<K extends keyof AllLayoutProperties>(layerId: string, name: K, value: AllLayoutProperties[K], options?: StyleSetterOptions): this {
    return super.setLayoutProperty(layerId, name, value, { ...EDIT_OPTIONS, ...options });
  }
}
