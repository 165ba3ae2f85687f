/**
 * The figures of one proposal as flat attributes for KML and Shapefile exports. Names are at most
 * 10 characters (the dBASE limit of Shapefiles), so the same names appear in both formats; null
 * where the analysis has not finished or the figure does not exist.
 */
import type { AnalysisResult } from '../../analysis/types';
import type { Proposal } from '../../state/proposals-slice';

export interface ProposalAttributes extends Record<string, string | number | null> {
  name: string;
  kind: string;
  colour: string;
  notes: string;
  /** hectares, equal-area */
  area_ha: number | null;
  /** persons, best fit (Census 2021) */
  pop: number | null;
  pop_low: number | null;
  pop_high: number | null;
  households: number | null;
  /** persons aged 18+, estimated */
  electorate: number | null;
  boroughs: string | null;
  wards: number | null;
  services: number | null;
  petition: number | null;
  councillrs: number | null;
  /** GBP per year */
  precept: number | null;
}

export function proposalAttributes(p: Proposal, r: AnalysisResult | null): ProposalAttributes {
  const services = r ? Object.values(r.services.byType).reduce((n, t) => n + (t?.inside.length ?? 0), 0) : null;
  return {
    name: p.name,
    kind: p.kind,
    colour: p.colour,
    // dBASE text fields hold at most 254 characters.
    notes: p.notes.slice(0, 254),
    area_ha: r?.areaHa ?? null,
    pop: r?.population.estimate ?? null,
    pop_low: r?.population.low ?? null,
    pop_high: r?.population.high ?? null,
    households: r?.population.households ?? null,
    electorate: r?.electorate.estimate ?? null,
    boroughs: r ? r.boroughs.map((b) => b.name).join('; ').slice(0, 254) : null,
    wards: r?.wards.length ?? null,
    services,
    petition: r?.governance.petition.value ?? null,
    councillrs: r?.governance.councillors.value ?? null,
    precept: r?.governance.precept.value ?? null,
  };
}
