import { useState } from 'react';
import type { AnalysisResult } from '../analysis/types';
import { loadManifest } from '../data/load-browser-manifest';
import { toCsv } from '../io/export/csv';
import { downloadBlob } from '../io/export/download';
import { toKml } from '../io/export/kml-export';
import { proposalAttributes } from '../io/export/proposal-attributes';
import { captureMapImage } from '../state/map-capture';
import type { Proposal } from '../state/proposals-slice';
import { useAppStore } from '../state/store';

type WithShape = Proposal & { geometry: NonNullable<Proposal['geometry']> };

function current(): { proposals: WithShape[]; resultOf: (p: Proposal) => AnalysisResult | null } {
  const { proposals, results } = useAppStore.getState();
  return {
    proposals: proposals.filter((p): p is WithShape => p.geometry !== null),
    resultOf: (p) => {
      const e = results[p.id];
      return e?.status === 'ready' ? e.result : null;
    },
  };
}

/** CSV of every proposal's figures, KML and zipped Shapefile with figures as attributes, PNG of the map. */
export function ExportButtons({ disabled }: { disabled: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const openReport = useAppStore((s) => s.openReport);
  const selectedId = useAppStore((s) => s.selectedId);
  const run = (what: string, job: () => Promise<void>) => () => {
    setMessage(null);
    job().catch((e: unknown) => setMessage(`The ${what} could not be made: ${e instanceof Error ? e.message : String(e)}`));
  };

  const csv = run('CSV', async () => {
    const { proposals, resultOf } = current();
    const rows = proposals.flatMap((p) => {
      const result = resultOf(p);
      return result ? [{ input: p, result }] : [];
    });
    const pending = proposals.length - rows.length;
    downloadBlob(toCsv(rows, { manifest: await loadManifest(), generatedAt: new Date() }), 'london-proposals.csv', 'text/csv');
    if (pending > 0) setMessage(`${pending} proposal${pending === 1 ? ' is' : 's are'} still being analysed and ${pending === 1 ? 'is' : 'are'} not in the CSV.`);
  });
  const kml = run('KML', async () => {
    const { proposals, resultOf } = current();
    downloadBlob(toKml(proposals.map((p) => ({ geometry: p.geometry, attributes: proposalAttributes(p, resultOf(p)) }))), 'london-proposals.kml', 'application/vnd.google-earth.kml+xml');
  });
  const shp = run('Shapefile', async () => {
    const { proposals, resultOf } = current();
    // Loaded on first use: shp-write and JSZip are ~100 kB the first view does not need.
    const { featuresToShapefileZip } = await import('../io/export/shapefile-zip');
    const zip = await featuresToShapefileZip(proposals.map((p) => ({ type: 'Feature' as const, geometry: p.geometry, properties: proposalAttributes(p, resultOf(p)) })));
    downloadBlob(new Uint8Array(zip), 'london-proposals-shapefile.zip', 'application/zip');
  });
  const png = run('map image', async () => {
    downloadBlob(await captureMapImage(), 'london-map.png', 'image/png');
  });

  return (
    <>
      <div className="button-row">
        <button type="button" onClick={csv} disabled={disabled}>
          Download CSV
        </button>
        <button type="button" onClick={kml} disabled={disabled}>
          Download KML
        </button>
        <button type="button" onClick={shp} disabled={disabled}>
          Download Shapefile
        </button>
        <button type="button" onClick={png}>
          Save map image (PNG)
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => openReport('all')} disabled={disabled}>
          Printable report (all)
        </button>
        <button type="button" onClick={() => selectedId && openReport(selectedId)} disabled={disabled || !selectedId}>
          Report for the selected proposal
        </button>
      </div>
      {message && (
        <p className="problem problem--warning" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
