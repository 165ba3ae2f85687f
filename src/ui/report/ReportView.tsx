import { useEffect, useState } from 'react';
import type { Manifest } from '../../data/schema';
import { loadManifest } from '../../data/load-browser-manifest';
import { captureMapImage } from '../../state/map-capture';
import type { Proposal } from '../../state/proposals-slice';
import { useAppStore } from '../../state/store';
import { ComparisonReport } from './ComparisonReport';
import { ProposalReport } from './ProposalReport';
import './report.css';

type Box = [number, number, number, number];

function bboxOf(p: Proposal): Box | null {
  if (!p.geometry) return null;
  const pts = p.geometry.type === 'Polygon' ? p.geometry.coordinates.flat() : p.geometry.coordinates.flat(2);
  const xs = pts.map((q) => q[0] ?? 0);
  const ys = pts.map((q) => q[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The printable report (A4, print CSS): one section per proposal with a map of it and its
 * surroundings, then the data sources with vintages and licences. "Print / Save as PDF" uses the
 * browser's own print dialog.
 */
export function ReportView() {
  const reportFor = useAppStore((s) => s.reportFor);
  const closeReport = useAppStore((s) => s.closeReport);
  const proposals = useAppStore((s) => s.proposals);
  const results = useAppStore((s) => s.results);
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [maps, setMaps] = useState<Record<string, string>>({});
  const [ready, setReady] = useState(false);
  const [now] = useState(() => new Date());
  const shown = proposals.filter((p) => p.geometry && (reportFor === 'all' ? !p.hidden : p.id === reportFor));
  const ids = shown.map((p) => p.id).join(',');

  useEffect(() => {
    if (reportFor === null) return undefined;
    let cancelled = false;
    const urls: string[] = [];
    void (async () => {
      const m = await loadManifest().catch(() => null);
      const out: Record<string, string> = {};
      // One at a time: each capture moves the one map camera.
      for (const p of useAppStore.getState().proposals.filter((q) => ids.split(',').includes(q.id))) {
        const box = bboxOf(p);
        if (!box) continue;
        try {
          const url = URL.createObjectURL(await captureMapImage({ bbox: box }));
          urls.push(url);
          out[p.id] = url;
        } catch {
          // No map (still loading): the report says so in place of the image.
        }
      }
      if (!cancelled) {
        setManifest(m);
        setMaps(out);
        setReady(true);
      }
    })();
    return () => {
      cancelled = true;
      setReady(false);
      for (const u of urls) URL.revokeObjectURL(u);
    };
  }, [reportFor, ids]);

  if (reportFor === null) return null;
  return (
    <div className="report" role="dialog" aria-modal="true" aria-label="Printable report" data-testid="report" data-ready={ready ? 'yes' : 'no'}>
      <div className="report__toolbar">
        <button type="button" onClick={() => window.print()} disabled={!ready}>
          Print / Save as PDF
        </button>
        <button type="button" onClick={closeReport}>
          Close report
        </button>
        {!ready && <span role="status">Preparing maps…</span>}
      </div>
      <header className="report__header">
        <h1>{reportFor === 'all' ? 'Proposals report' : `Proposal report: ${shown[0]?.name ?? ''}`}</h1>
        <p>
          London District Mapper · {now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} · {shown.length} proposal{shown.length === 1 ? '' : 's'}
        </p>
      </header>
      {reportFor === 'all' && <ComparisonReport />}
      {shown.map((p) => {
        const e = results[p.id];
        return <ProposalReport key={p.id} proposal={p} result={e?.status === 'ready' ? e.result : null} mapUrl={maps[p.id] ?? null} />;
      })}
      <section className="report__sources">
        <h2>Data sources</h2>
        {manifest ? (
          <table className="report__table report__table--grid">
            <thead><tr><th>Data</th><th>Vintage</th><th>Source</th><th>Licence</th></tr></thead>
            <tbody>
              {Object.values(manifest.layers).flatMap((l) =>
                l.status === 'present' ? [<tr key={l.file}><td>{l.title}{l.complete ? '' : ` (partial: ${l.coverage ?? 'incomplete'})`}</td><td>{l.vintage}</td><td>{l.source}</td><td>{l.licence}</td></tr>] : [],
              )}
            </tbody>
          </table>
        ) : (
          <p>The data manifest could not be read.</p>
        )}
        <p className="report__muted">Contains OS data © Crown copyright and database right. Contains public sector information licensed under the Open Government Licence v3.0. OpenStreetMap data © OpenStreetMap contributors (ODbL). Population figures: Census 2021, Office for National Statistics.</p>
      </section>
    </div>
  );
}
