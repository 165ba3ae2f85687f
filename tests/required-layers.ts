/**
 * Each test file states the data layers it reads. A needed layer that the built data lacks (or has in
 * another vintage) fails the file with a message naming the layer, the data folder's own reason and
 * the fix; nothing is skipped.
 */
import type { LayerId, Manifest } from '../src/data/schema';

/** Layer id → true (must be present) or a vintage the layer must state (substring, e.g. '2022'). */
export type LayerNeeds = Partial<Record<LayerId, true | string>>;

export function missingLayers(manifest: Pick<Manifest, 'layers'>, needs: LayerNeeds): string[] {
  const problems: string[] = [];
  for (const [id, need] of Object.entries(needs) as [LayerId, true | string][]) {
    const layer = manifest.layers[id];
    if (!layer) problems.push(`${id}: not in the manifest at all`);
    else if (layer.status !== 'present') problems.push(`${id}: missing (${layer.reason})`);
    else if (typeof need === 'string' && !layer.vintage.includes(need)) problems.push(`${id}: vintage "${layer.vintage}", this test needs "${need}"`);
  }
  return problems;
}

/** Throws when a needed layer is absent, naming the test file, the layers and the fix. */
export function requireLayers(data: { manifest: Pick<Manifest, 'layers'> }, needs: LayerNeeds, testFile: string): void {
  const problems = missingLayers(data.manifest, needs);
  if (problems.length > 0) {
    throw new Error(
      `${testFile} needs data layers the built data does not have:\n  ${problems.join('\n  ')}\n` +
        'Build the data from the full source folder (npm run data; the test run does this when public/data is stale).',
    );
  }
}
