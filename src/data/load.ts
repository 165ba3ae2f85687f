/**
 * Load and validate public/data per manifest.json into AppData (see schema.ts).
 *
 * The reader is injected so the same code runs in the worker (fetch) and in node (fs, see
 * scripts/lib/load-data.ts). Required layers must be present; optional ones are null when the
 * manifest says 'missing'. Any problem throws an Error that names the file.
 */
import type { AppData, LayerId, LsoaCollection, Manifest, OaTable } from './schema';
import { LAYER_FILES, REQUIRED_LAYERS } from './schema';
import { checkGeoJsonLayer, checkOaTable } from './validate-layer';

/** Returns the file's text, or null when it does not exist. */
export type ReadText = (file: string) => Promise<string | null>;

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`data/${file} ${detail}`);
    this.name = 'DataLoadError';
  }
}

async function readJson(readText: ReadText, file: string): Promise<unknown> {
  const text = await readText(file);
  if (text === null) throw new DataLoadError(file, 'is missing: run "npm run data" to build public/data.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError(file, `is not valid JSON (${(error as Error).message}).`);
  }
}

function checkManifest(json: unknown): Manifest {
  const m = json as Partial<Manifest>;
  if (m?.schemaVersion !== 1 || typeof m.layers !== 'object' || m.layers === null || typeof m.totals !== 'object') {
    throw new DataLoadError('manifest.json', 'is not a version 1 manifest: rebuild with "npm run data".');
  }
  return m as Manifest;
}

export async function loadAppData(readText: ReadText): Promise<AppData> {
  const manifest = checkManifest(await readJson(readText, 'manifest.json'));
  const isRequired = (layer: LayerId) => (REQUIRED_LAYERS as readonly LayerId[]).includes(layer);

  const loadLayer = async (layer: Exclude<LayerId, 'oa'>): Promise<unknown> => {
    const entry = manifest.layers[layer];
    const file = LAYER_FILES[layer];
    if (!entry || entry.status !== 'present') {
      if (isRequired(layer)) throw new DataLoadError(file, 'is marked missing in manifest.json but the app needs it.');
      return null;
    }
    const json = await readJson(readText, file);
    const problem = checkGeoJsonLayer(layer, json);
    if (problem) throw new DataLoadError(file, problem);
    return json;
  };

  const [boroughs, wards, lsoa, london, msoa, services, bids, parishes] = await Promise.all(
    (['boroughs', 'wards', 'lsoa', 'london', 'msoa', 'services', 'bids', 'parishes'] as const).map(loadLayer),
  );
  const oaJson = await readJson(readText, LAYER_FILES.oa);
  const lsoaCount = (lsoa as LsoaCollection).features.length;
  const oaProblem = checkOaTable(oaJson, lsoaCount);
  if (oaProblem) throw new DataLoadError(LAYER_FILES.oa, oaProblem);

  // The checks above established these shapes; the casts only tell the compiler.
  return {
    manifest,
    boroughs: boroughs as AppData['boroughs'],
    wards: wards as AppData['wards'],
    lsoa: lsoa as AppData['lsoa'],
    oa: oaJson as OaTable,
    london: london as AppData['london'],
    msoa: msoa as AppData['msoa'],
    services: services as AppData['services'],
    bids: bids as AppData['bids'],
    parishes: parishes as AppData['parishes'],
  };
}
