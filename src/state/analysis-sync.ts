/**
 * Keeps the results slice in step with the proposals: every visible proposal with a shape is
 * (re-)analysed in the worker when its shape, name, type or the precept setting changes, and again,
 * after a short pause, when another proposal changes (its overlaps may have changed).
 * The client applies latest-wins per proposal id, so a vertex drag never queues stale work.
 */
import type { StoreApi } from 'zustand';
import type { ProposalInput } from '../analysis/types';
import type { UserLayerInput } from '../analysis/user-layers';
import { SUPERSEDED, type AnalysisClient } from '../worker/client';
import type { Proposal, ProposalsSlice } from './proposals-slice';
import type { ReferenceLayer, ReferenceLayersSlice } from './reference-layers-slice';
import type { ResultsSlice } from './results-slice';

/** Wait this long (ms) after another proposal changes before re-analysing for overlaps, so a drag of
 * one proposal does not make the worker re-analyse every other proposal on each frame. */
export const OVERLAP_REFRESH_MS = 250;

type SyncStore = StoreApi<ProposalsSlice & ResultsSlice & Partial<Pick<ReferenceLayersSlice, 'referenceLayers'>>>;

/** Reference layers as the engine takes them (visible or hidden alike: hiding only clears the map). */
const toUserLayers = (layers: readonly ReferenceLayer[]): UserLayerInput[] =>
  layers.map((l) => ({ id: l.id, name: l.name, isBids: l.isBids, features: l.features.map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: f.geometry })) }));
export type Analysable = Proposal & { geometry: NonNullable<Proposal['geometry']> };

export const isAnalysable = (p: Proposal): p is Analysable => !p.hidden && p.geometry !== null;
export const toInput = (p: Analysable): ProposalInput => ({ id: p.id, name: p.name, kind: p.kind, geometry: p.geometry });

/** Small ids for geometry objects: proposals are immutable, so a new object means a new shape. */
const geometryIds = new WeakMap<object, number>();
let nextGeometryId = 1;
export function geometryId(g: object): number {
  let id = geometryIds.get(g);
  if (id === undefined) {
    id = nextGeometryId++;
    geometryIds.set(g, id);
  }
  return id;
}

const layersKey = (layers: readonly ReferenceLayer[]) => layers.map((l) => `${l.id}:${l.name}:${l.isBids}:${l.features.length}`).join('|');

/** Bumped each time the engine's reference layers change, so every proposal is analysed again. */
let layersVersion = 0;
const ownKey = (p: Analysable, precept: number) => `${geometryId(p.geometry)}|${p.name}|${p.kind}|${precept}|${layersVersion}`;
const othersKey = (id: string, all: Analysable[]) =>
  all
    .filter((o) => o.id !== id)
    .map((o) => `${o.id}:${geometryId(o.geometry)}:${o.name}:${o.kind}`)
    .join(',');

export function startAnalysisSync(store: SyncStore, client: AnalysisClient): () => void {
  const st = () => store.getState();
  const requested = new Map<string, { own: string; others: string }>();
  const deferred = new Map<string, ReturnType<typeof setTimeout>>();
  let seq = 0;

  client.ready.then(
    (summary) => st().setEngine('ready', { summary }),
    (e: unknown) => st().setEngine('error', { error: e instanceof Error ? e.message : String(e) }),
  );

  const request = (id: string): void => {
    deferred.delete(id);
    const all = st().proposals.filter(isAnalysable);
    const p = all.find((q) => q.id === id);
    if (!p) return;
    const precept = st().preceptPerHousehold;
    requested.set(id, { own: ownKey(p, precept), others: othersKey(id, all) });
    seq += 1;
    const mySeq = seq;
    st().markResultPending(id, mySeq);
    const otherProposals = all.filter((o) => o.id !== id).map(toInput);
    client.analyse(toInput(p), { preceptPerHousehold: precept, otherProposals }).then(
      (result) => {
        if (result !== SUPERSEDED) st().setResult(id, mySeq, result);
      },
      (e: unknown) => st().setResultError(id, mySeq, e instanceof Error ? e.message : String(e)),
    );
  };

  const reconcile = (): void => {
    const { proposals, preceptPerHousehold } = st();
    const all = proposals.filter(isAnalysable);
    const live = new Set(all.map((p) => p.id));
    const gone = [...requested.keys()].filter((id) => !live.has(id));
    for (const id of gone) {
      requested.delete(id);
      clearTimeout(deferred.get(id));
      deferred.delete(id);
    }
    st().dropResults(gone);
    for (const p of all) {
      const last = requested.get(p.id);
      if (!last || last.own !== ownKey(p, preceptPerHousehold)) {
        clearTimeout(deferred.get(p.id));
        request(p.id);
      } else if (last.others !== othersKey(p.id, all) && !deferred.has(p.id)) {
        deferred.set(p.id, setTimeout(() => request(p.id), OVERLAP_REFRESH_MS));
      }
    }
  };

  const pushLayers = (layers: readonly ReferenceLayer[]): void => {
    client.setUserLayers(toUserLayers(layers)).then(
      () => {
        layersVersion += 1;
        reconcile();
      },
      () => undefined, // the engine failed to load: setEngine('error') already tells the user
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.proposals !== prev.proposals || s.preceptPerHousehold !== prev.preceptPerHousehold) reconcile();
    // Hiding or showing a layer changes only the map; the engine needs the layers' contents.
    if (s.referenceLayers && s.referenceLayers !== prev.referenceLayers && layersKey(s.referenceLayers) !== layersKey(prev.referenceLayers ?? [])) {
      pushLayers(s.referenceLayers);
    }
  });
  const initialLayers = st().referenceLayers;
  if (initialLayers && initialLayers.length > 0) pushLayers(initialLayers);
  reconcile();
  return () => {
    unsubscribe();
    for (const t of deferred.values()) clearTimeout(t);
    deferred.clear();
  };
}
