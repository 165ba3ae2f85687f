import type { AreaGeometry } from '../../data/schema';
import type { BuildLayer } from '../../state/proposals-slice';
import type { AppStoreApi } from '../store-handle';
import type { UnitSet } from './build-units';
import { toggleCode, unionOfUnits } from './union-units';

/**
 * Adds the unit `code` to the proposal being built, or removes it if already in: the one toggle a
 * click on the map and the keyboard ward list both run. The proposal's shape is the union of its
 * units (EPSG:4326); the first unit creates the proposal and build mode then follows it.
 */
export function toggleBuildUnit(store: AppStoreApi, layer: BuildLayer, set: UnitSet, code: string): void {
  const now = store.getState();
  const current = now.mode;
  // Re-read the mode: an earlier toggle may have created the proposal meanwhile.
  if (current.kind !== 'build' || current.layer !== layer) return;
  const target = current.proposalId ? now.proposals.find((p) => p.id === current.proposalId) : undefined;
  const before = target?.builtFrom?.layer === layer ? target.builtFrom.codes : [];
  const codes = toggleCode(before, code);
  const geometry: AreaGeometry | null = unionOfUnits(set.collection, codes);
  const builtFrom = { layer, codes };
  if (target) {
    now.updateProposalGeometry(target.id, geometry, builtFrom);
    if (now.selectedId !== target.id) now.selectProposal(target.id);
  } else {
    const id = now.addProposal(geometry, { builtFrom });
    now.setMode({ kind: 'build', layer, proposalId: id });
  }
}
