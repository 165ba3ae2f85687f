/**
 * Service points (libraries, schools, ...) indexed by type. EPSG:4326.
 */
import Flatbush from 'flatbush';
import type { ServiceFeature, ServiceProps, ServiceType } from '../data/schema';

export interface ServiceIndex {
  props: ServiceProps[];
  x: Float64Array;
  y: Float64Array;
  /** Feature indexes of each type present. */
  byType: Map<ServiceType, number[]>;
  index: Flatbush | null;
}

export function prepareServices(features: readonly ServiceFeature[]): ServiceIndex {
  const props = features.map((f) => f.properties);
  const x = Float64Array.from(features, (f) => f.geometry.coordinates[0] as number);
  const y = Float64Array.from(features, (f) => f.geometry.coordinates[1] as number);
  const byType = new Map<ServiceType, number[]>();
  props.forEach((p, i) => {
    const list = byType.get(p.type) ?? [];
    list.push(i);
    byType.set(p.type, list);
  });
  let index: Flatbush | null = null;
  if (features.length > 0) {
    index = new Flatbush(features.length);
    for (let i = 0; i < features.length; i++) index.add(x[i] as number, y[i] as number, x[i] as number, y[i] as number);
    index.finish();
  }
  return { props, x, y, byType, index };
}
