/**
 * How the story ended: the wallets' balance before they were emptied, and the dollar values only
 * as they were published, with their date and source. We never convert bitcoin to dollars: the
 * rate moved by the hour, and any conversion would be a number nobody published.
 */
import { requireFact } from '../../data/model.ts';
import { RANSOM } from '../../data/requiredFacts.ts';
import type { Fact } from '../../data/schema.ts';
import { formatBtc, formatUsd } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';

/** Dollar values as the press published them; optional, shown when the dataset has them. */
const PUBLISHED_USD = ['ransom_press_usd_0514', 'ransom_press_usd_0515', 'ransom_withdrawn_usd'];
/** Enough places to show the on-chain figure exactly (52.19666422). */
const BTC_PLACES = 8;

export function Withdrawal() {
  const { ransomFacts: ransom } = useModel();
  const balance = requireFact(ransom, RANSOM.balanceBeforeWithdrawal);
  const usd = PUBLISHED_USD.map((id) => ransom.get(id)).filter((f): f is Fact => f?.text !== undefined || f?.value !== undefined);
  return (
    <div className="withdrawal">
      <p className="stat-line">
        <strong className="stat-value">{formatBtc(balance.value, BTC_PLACES)}</strong> {balance.label.charAt(0).toLowerCase()}
        {balance.label.slice(1)} ({balance.period}) <Cite citation={balance} />
        {balance.note ? <span className="cite-note"> {balance.note}</span> : null}
      </p>
      {usd.length ? (
        <details className="how-we-know">
          <summary>In US dollars, only as published at the time</summary>
          <p>We do not convert bitcoin, whose price moved by the hour.</p>
          <ul className="published-usd">
            {usd.map((fact) => (
              <li key={fact.id}>
                {fact.label}: <strong>{fact.text ?? formatUsd(fact.value!)}</strong> ({fact.unit}, {fact.period}) <Cite citation={fact} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
