/** The key to the unit chart, with each count of the shown edition and its source. */
import type { Fact } from '../../data/schema.ts';
import { formatNumber } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import type { Edition } from './editions.ts';
import { noDisruptionCount } from './layout.ts';
import { UnitSwatch } from './UnitSwatch.tsx';
import { CATEGORY_LABELS } from './unitText.ts';

interface Props {
  edition: Edition;
  /** The published number of A&E departments diverting, shown when the edition names trusts. */
  aeDiverting?: Fact & { value: number };
}

export function TrustLegend({ edition, aeDiverting }: Props) {
  const { total, affected, infected, disrupted, acuteInfected } = edition;
  return (
    <ul className="chart-legend" aria-live="polite">
      <li>
        <UnitSwatch category="infected" />
        <span>
          {CATEGORY_LABELS.infected}: <strong>{formatNumber(infected.value)}</strong> <Cite citation={infected} />; of these,{' '}
          {formatNumber(acuteInfected.value)} were acute (hospital) trusts <Cite citation={acuteInfected} />
        </span>
      </li>
      <li>
        <UnitSwatch category="disrupted" />
        <span>
          {CATEGORY_LABELS.disrupted}: <strong>{formatNumber(disrupted.value)}</strong> <Cite citation={disrupted} />
        </span>
      </li>
      <li>
        <UnitSwatch category="none" />
        <span>
          {CATEGORY_LABELS.none}: <strong>{formatNumber(noDisruptionCount(edition.counts))}</strong>{' '}
          <span className="derived">
            ({formatNumber(total.value)} trusts <Cite citation={total} /> minus the {formatNumber(affected.value)} affected{' '}
            <Cite citation={affected} />; our arithmetic)
          </span>
        </span>
      </li>
      {aeDiverting ? (
        <li>
          <UnitSwatch category="infected" marked />
          <span>
            Ringed dot: an acute trust whose A&amp;E diverted ambulances: <strong>{formatNumber(aeDiverting.value)}</strong>{' '}
            <Cite citation={aeDiverting} />
          </span>
        </li>
      ) : null}
    </ul>
  );
}
