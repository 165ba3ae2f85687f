import type { LayerId, Manifest, ServiceType } from '../data/schema';
import { SERVICE_KINDS } from '../data/service-kinds';
import { formatVintage, shortSource } from '../data/vintage';

/** "GP surgeries: NHS Choices data extracts, February 2014": where a kind's figures come from. */
export function serviceKindSource(manifest: Manifest | null, kind: ServiceType): string | null {
  const layer = manifest?.layers.services;
  const entry = layer?.status === 'present' ? layer.kinds?.[kind] : undefined;
  if (!entry) return null;
  return `${SERVICE_KINDS[kind].plural}: ${shortSource(entry.source)}, ${formatVintage(entry.vintage)}`;
}

/** The vintage of one service kind as people read it ("February 2014"), or null. */
export function serviceKindVintage(manifest: Manifest | null, kind: ServiceType): string | null {
  const layer = manifest?.layers.services;
  const entry = layer?.status === 'present' ? layer.kinds?.[kind] : undefined;
  return entry ? formatVintage(entry.vintage) : null;
}

/** The coverage sentence of a layer whose data is partial ("7 of the 76 GLA BIDs: …"), else null. */
export function partialCoverage(manifest: Manifest | null, layer: LayerId): string | null {
  const entry = manifest?.layers[layer];
  if (!entry || entry.status !== 'present' || entry.complete !== false) return null;
  return entry.coverage ?? 'This layer covers only part of London.';
}
