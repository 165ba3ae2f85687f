import { useAppStore } from '../../state/store';
import type { Compared } from './CompareTable';

/** The chosen proposals that still exist, with their latest analysis (those still analysing are left out). */
export function useCompared(): { items: Compared[]; pending: number } {
  const ids = useAppStore((s) => s.compareIds);
  const proposals = useAppStore((s) => s.proposals);
  const results = useAppStore((s) => s.results);
  const items: Compared[] = [];
  let pending = 0;
  for (const id of ids) {
    const proposal = proposals.find((p) => p.id === id);
    const result = results[id]?.result;
    if (!proposal) continue;
    if (result?.status === 'analysed') items.push({ proposal, result });
    else pending += 1;
  }
  return { items, pending };
}
