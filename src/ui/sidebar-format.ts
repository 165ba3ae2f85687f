/** Formatting for the sidebar's figures, British English. Inputs state their units. */
import { formatCount } from './format';

const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const pctFine = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const hectares = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** share 0..1 → "37%"; below 1% keeps one decimal so small overlaps do not read as 0%. */
export function formatShare(share: number): string {
  return share > 0 && share < 0.01 ? pctFine.format(share) : pct.format(share);
}

/** Area in hectares (geodesic). */
export function formatHa(ha: number): string {
  return `${hectares.format(ha)} ha`;
}

/** Whole pounds sterling. */
export function formatPounds(value: number): string {
  return pounds.format(value);
}

export function formatPeople(n: number): string {
  return formatCount(n);
}

/** "1 library" / "3 libraries" style counts. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
