/**
 * manifest.json per layer: counts, hashes and provenance. A layer's title, source, licence,
 * attribution and vintage come from its source files' sidecars when they have them (the 2022 wards
 * credit ONS, not the 2013 packaging), else from the built-in credits.
 */
import { createHash } from 'node:crypto';
import { LAYER_FILES, type LayerId, type LayerManifest, type Provenance, type ServiceKindManifest, type ServiceType } from '../../src/data/schema';
import { LAYER_CREDITS } from './credits';

export interface LayerOutput {
  count: number;
  json: string;
  /** Provenance of each source file that built the layer (one for most layers). */
  provenance: Provenance[];
  /** Used when the layer has several sources (services): its own summary vintage. */
  vintage?: string;
  notes?: string[];
  countsByType?: Partial<Record<ServiceType, number>>;
  kinds?: Partial<Record<ServiceType, ServiceKindManifest>>;
}

const distinct = (values: string[]) => [...new Set(values.filter(Boolean))];

export function manifestLayers(
  outputs: Partial<Record<LayerId, LayerOutput>>,
  warnings: Partial<Record<LayerId, string[]>>,
): Record<LayerId, LayerManifest> {
  const entries = (Object.keys(LAYER_FILES) as LayerId[]).map((id): [LayerId, LayerManifest] => {
    const credit = LAYER_CREDITS[id];
    const output = outputs[id];
    const layerWarnings = warnings[id]?.length ? { warnings: warnings[id] } : {};
    if (!output) {
      return [id, { status: 'missing', title: credit.title, reason: `${credit.title} are not in the data folder yet.`, howToAdd: credit.howToAdd, ...layerWarnings }];
    }
    const sources = output.provenance;
    const single = sources.length === 1 ? sources[0] : undefined;
    const partial = sources.filter((p) => !p.complete);
    const coverage = single?.coverage ?? (partial.length > 0 ? partial.map((p) => `${p.title}: ${p.coverage ?? 'partial'}`).join(' ') : null);
    return [
      id,
      {
        status: 'present',
        file: LAYER_FILES[id],
        count: output.count,
        bytes: Buffer.byteLength(output.json),
        sha256: createHash('sha256').update(output.json).digest('hex'),
        title: single?.from === 'sidecar' ? single.title : credit.title,
        vintage: output.vintage ?? single?.vintage ?? distinct(sources.map((p) => p.vintage)).join('; '),
        source: single?.source ?? distinct(sources.map((p) => `${p.title}: ${p.source}`)).join('; '),
        licence: single?.licence ?? distinct(sources.map((p) => p.licence)).join('; '),
        attribution: single?.attribution ?? distinct(sources.map((p) => p.attribution)).join(' '),
        complete: partial.length === 0,
        ...(coverage ? { coverage } : {}),
        sources,
        ...(output.countsByType ? { countsByType: output.countsByType } : {}),
        ...(output.kinds ? { kinds: output.kinds } : {}),
        ...(output.notes ? { notes: output.notes } : {}),
        ...layerWarnings,
      },
    ];
  });
  return Object.fromEntries(entries) as Record<LayerId, LayerManifest>;
}
