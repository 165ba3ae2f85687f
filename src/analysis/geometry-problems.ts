/**
 * Problems found after the geometry was accepted: crossings, zero area, slivers, London coverage.
 */
import { ringAreaM2 } from './geometry/area';
import type { ProposalContext } from './proposal-context';
import type { Problem } from './types';

/** Below this the proposal encloses nothing meaningful, m². */
export const ZERO_AREA_M2 = 1;
/** A MultiPolygon part smaller than this is probably a drawing slip, m². */
export const SLIVER_PART_M2 = 100;
/** Isoperimetric quotient 4πA/P² below this is a very thin shape (a 1 km × 5 m strip scores 0.016). */
export const THIN_QUOTIENT = 0.02;
/**
 * Share of the proposal on London's land (its LSOAs) below which we say so. The boundaries are
 * clipped to the coastline, so the tidal Thames is not in any LSOA: a riverside proposal is
 * partly "outside" by the river alone, hence a note (info) first and a warning only below 90%.
 */
export const LONDON_COVERAGE_NOTE = 0.995;
export const LONDON_COVERAGE_WARNING = 0.9;

/**
 * Area with straight edges in lon/lat (equirectangular at each ring's mean latitude), m², summed
 * over rings without sign: exactly zero for collinear vertices, which the sinusoidal area (geometry/area.ts) bends slightly off zero.
 */
function planarAreaM2(ctx: ProposalContext): number {
  const k = (Math.PI / 180) * 6371008.8;
  let total = 0;
  for (const ring of ctx.shape.rings) {
    let sum = 0;
    let latSum = 0;
    const n = ring.length;
    for (let i = 0; i < n; i += 2) {
      const j = i + 2 === n ? 0 : i + 2;
      sum += (ring[i] as number) * (ring[j + 1] as number) - (ring[j] as number) * (ring[i + 1] as number);
      latSum += ring[i + 1] as number;
    }
    total += Math.abs((sum / 2) * Math.cos(((latSum / (n / 2)) * Math.PI) / 180) * k * k);
  }
  return total;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function geometryProblems(ctx: ProposalContext, perimeterM: number, insideLondonM2: number): Problem[] {
  const problems: Problem[] = [];
  const crossings = ctx.crossings;
  if (crossings > 0) {
    problems.push({
      code: 'self-intersection',
      severity: 'warning',
      message: `The boundary crosses itself (${crossings >= 10 ? '10 or more' : crossings} crossing${crossings === 1 ? '' : 's'}). Figures read it with the even-odd rule; redraw it so no edges cross.`,
    });
  }
  const area = ctx.areaM2;
  if (area < ZERO_AREA_M2 || planarAreaM2(ctx) < ZERO_AREA_M2) {
    problems.push({ code: 'zero-area', severity: 'error', message: 'The proposal encloses no area (under 1 m²).' });
    return problems;
  }
  const tinyParts = ctx.shape.parts.filter((part) => Math.abs(ringAreaM2(ctx.shape.rings[part[0] as number] as Float64Array)) < SLIVER_PART_M2);
  if (ctx.shape.parts.length > 1 && tinyParts.length > 0) {
    problems.push({ code: 'sliver', severity: 'warning', message: `${tinyParts.length} part${tinyParts.length === 1 ? ' is' : 's are'} smaller than ${SLIVER_PART_M2} m²: probably slips of the pen.` });
  }
  const quotient = perimeterM > 0 ? (4 * Math.PI * area) / (perimeterM * perimeterM) : 0;
  if (quotient < THIN_QUOTIENT) {
    problems.push({ code: 'sliver', severity: 'warning', message: 'The proposal is a very thin sliver; check the boundary was drawn as intended.' });
  }
  const inside = Math.min(1, insideLondonM2 / area);
  if (inside <= 0) {
    problems.push({ code: 'outside-london', severity: 'error', message: 'The proposal lies entirely outside Greater London, so there are no London data for it.' });
  } else if (inside < LONDON_COVERAGE_NOTE) {
    problems.push({
      code: 'partly-outside-london',
      severity: inside < LONDON_COVERAGE_WARNING ? 'warning' : 'info',
      message: `${pct(1 - inside)} of the proposal is not on London's land area (the tidal Thames, or beyond the London boundary); figures cover the ${pct(inside)} that is.`,
    });
  }
  return problems;
}
