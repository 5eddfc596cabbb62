/** Primary care and devices: the organisations infected beyond the trusts, and diagnostic equipment. */
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import { formatNumber, formatPercent } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import { FactStat } from './FactStat.tsx';

export function PrimaryCare() {
  const { nhs } = useModel();
  const orgs = requireFact(nhs, NHS.primaryCareOrgs);
  const gps = requireFact(nhs, NHS.gpPractices);
  const gpShare = requireFact(nhs, NHS.gpPracticesShare);
  const gpTotal = requireFact(nhs, NHS.gpPracticesTotal);
  const devices = requireFact(nhs, NHS.diagnosticDevices);
  const devicesShare = requireFact(nhs, NHS.diagnosticDevicesShare);
  return (
    <div className="stats">
      <FactStat value={formatNumber(orgs.value)} label="primary care and other NHS organisations infected, beyond the trusts" fact={orgs}>
        <p className="stat-note">
          Among them, <strong>{formatNumber(gps.value)}</strong> GP practices <Cite citation={gps} />: {formatPercent(gpShare.value)}{' '}
          <Cite citation={gpShare} /> of the {formatNumber(gpTotal.value)} GP practices in England <Cite citation={gpTotal} />.
        </p>
      </FactStat>
      <FactStat value={formatNumber(devices.value)} label="pieces of diagnostic equipment infected" fact={devices}>
        <p className="stat-note">
          {formatPercent(devicesShare.value)} of all such NHS equipment <Cite citation={devicesShare} />.
          {devices.note ? ` ${devices.note}` : null}
        </p>
      </FactStat>
    </div>
  );
}
