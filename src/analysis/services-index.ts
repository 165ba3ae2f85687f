/**
 * Service points (libraries, schools, ...) indexed by type. EPSG:4326.
 */
import Flatbush from 'flatbush';
import type { ServiceFeature, ServiceProps, ServiceType } from '../data/schema';

export interface ServiceIndex {
  props: ServiceProps[];
  x: Float64Array;
  y: Float64Array;
  /** Feature indexes of each type present, ascending. */
  byType: Map<ServiceType, number[]>;
  /** Per type, a flatbush over its points: item k is feature byType.get(type)[k]. */
  typeIndex: Map<ServiceType, Flatbush>;
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
  // One index per type, so a query visits only the points of the type it answers for.
  const typeIndex = new Map<ServiceType, Flatbush>();
  for (const [type, members] of byType) {
    const index = new Flatbush(members.length);
    for (const i of members) index.add(x[i] as number, y[i] as number, x[i] as number, y[i] as number);
    index.finish();
    typeIndex.set(type, index);
  }
  return { props, x, y, byType, typeIndex };
}
