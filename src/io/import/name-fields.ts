/**
 * Which attribute names the proposals: text fields present in most features, ranked so an obvious
 * name field (name, NAME, bid_name, PAR22NM, title) comes first. When none looks like a name the
 * suggestion is null and the import dialog asks.
 */
import type { ImportedFeature } from './import-types';

/** Lower rank = more name-like. */
function rank(field: string): number {
  const f = field.toLowerCase();
  if (f === 'name') return 0;
  if (/(^|_)name$|nm$|name$/.test(f)) return 1;
  if (f.includes('name')) return 2;
  if (f === 'title' || f === 'label') return 3;
  return Infinity;
}

export function nameFields(features: readonly ImportedFeature[]): { fields: string[]; suggested: string | null } {
  const seen = new Map<string, number>();
  for (const f of features) {
    for (const [k, v] of Object.entries(f.properties)) if (v.trim() !== '') seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const fields = [...seen.entries()]
    .filter(([, n]) => n >= features.length / 2)
    .map(([k]) => k)
    .sort((a, b) => rank(a) - rank(b));
  const best = fields[0];
  return { fields, suggested: best !== undefined && Number.isFinite(rank(best)) ? best : null };
}
