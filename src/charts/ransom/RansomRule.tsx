/** The ransom rule as the note and its analysts gave it: the price, when it doubled, when files went. */
import { requireFact } from '../../data/model.ts';
import { RANSOM } from '../../data/requiredFacts.ts';
import { formatNumber, formatUsd } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';

export function RansomRule() {
  const { ransomFacts: ransom } = useModel();
  const demand = requireFact(ransom, RANSOM.demandUsd);
  const demandBtc = requireFact(ransom, RANSOM.demandBtc);
  const doubled = requireFact(ransom, RANSOM.doubledUsd);
  const doubleAfter = requireFact(ransom, RANSOM.doubleAfterDays);
  const deleteAfter = requireFact(ransom, RANSOM.deleteAfterDays);
  return (
    <ol className="ransom-rule">
      <li>
        <strong className="stat-value">{formatUsd(demand.value)}</strong> per computer, paid in bitcoin <Cite citation={demand} />
        <span className="stat-note">
          The note asked for {formatNumber(demandBtc.value)} BTC <Cite citation={demandBtc} />.
        </span>
      </li>
      <li>
        <strong className="stat-value">{formatUsd(doubled.value)}</strong> once {formatNumber(doubleAfter.value)} days had passed
        unpaid <Cite citation={doubled} />
        {doubleAfter.sourceId !== doubled.sourceId || doubleAfter.locator !== doubled.locator ? <Cite citation={doubleAfter} /> : null}
      </li>
      <li>
        <strong className="stat-value">{formatNumber(deleteAfter.value)} days</strong> unpaid: the note threatened to delete the files{' '}
        <Cite citation={deleteAfter} />
      </li>
    </ol>
  );
}
