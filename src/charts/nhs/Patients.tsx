/**
 * Patients: appointments cancelled (counted, and NHS England's estimate of the total, with how
 * it was made), urgent cancer referrals, and the A&E departments that diverted ambulances.
 */
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import type { Fact } from '../../data/schema.ts';
import { formatNumber, formatPercent } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import { FactStat } from './FactStat.tsx';

/** Contemporary counts of hospitals on divert; optional, and shown only when the dataset has them. */
const DIVERT_COUNTS_AT_THE_TIME = ['ae_divert_7_sunday', 'ae_divert_2_monday'];
const COUNTED_SHARE = 'appts_cancelled_known_share';

export function Patients() {
  const { nhs, dataset } = useModel();
  const counted = requireFact(nhs, NHS.appointmentsCounted);
  const estimated = requireFact(nhs, NHS.appointmentsEstimated);
  const cancer = requireFact(nhs, NHS.cancerReferrals);
  const ae = requireFact(nhs, NHS.aeDiverting);
  const countedShare = nhs.get(COUNTED_SHARE);
  const atTheTime = DIVERT_COUNTS_AT_THE_TIME.map((id) => nhs.get(id)).filter((f): f is Fact & { value: number } => f?.value !== undefined);
  const diverted = dataset.nhs.trusts.filter((t) => t.aeDiverted);

  return (
    <div className="stats">
      <FactStat value={formatNumber(counted.value)} label="appointments cancelled, as counted by NHS England" fact={counted}>
        {countedShare?.value !== undefined ? (
          <p className="stat-note">
            The Department's lessons-learned review describes them as first appointments, {formatPercent(countedShare.value)} of all first
            appointments in the period <Cite citation={countedShare} />.
          </p>
        ) : null}
      </FactStat>
      <FactStat value={formatNumber(estimated.value)} label="cancelled appointments in all, as NHS England estimated them" fact={estimated}>
        {estimated.note ? (
          <p className="stat-note">
            <strong>How the estimate was made:</strong> {estimated.note}
          </p>
        ) : null}
      </FactStat>
      <FactStat value={formatNumber(cancer.value)} label="patients whose urgent referral for potential cancer was cancelled" fact={cancer}>
        {cancer.note ? <p className="stat-note">{cancer.note}</p> : null}
      </FactStat>
      <FactStat value={formatNumber(ae.value)} label="areas where patients had to travel further to A&E: the A&E departments that diverted ambulances" fact={ae} wide>
        <ul className="ae-list">
          {diverted.map((trust) => (
            <li key={trust.name}>
              <strong>{trust.aeDiverted}</strong> ({trust.name}) <Cite citation={trust} />
            </li>
          ))}
        </ul>
        <p className="stat-note">
          The NAO does not say how long each department diverted ambulances; the period it covers is {ae.period ?? 'not stated'}.
          {atTheTime.length ? ' NHS England’s counts at the time differ from the NAO’s:' : null}
        </p>
        {atTheTime.length ? (
          <ul className="ae-list">
            {atTheTime.map((fact) => (
              <li key={fact.id}>
                {fact.label}: <strong>{formatNumber(fact.value)}</strong> <Cite citation={fact} />
              </li>
            ))}
          </ul>
        ) : null}
      </FactStat>
    </div>
  );
}
