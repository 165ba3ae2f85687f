/**
 * Vitest globalSetup for the unit project: the analysis tests read public/data (or LDM_DATA_DIR), so
 * make sure it was built from the current source folder first (tests/ensure-test-data.ts).
 */
import { ensureTestData } from '../ensure-test-data';

export default async function setup(): Promise<void> {
  await ensureTestData();
}
