/**
 * One layer down from the key figures: how the appointments were counted and estimated, which
 * A&E departments diverted, the GP practices and devices as shares, and NHS England's counts at
 * the time where they differ from the auditors'. Every figure keeps its source chip.
 */
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import type { Fact } from '../../data/schema.ts';
import { formatNumber, formatPercent } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';

/** Contemporary counts of hospitals on divert; optional, and shown only when the dataset has them. */
const DIVERT_COUNTS_AT_THE_TIME = ['ae_divert_7_sunday', 'ae_divert_2_monday'];
const COUNTED_SHARE = 'appts_cancelled_known_share';

export function NhsNotes() {
  const { nhsFacts: nhs, dataset } = useModel();
  const fact = (id: string) => requireFact(nhs, id);
  const estimated = fact(NHS.appointmentsEstimated);
  const cancer = fact(NHS.cancerReferrals);
  const ae = fact(NHS.aeDiverting);
  const orgs = fact(NHS.primaryCareOrgs);
  const gpShare = fact(NHS.gpPracticesShare);
  const gpTotal = fact(NHS.gpPracticesTotal);
  const devicesShare = fact(NHS.diagnosticDevicesShare);
  const devices = fact(NHS.diagnosticDevices);
  const countedShare = nhs.get(COUNTED_SHARE);
  const atTheTime = DIVERT_COUNTS_AT_THE_TIME.map((id) => nhs.get(id)).filter((f): f is Fact & { value: number } => f?.value !== undefined);
  const diverted = dataset.nhs.trusts.filter((t) => t.aeDiverted);
  return (
    <div className="nhs-notes">
      {countedShare?.value !== undefined ? (
        <p>
          The appointments counted were first appointments, {formatPercent(countedShare.value)} of all first appointments in the period{' '}
          <Cite citation={countedShare} />.
        </p>
      ) : null}
      {estimated.note ? (
        <p>
          <strong>How the estimate was made:</strong> {estimated.note} <Cite citation={estimated} />
        </p>
      ) : null}
      {cancer.note ? (
        <p>
          {cancer.note} <Cite citation={cancer} />
        </p>
      ) : null}
      <p>
        The A&E departments that diverted ambulances <Cite citation={ae} />:
      </p>
      <ul className="ae-list">
        {diverted.map((trust) => (
          <li key={trust.name}>
            <strong>{trust.aeDiverted}</strong> ({trust.name}) <Cite citation={trust} />
          </li>
        ))}
      </ul>
      <p>
        The auditors do not say how long each diverted ambulances; the period they cover is {ae.period ?? 'not stated'}.
        {atTheTime.length ? ' NHS England’s counts at the time differ: ' : null}
        {atTheTime.map((f, i) => (
          <span key={f.id}>
            {i ? '; ' : ''}
            {f.label}, {formatNumber(f.value)} <Cite citation={f} />
          </span>
        ))}
        {atTheTime.length ? '.' : null}
      </p>
      <p>
        Beyond the trusts, {formatNumber(orgs.value)} primary care and other NHS organisations were infected <Cite citation={orgs} />; the GP practices
        among them were {formatPercent(gpShare.value)} <Cite citation={gpShare} /> of England&apos;s {formatNumber(gpTotal.value)} <Cite citation={gpTotal} />.
        The {formatNumber(devices.value)} diagnostic devices were {formatPercent(devicesShare.value)} of all such NHS equipment <Cite citation={devicesShare} />.
        {devices.note ? ` ${devices.note}` : null}
      </p>
    </div>
  );
}
