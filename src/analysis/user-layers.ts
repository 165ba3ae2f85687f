/**
 * Reference layers a user loaded (a council's BID file, neighbourhood areas, any polygons): each is
 * prepared like a built-in polygon layer, and every analysis lists the proposal's overlaps with each
 * (area, share of the feature, share of the proposal). A layer marked as BIDs also feeds the BID
 * section: its BIDs are added to the built-in ones, except those the built-in data already has
 * (same name, or the two shapes overlap by ≥ 50% of the smaller), so no BID is counted twice.
 * Coordinates EPSG:4326; areas equal-area m² (geometry/area.ts), reported in ha.
 */
import type { Feature } from 'geojson';
import type { AreaGeometry, BidProps } from '../data/schema';
import { overlapLayer } from './layer-overlap';
import { preparePolygonLayer, type PolygonLayer } from './polygon-layer';
import { createProposalContext, type ProposalContext } from './proposal-context';
import { normalizeGeometry } from './normalize';
import type { BidOverlap, ReferenceLayerOverlaps } from './types';

/** What the app sends the engine for one reference layer. Features' `name` is the label shown. */
export interface UserLayerInput {
  id: string;
  name: string;
  /** The layer holds Business Improvement Districts: it also feeds the BID section. */
  isBids: boolean;
  features: Feature<AreaGeometry, { name: string }>[];
}

export interface PreparedUserLayer {
  id: string;
  name: string;
  isBids: boolean;
  layer: PolygonLayer<{ name: string }>;
  /** For a BID layer: feature index → true when the built-in BID data already has that BID. */
  duplicateOfBuiltIn: boolean[];
}

const normName = (s: string) => s.toLowerCase().replace(/\b(bid|business improvement district)\b/g, '').replace(/[^a-z0-9]+/g, '');
const ha = (m2: number) => Math.round(m2 / 100) / 100;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1e4) / 1e4 : 0);

/** True when the built-in BIDs already hold this feature (same name, or ≥ 50% of the smaller shape shared). */
function inBuiltIn(builtIn: PolygonLayer<BidProps> | null, name: string, geometry: AreaGeometry): boolean {
  if (!builtIn) return false;
  if (builtIn.props.some((p) => normName(p.name) === normName(name) && normName(name) !== '')) return true;
  const n = normalizeGeometry(geometry);
  if (!n.shape) return false;
  const ctx: ProposalContext = createProposalContext(n.shape);
  return overlapLayer(ctx, builtIn).some((o) => {
    const smaller = Math.min(ctx.areaM2, (builtIn.polygons[o.index]?.areaM2 ?? 0));
    return smaller > 0 && o.overlapM2 >= 0.5 * smaller;
  });
}

export function prepareUserLayers(inputs: readonly UserLayerInput[], builtInBids: PolygonLayer<BidProps> | null): PreparedUserLayer[] {
  return inputs.map((input) => ({
    id: input.id,
    name: input.name,
    isBids: input.isBids,
    layer: preparePolygonLayer(input.features),
    duplicateOfBuiltIn: input.isBids ? input.features.map((f) => inBuiltIn(builtInBids, f.properties.name, f.geometry)) : [],
  }));
}

export function userLayerOverlaps(ctx: ProposalContext, layers: readonly PreparedUserLayer[]): ReferenceLayerOverlaps[] {
  return layers.map((l) => ({
    layerId: l.id,
    layerName: l.name,
    overlaps: overlapLayer(ctx, l.layer)
      .map((o) => ({
        name: l.layer.props[o.index]?.name ?? `Feature ${o.index + 1}`,
        overlapHa: ha(o.overlapM2),
        shareOfFeature: Math.round(o.share * 1e4) / 1e4,
        shareOfProposal: ratio(o.overlapM2, ctx.areaM2),
      }))
      .sort((a, b) => b.overlapHa - a.overlapHa),
  }));
}

/**
 * The BID section: built-in BIDs (source null) plus BIDs from the user's BID layers that the
 * built-in data lacks (source = the layer's name). Null only when neither has any BID data.
 */
export function mergedBids(ctx: ProposalContext, builtIn: BidOverlap[] | null, layers: readonly PreparedUserLayer[]): BidOverlap[] | null {
  const bidLayers = layers.filter((l) => l.isBids);
  if (bidLayers.length === 0) return builtIn;
  const out: BidOverlap[] = [...(builtIn ?? [])];
  for (const l of bidLayers) {
    for (const o of overlapLayer(ctx, l.layer)) {
      if (l.duplicateOfBuiltIn[o.index]) continue;
      const name = l.layer.props[o.index]?.name ?? `Feature ${o.index + 1}`;
      out.push({
        id: `${l.id}:${o.index}`,
        name,
        borough: null,
        overlapHa: ha(o.overlapM2),
        shareOfBid: Math.round(o.share * 1e4) / 1e4,
        shareOfProposal: ratio(o.overlapM2, ctx.areaM2),
        source: l.name,
      });
    }
  }
  return out.sort((a, b) => b.overlapHa - a.overlapHa);
}
