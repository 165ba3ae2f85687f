/**
 * Read an input file for the analyse CLI with the app's own importer (src/io/import), so the CLI and
 * the browser read a file identically: GeoJSON (WGS84 or British National Grid, detected or declared
 * in `crs`), KML/KMZ and zipped Shapefiles with a .prj. Every polygon feature becomes a ProposalInput;
 * anything unreadable throws a CliInputError with the importer's message for the user.
 */
import type { ProposalInput } from '../../src/analysis/types';
import { importFile } from '../../src/io/import/import-file';

export class CliInputError extends Error {}

export interface CliInput {
  proposals: ProposalInput[];
  notes: string[];
}

/** @param input file contents (text or bytes); @param fileName names the file in messages and picks the reader. */
export async function readCliInput(input: string | Uint8Array, fileName = 'input.geojson'): Promise<CliInput> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const read = await importFile(fileName, bytes, { allowLargeFile: true });
  if (!read.ok) throw new CliInputError(read.message);
  const field = read.ownExport ? 'name' : read.suggestedNameField;
  const proposals = read.features.map((f, n): ProposalInput => {
    const props = f.properties;
    const label = (field ? props[field] : undefined) ?? props.id;
    return {
      id: props.id ?? `feature-${f.index + 1}`,
      name: label ?? `Feature ${n + 1}`,
      kind: props.kind === 'cid' ? 'cid' : 'parish',
      geometry: f.geometry,
    };
  });
  return { proposals, notes: [...read.notes, ...read.skipped] };
}
