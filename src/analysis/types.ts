/**
 * Input and result types of the analysis engine (`analyse()` in ./analyse.ts).
 *
 * Coordinates are WGS84 lon/lat (EPSG:4326). Areas are equal-area m² (sinusoidal projection on
 * turf's sphere, R = 6,371,008.8 m; within 0.01% of turf.area for real boundaries, see
 * geometry/area.ts), reported in hectares; lengths are great-circle, in km or m as named.
 * Every field is plain data (structured-clone safe) so results cross the worker boundary as is.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { AgeBand, ParishProps, ServiceType } from '../data/schema';

export const PROPOSAL_KINDS = ['parish', 'cid'] as const;
/** 'parish' = a proposed civil parish; 'cid' = a community improvement district (BID-like). */
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export interface ProposalInput {
  id: string;
  name: string;
  kind: ProposalKind;
  /** EPSG:4326 lon/lat. May be invalid: the engine reports problems rather than throwing. */
  geometry: Polygon | MultiPolygon;
}

/** Default annual precept per household, £/yr: average Band D parish precept in England 2023-24. */
export const DEFAULT_PRECEPT_PER_HOUSEHOLD = 79.71;

export interface AnalyseOptions {
  /** £ per household per year; default DEFAULT_PRECEPT_PER_HOUSEHOLD (79.71). */
  preceptPerHousehold?: number;
  /** The user's other proposals: overlaps with each are reported (the proposal itself is skipped by id). */
  otherProposals?: ProposalInput[];
}

export const PROBLEM_CODES = [
  'empty', // no rings / no coordinates
  'invalid-coordinates', // NaN, Infinity, non-numbers, fewer than 2 numbers in a position
  'out-of-range', // |lon| > 180 or |lat| > 90 (BNG metres passed as degrees, antimeridian nonsense)
  'too-few-vertices', // a ring with fewer than 3 distinct vertices
  'too-many-vertices', // over MAX_VERTICES: refused so analysis stays bounded
  'self-intersection', // edges cross (bow-tie); figures use the even-odd (crossing-number) reading
  'zero-area', // area below 1 m²
  'sliver', // very thin shape (area small against perimeter²): probably a drawing mistake
  'outside-london', // no part inside Greater London
  'partly-outside-london', // some of the area lies outside Greater London
  'crosses-borough', // not within one principal council area (matters for parishes)
  'analysis-failed', // an unexpected internal error (a bug): reported rather than thrown
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** error = figures not computed or meaningless; warning = figures computed but read with care. */
export type Severity = (typeof SEVERITIES)[number];

export interface Problem {
  code: ProblemCode;
  /** Plain language, shown to the user as is. */
  message: string;
  severity: Severity;
}

/** A Census 2021 LSOA the proposal boundary cuts through (the map highlights these by code). */
export interface CutUnit {
  code: string; // LSOA21CD
  name: string;
  /** Census 2021 usual residents of the whole LSOA. */
  population: number;
  /** Share (0..1) of the LSOA's area inside the proposal. */
  shareInside: number;
}

export const POPULATION_RULES = [
  'lsoa-sum', // the boundary follows LSOA boundaries (within 0.5% of each LSOA's area): published LSOA figures summed
  'best-fit', // some LSOAs are really cut: those split by output-area centroid (ONS best fit), the rest whole
] as const;
export type PopulationRule = (typeof POPULATION_RULES)[number];

export interface PopulationResult {
  /** Headline figure (= bestFit), persons. */
  estimate: number;
  /** min(bestFit, areaWeighted, centroidsInside), persons. */
  low: number;
  /** max(bestFit, areaWeighted, centroidsInside), persons. */
  high: number;
  /** Which rule made `estimate`. */
  rule: PopulationRule;
  /** Plain-language statement of the rule behind `estimate`, with the LSOA counts (shown in the panel). */
  method: string;
  /**
   * Census 2021 usual residents: LSOAs inside, or all but 0.5% of their area inside, at their
   * published count; LSOAs with 0.5% or less inside, none; LSOAs cut otherwise, their output areas
   * whose population-weighted centroid is inside (OA counts controlled to the LSOA's count).
   */
  bestFit: number;
  /** The same without the 0.5% rule (every centroid of every cut LSOA tested), persons. */
  centroidsInside: number;
  /** LSOAs fully inside count fully; cut LSOAs count × share of their area inside (rounded to persons). */
  areaWeighted: number;
  /** Census 2021 households of the best-fit output areas. */
  households: number;
  /** Residents in communal establishments (care homes, halls...) among the best-fit residents. */
  communal: number;
  /** Persons by age band: best-fit residents per LSOA × that LSOA's mid-2020 age shares. Null when no shares. */
  ageBands: Record<AgeBand, number> | null;
  /** Share (0..1) of best-fit residents whose LSOA has age shares (ageBands covers only those). */
  ageBandsCoverage: number;
  /** Output areas counted by the best-fit method. */
  unitsInside: number;
  /** LSOAs entirely inside the proposal. */
  lsoasInside: number;
  /** LSOAs the boundary cuts by 0.5% of their area or less on one side (counted whole or not at all). */
  lsoasGrazed: number;
  /** LSOAs split by output-area centroid. */
  lsoasSplit: number;
  /** LSOAs the boundary cuts, largest share inside first. */
  cutUnits: CutUnit[];
}

export const ELECTORATE_METHODS = ['adults-from-age-bands', 'unavailable'] as const;
export type ElectorateMethod = (typeof ELECTORATE_METHODS)[number];

export interface ElectorateResult {
  /** Estimated residents aged 18+, persons; null when no age data covers the area. */
  estimate: number | null;
  method: ElectorateMethod;
  /** Plain-language description of the method and its caveats. */
  explanation: string;
}

/** A borough or ward the proposal touches. */
export interface AreaShare {
  code: string;
  name: string;
  /** Area of (proposal ∩ unit), ha. */
  overlapHa: number;
  /** overlap / proposal area, 0..1. */
  shareOfProposal: number;
  /** overlap / unit area, 0..1. */
  shareOfArea: number;
  /** Best-fit residents of output areas whose centroid lies inside both the proposal and the unit. */
  population: number;
}

export interface ServiceRef {
  id: string;
  name: string | null;
}

export interface NearestService extends ServiceRef {
  /** Geodesic distance from the proposal's boundary (great-circle, metres). */
  distanceM: number;
}

export interface ServiceTypeResult {
  inside: ServiceRef[];
  /** The nearest service of this type outside the proposal; null if every one is inside. */
  nearestOutside: NearestService | null;
}

export interface ServicesResult {
  /** One entry per service type that has data; absent types are listed in missingTypes. */
  byType: Partial<Record<ServiceType, ServiceTypeResult>>;
  /** Types with no data loaded at all (say "not available", not "none"). */
  missingTypes: ServiceType[];
}

export interface BidOverlap {
  id: string;
  name: string;
  borough: string | null;
  overlapHa: number;
  /** overlap / BID area, 0..1. */
  shareOfBid: number;
  /** overlap / proposal area, 0..1. */
  shareOfProposal: number;
  /** Name of the user's reference layer this BID came from; absent for the built-in BID data. */
  source?: string;
}

/** One feature of a user's reference layer that the proposal overlaps. */
export interface ReferenceFeatureOverlap {
  name: string;
  overlapHa: number;
  /** overlap / the feature's area, 0..1. */
  shareOfFeature: number;
  /** overlap / proposal area, 0..1. */
  shareOfProposal: number;
}

/** Overlaps with one reference layer the user loaded (every loaded layer is listed, even with none). */
export interface ReferenceLayerOverlaps {
  layerId: string;
  layerName: string;
  overlaps: ReferenceFeatureOverlap[];
}

export interface ProposalOverlap {
  id: string;
  name: string;
  kind: ProposalKind;
  overlapHa: number;
  /** overlap / this proposal's area, 0..1. */
  shareOfThis: number;
  /** overlap / the other proposal's area, 0..1. */
  shareOfOther: number;
}

export interface ParishOverlap {
  code: string | null;
  name: string;
  kind: ParishProps['kind'];
  overlapHa: number;
  shareOfThis: number;
  /** overlap / the parish's (or neighbourhood area's) area, 0..1. */
  shareOfParish: number;
}

export const RULE_STATUSES = ['ok', 'warning', 'fail', 'info'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** One governance rule applied to the proposal; `rule` is the citation the UI shows. */
export interface RuleResult<T> {
  value: T;
  status: RuleStatus;
  /** Plain-language outcome, e.g. "187 signatures needed (500 to 2,500 electors)". */
  text: string;
  /** Citation, e.g. "Local Government and Public Involvement in Health Act 2007, s.80 (SI 2015/998)". */
  rule: string;
}

export interface GovernanceResult {
  /** value: number of boroughs the proposal lies in (1 = passes). */
  singleBorough: RuleResult<number>;
  /** value: signatures needed to petition for a Community Governance Review; null without an electorate. */
  petition: RuleResult<number | null>;
  /** value: suggested number of parish councillors (NALC); null without an electorate. */
  councillors: RuleResult<number | null>;
  /** value: £/yr raised = households × precept per household. */
  precept: RuleResult<number>;
}

export const ANALYSIS_STATUSES = ['analysed', 'refused'] as const;
/** 'refused' = the geometry could not be analysed (see problems); all figures are zero. */
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

export interface AnalysisResult {
  proposalId: string;
  status: AnalysisStatus;
  /** Area, ha (equal-area; outer rings minus holes). */
  areaHa: number;
  /** Great-circle length of all rings, km. */
  perimeterKm: number;
  vertexCount: number;
  problems: Problem[];
  population: PopulationResult;
  electorate: ElectorateResult;
  /** Boroughs touched, largest overlap first. */
  boroughs: AreaShare[];
  /** Wards touched (the vintage in the data), largest overlap first. */
  wards: AreaShare[];
  services: ServicesResult;
  /** null = no BID data loaded. */
  bids: BidOverlap[] | null;
  proposalOverlaps: ProposalOverlap[];
  /** null = no parish / neighbourhood-area data loaded. */
  parishes: ParishOverlap[] | null;
  /** Overlaps with each reference layer the user loaded; absent or empty when none is loaded. */
  referenceLayers?: ReferenceLayerOverlaps[];
  governance: GovernanceResult;
  /** Wall time of this analysis, ms. */
  timingMs: number;
}

/** What the engine loaded and indexed; returned by the worker client's `ready`. */
export interface DataSummary {
  oaCount: number;
  lsoaCount: number;
  wardCount: number;
  boroughCount: number;
  serviceCount: number;
  bidCount: number | null;
  parishCount: number | null;
  /** London total usual residents (sum of output areas, Census 2021). */
  londonPopulation: number;
  /** Time to fetch + parse + validate public/data, ms. */
  loadMs: number;
  /** Time to build the spatial indexes, ms. */
  prepareMs: number;
}

/** Reference layers a user may load into the engine at run time (replacing the built-in one). */
export const REFERENCE_LAYERS = ['services', 'bids', 'parishes'] as const;
export type ReferenceLayer = (typeof REFERENCE_LAYERS)[number];
