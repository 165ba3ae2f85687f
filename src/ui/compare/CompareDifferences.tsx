import type { ComparePiece } from '../../analysis/compare-shapes';
import { differenceText } from '../../state/compare-differences-text';
import type { Differences } from '../../state/meeting-slice';
import type { Proposal } from '../../state/proposals-slice';
import { HATCH_KINDS, SHARED_COLOUR, hatchKindFor } from '../../theme/hatch';
import { hatchSwatchUrl } from './hatch-swatch';

/** The pattern a piece is painted with (the same rule as src/map/compare-differences.ts), in pixels and words. */
export function patternOf(piece: ComparePiece, compareIds: readonly string[], proposals: readonly Proposal[]) {
  const only = piece.inIds[0] ?? '';
  const shared = piece.inIds.length > 1;
  const colour = shared ? SHARED_COLOUR : (proposals.find((p) => p.id === only)?.colour ?? SHARED_COLOUR);
  const kind = hatchKindFor(piece.inIds.length, Math.max(0, compareIds.indexOf(only)));
  return { url: hatchSwatchUrl(kind, colour), words: shared ? `black ${HATCH_KINDS[kind].words}` : `${HATCH_KINDS[kind].words} in its colour` };
}

/**
 * "Differences": each region lying only in one compared proposal, or shared, with its area and
 * residents; each row shows the map's pattern for it, so the list is also the map's legend.
 */
export function CompareDifferences({ differences, compareIds, proposals, headingLevel = 2 }: { differences: Differences | null; compareIds: readonly string[]; proposals: readonly Proposal[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const result = differences?.result ?? null;
  return (
    <section className="compare-differences" aria-labelledby="compare-differences-title" data-testid="compare-differences">
      <Heading id="compare-differences-title">Differences</Heading>
      {differences?.status === 'error' && <p role="alert">The differences could not be computed: {differences.error}</p>}
      {result?.problem && <p role="alert">{result.problem}</p>}
      {!result && differences?.status !== 'error' && <p>Working out where the proposals differ…</p>}
      {result && !result.problem && (
        <>
          <p className="compare-differences__help">
            On the map, each proposal&apos;s own area (found in no other compared proposal) is hatched in its pattern and colour; area
            shared by two or more is cross-hatched in black with a dashed edge. Residents: Census 2021, by the same best-fit method as the
            table.
          </p>
          {result.pieces.length === 0 ? (
            <p>The compared proposals cover the same area.</p>
          ) : (
            <ul className="compare-differences__list">
              {result.pieces.map((piece) => {
                const pattern = patternOf(piece, compareIds, proposals);
                return (
                  <li key={piece.key} data-key={piece.key}>
                    <span className="compare-differences__swatch" style={{ backgroundImage: `url(${pattern.url})` }} aria-hidden="true" />
                    <span>
                      <span className="compare-differences__text">{differenceText(piece)}</span>{' '}
                      <span className="compare-differences__pattern">(map: {pattern.words})</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
