/**
 * The warnings and notes inside a proposal's results, as short messages: what the results panel
 * says in its problem list, its governance checks ("Crosses 2 boroughs"), its overlaps (BIDs, other
 * proposals, existing parishes) and its partial-data notes. A phone's peek counts them with the
 * notices (SheetPeek), and the sheet lists them where the peek's button opens it (ResultMessages).
 * Pure: no React, no store.
 */
import type { AnalysisResult, AreaShare, ProblemCode, Severity } from '../analysis/types';
import { SERVICE_KINDS } from '../data/service-kinds';
import { plural } from './sidebar-format';

export interface ResultMessage {
  /** Stable within one result (React key, tests). */
  key: string;
  tone: Severity;
  /** A few words for the peek, e.g. "Splits 2 boroughs". */
  title: string;
  /** The panel's full sentence. */
  detail: string;
}

/** Short titles of the engine's problems; the boroughs one counts them (`boroughs`). */
const PROBLEM_TITLES = {
  empty: () => 'No shape',
  'invalid-coordinates': () => 'Bad coordinates',
  'out-of-range': () => 'Coordinates out of range',
  'too-few-vertices': () => 'Too few corners',
  'too-many-vertices': () => 'Too many corners',
  'self-intersection': () => 'Boundary crosses itself',
  'zero-area': () => 'No area',
  sliver: () => 'Very thin shape',
  'outside-london': () => 'Outside London',
  'partly-outside-london': () => 'Partly outside London',
  'crosses-borough': (boroughs: number) => `Splits ${boroughs} boroughs`,
  'analysis-failed': () => 'Analysis failed',
} as const satisfies Record<ProblemCode, (boroughs: number) => string>;

const RANK = { error: 0, warning: 1, info: 2 } as const satisfies Record<Severity, number>;

/** A unit counts as split when less than this share (0..1) of it lies inside (boundary generalisation leaves ~0.5%). */
const SPLIT_BELOW_SHARE = 0.99;

/** Units the panel tables (AreaSharesSection drops edge-only touches) that the proposal takes only part of. */
function splitUnits(shares: readonly AreaShare[]): AreaShare[] {
  return shares.filter((s) => (s.shareOfProposal >= 0.0005 || s.population > 0) && s.shareOfArea < SPLIT_BELOW_SHARE);
}

function overlapMessages(r: AnalysisResult, bidCoverage: string | null): ResultMessage[] {
  const out: ResultMessage[] = [];
  if (r.bids && r.bids.length > 0) {
    const names = r.bids.map((b) => b.name).join(', ');
    out.push({ key: 'bids', tone: 'warning', title: `Overlaps ${plural(r.bids.length, 'BID')}`, detail: `Overlaps ${names}.` });
  }
  if (r.proposalOverlaps.length > 0) {
    const names = r.proposalOverlaps.map((o) => `“${o.name}”`).join(', ');
    out.push({ key: 'proposals', tone: 'warning', title: `Overlaps ${plural(r.proposalOverlaps.length, 'other proposal')}`, detail: `Shares ground with ${names}.` });
  }
  if (r.parishes && r.parishes.length > 0) {
    const names = r.parishes.map((p) => p.name).join(', ');
    out.push({
      key: 'parishes',
      tone: 'warning',
      title: r.parishes.length === 1 ? `Overlaps ${r.parishes[0]?.name ?? 'a parish'}` : `Overlaps ${r.parishes.length} parishes or areas`,
      detail: `Overlaps existing parishes or neighbourhood areas: ${names}.`,
    });
  }
  if (r.bids === null) out.push({ key: 'bids-missing', tone: 'info', title: 'No BID data', detail: 'BID boundaries are not in the data yet.' });
  else if (bidCoverage) out.push({ key: 'bids-partial', tone: 'info', title: 'BID data is partial', detail: `BID data is partial: ${bidCoverage}` });
  if (r.parishes === null) out.push({ key: 'parishes-missing', tone: 'info', title: 'No parish data', detail: 'Parish and neighbourhood-area boundaries are not in the data yet.' });
  if (r.services.missingTypes.length > 0) {
    const kinds = r.services.missingTypes.map((t) => SERVICE_KINDS[t].plural).join(', ');
    out.push({ key: 'services-missing', tone: 'info', title: 'Some services missing', detail: `Not in the data yet: ${kinds}.` });
  }
  return out;
}

/**
 * The messages of one result, most serious first (errors, warnings, then notes; in the panel's
 * order within each). `bidCoverage` is the manifest's coverage sentence when the BID data is
 * partial (provenance-text.ts `partialCoverage`), else null.
 */
export function resultMessages(r: AnalysisResult, bidCoverage: string | null): ResultMessage[] {
  const g = r.governance.singleBorough;
  const out: ResultMessage[] = r.problems.map((p) => ({ key: `problem:${p.code}`, tone: p.severity, title: PROBLEM_TITLES[p.code](g.value), detail: p.message }));
  if (r.status === 'analysed') {
    // The engine repeats a parish's borough rule as a problem (same sentence): say it once.
    const said = new Set(r.problems.map((p) => p.message));
    if (!said.has(g.text)) {
      if (g.status === 'fail') out.push({ key: 'rule:singleBorough', tone: 'warning', title: `Splits ${g.value} boroughs`, detail: g.text });
      else if (g.status === 'warning') out.push({ key: 'rule:singleBorough', tone: 'warning', title: 'Small parts in other boroughs', detail: g.text });
      // A district (kind "cid") may span boroughs, with each council's agreement: a note, not a warning.
      else if (g.value > 1) out.push({ key: 'rule:singleBorough', tone: 'info', title: `Spans ${g.value} boroughs`, detail: g.text });
    }
    const wards = splitUnits(r.wards);
    if (wards.length > 0) {
      out.push({
        key: 'split-wards',
        tone: 'info',
        title: `Splits ${plural(wards.length, 'ward')}`,
        detail: `Takes only part of ${wards.map((w) => w.name).join(', ')}.`,
      });
    }
    out.push(...overlapMessages(r, bidCoverage));
  }
  return out.map((m, i) => ({ m, i })).sort((a, b) => RANK[a.m.tone] - RANK[b.m.tone] || a.i - b.i).map(({ m }) => m);
}

/** What the phone's peek says of all the messages: how many, the worst tone, and one title. */
export interface PeekSummary {
  count: number;
  tone: Severity;
  title: string;
}

/**
 * The peek's line for the notices (oldest first, as the store keeps them) and the result messages
 * (as `resultMessages` sorts them): the most serious message's title; at the same tone a notice
 * wins (the latest one: news of what the user just did, like a zoom hint), so the proposal's notes
 * never hide it. Null when there is nothing to say.
 */
export function peekSummary(notices: readonly { tone: Severity; title: string }[], results: readonly ResultMessage[]): PeekSummary | null {
  const candidates = [...[...notices].reverse(), ...results];
  const worst = candidates.reduce<{ tone: Severity; title: string } | null>((best, m) => (best === null || RANK[m.tone] < RANK[best.tone] ? m : best), null);
  return worst ? { count: candidates.length, tone: worst.tone, title: worst.title } : null;
}
