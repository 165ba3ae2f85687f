import type { Proposal } from '../../src/state/proposals-slice';

/**
 * The share link the browser bench opens: a box over Hackney Central and Dalston (EPSG:4326), the
 * same shape the phone tests share (tests/e2e/mobile-helpers.ts).
 */
export const BENCH_SHARED_PROPOSAL: Proposal = {
  id: 'shared-hackney',
  name: 'Hackney Central',
  kind: 'parish',
  colour: '#6a1b9a',
  notes: 'From the residents’ group chat',
  hidden: false,
  geometry: { type: 'Polygon', coordinates: [[[-0.075, 51.54], [-0.05, 51.54], [-0.05, 51.555], [-0.075, 51.555], [-0.075, 51.54]]] },
  createdAt: 0,
  updatedAt: 0,
};
