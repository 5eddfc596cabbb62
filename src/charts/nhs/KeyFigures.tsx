/**
 * The NHS's key figures at a glance, each with its source chip: patients (appointments counted and
 * estimated, urgent cancer referrals, A&E diverts), primary care, equipment, the cost and the
 * ransom paid. How each was counted or estimated is one layer down (NhsNotes.tsx).
 */
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import { formatGbpMillions, formatNumber } from '../../format/format.ts';
import { useModel } from '../../ui/ModelContext.tsx';
import { FactStat } from './FactStat.tsx';

export function KeyFigures() {
  const { nhsFacts: nhs } = useModel();
  const fact = (id: string) => requireFact(nhs, id);
  const counted = fact(NHS.appointmentsCounted);
  const estimated = fact(NHS.appointmentsEstimated);
  const cancer = fact(NHS.cancerReferrals);
  const ae = fact(NHS.aeDiverting);
  const gps = fact(NHS.gpPractices);
  const devices = fact(NHS.diagnosticDevices);
  const cost = fact(NHS.costTotal);
  const ransom = fact(NHS.ransomPaid);
  return (
    <div className="stats">
      <FactStat value={formatNumber(counted.value)} label="appointments cancelled, as counted" fact={counted} />
      <FactStat value={formatNumber(estimated.value)} label="cancelled in all, as NHS England estimated" fact={estimated} />
      <FactStat value={formatNumber(cancer.value)} label="urgent cancer referrals cancelled" fact={cancer} />
      <FactStat value={formatNumber(ae.value)} label="A&E departments sent ambulances elsewhere" fact={ae} />
      <FactStat value={formatNumber(gps.value)} label="GP practices infected" fact={gps} />
      <FactStat value={formatNumber(devices.value)} label="diagnostic devices infected" fact={devices} />
      <FactStat value={formatGbpMillions(cost.value)} label="cost to the NHS, as the Department estimated" fact={cost} />
      <FactStat value={formatNumber(ransom.value)} label="NHS bodies paid the ransom" fact={ransom} />
    </div>
  );
}
