import { createContext, useContext } from 'react';
import type { Manifest } from '../data/schema';

/**
 * The data manifest for every panel that shows provenance beside a figure (results, hover card,
 * layer panel). App provides it; null only outside the app (a panel rendered on its own).
 */
export const ManifestContext = createContext<Manifest | null>(null);

export function useManifest(): Manifest | null {
  return useContext(ManifestContext);
}
