import { useState } from 'react';
import type { GovernanceResult, RuleResult, RuleStatus } from '../analysis/types';
import { DEFAULT_PRECEPT_PER_HOUSEHOLD } from '../analysis/types';
import type { ProposalKind } from '../state/proposals-slice';
import { useAppStore } from '../state/store';

const STATUS_LABEL = { ok: '✔ Meets the rule', warning: '⚠ Check', fail: '✖ Does not meet the rule', info: 'ℹ For information' } as const satisfies Record<RuleStatus, string>;

const RULE_TITLES = {
  singleBorough: 'One principal council',
  petition: 'Petition for a Community Governance Review',
  councillors: 'Parish councillors',
  precept: 'Precept (parish share of council tax)',
} as const satisfies Record<keyof GovernanceResult, string>;

function RuleItem({ title, rule }: { title: string; rule: RuleResult<unknown> }) {
  return (
    <li className={`rule rule--${rule.status}`}>
      <p className="rule__head">
        <strong>{title}</strong> <span className="rule__status">{STATUS_LABEL[rule.status]}</span>
      </p>
      <p className="rule__text">{rule.text}</p>
      <p className="rule__cite">Rule: {rule.rule}</p>
    </li>
  );
}

function PreceptSetting() {
  const value = useAppStore((s) => s.preceptPerHousehold);
  const setValue = useAppStore((s) => s.setPreceptPerHousehold);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="field field--inline">
      <span>Annual charge per household (£)</span>
      <input
        type="number"
        min={0}
        step={0.01}
        inputMode="decimal"
        value={draft ?? value.toFixed(2)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft.trim() !== '') setValue(Number(draft));
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {value !== DEFAULT_PRECEPT_PER_HOUSEHOLD && (
        <button type="button" onClick={() => setValue(DEFAULT_PRECEPT_PER_HOUSEHOLD)}>
          Reset to £{DEFAULT_PRECEPT_PER_HOUSEHOLD}
        </button>
      )}
    </label>
  );
}

/** Governance checks in plain language, each with the rule it applies. */
export function GovernancePanel({ governance: g, kind }: { governance: GovernanceResult; kind: ProposalKind }) {
  return (
    <section className="results__section" aria-labelledby="governance-title">
      <h3 id="governance-title">Governance checks</h3>
      {kind === 'cid' && (
        <p className="method">
          The parish rules below are shown for comparison, in case this area became a parish instead.
        </p>
      )}
      <ul className="rule-list">
        {(Object.keys(RULE_TITLES) as (keyof GovernanceResult)[]).map((key) => (
          <RuleItem key={key} title={RULE_TITLES[key]} rule={g[key]} />
        ))}
      </ul>
      <PreceptSetting />
      {kind === 'cid' && (
        <p className="method">
          A community improvement district works like a Business Improvement District: its levy is usually 1–2% of a
          business’s rateable value, and it needs a ballot won by a majority of votes cast and of the rateable value
          they represent (Business Improvement Districts (England) Regulations 2004).
        </p>
      )}
    </section>
  );
}
