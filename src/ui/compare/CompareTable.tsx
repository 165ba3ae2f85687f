import type { AnalysisResult } from '../../analysis/types';
import type { Proposal } from '../../state/proposals-slice';
import { BASE_ROWS, MARK_TEXT, RULE_TEXT, markExtremes, serviceRows, type CompareRow } from './compare-rows';

export interface Compared {
  proposal: Proposal;
  result: AnalysisResult;
}

function Row({ row, items }: { row: CompareRow; items: readonly Compared[] }) {
  const marks = markExtremes(
    items.map((c) => row.value(c.result)),
    row.prefer,
  );
  return (
    <tr data-row={row.id}>
      <th scope="row">{row.label}</th>
      {items.map((c, i) => {
        const mark = marks[i];
        return (
          <td key={c.proposal.id}>
            {row.format(c.result)}
            {mark && (
              <>
                {' '}
                <strong className={`compare-mark compare-mark--${mark}`}>{MARK_TEXT[mark]}</strong>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** Proposals side by side, one column each; the extremes of each row marked in words and symbols. */
export function CompareTable({ items }: { items: readonly Compared[] }) {
  const rows = [...BASE_ROWS, ...serviceRows(items.map((c) => c.result))];
  return (
    <table className="compare-table" data-testid="compare-table">
      <caption>
        Proposals compared: {items.map((c) => c.proposal.name || 'Unnamed proposal').join(', ')}
      </caption>
      <thead>
        <tr>
          <td />
          {items.map((c) => (
            <th key={c.proposal.id} scope="col">
              <span className="compare-swatch" style={{ borderColor: c.proposal.colour, background: `${c.proposal.colour}55` }} aria-hidden="true" />
              {c.proposal.name || 'Unnamed proposal'}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id} row={row} items={items} />
        ))}
        <tr data-row="single-borough">
          <th scope="row">One principal council (s.79 LGPIHA 2007)</th>
          {items.map((c) => (
            <td key={c.proposal.id} className={`compare-rule compare-rule--${c.result.governance.singleBorough.status}`}>
              <strong>{RULE_TEXT[c.result.governance.singleBorough.status]}</strong>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
