/**
 * NHS impact (view=nhs, and the story after the map): what WannaCry did to England's National
 * Health Service, from the trusts to the patients, primary care, the cost, the week's timeline
 * and the official findings on why. Every figure is read from the dataset by id and cited.
 */
import { useRef } from 'react';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { CostFigure } from '../charts/cost/CostFigure.tsx';
import { Patients } from '../charts/nhs/Patients.tsx';
import { PrimaryCare } from '../charts/nhs/PrimaryCare.tsx';
import { Timeline } from '../charts/nhs/Timeline.tsx';
import { WhyFindings } from '../charts/nhs/WhyFindings.tsx';
import { TrustsFigure } from '../charts/trusts/TrustsFigure.tsx';
import { requireFact } from '../data/model.ts';
import { NHS } from '../data/requiredFacts.ts';
import { formatNumber } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';

export function NhsSection() {
  const { nhs } = useModel();
  const trustsRef = useRef<HTMLDivElement>(null);
  const total = requireFact(nhs, NHS.trustsTotal);
  const affected = requireFact(nhs, NHS.affected2018);
  const ransomPaid = requireFact(nhs, NHS.ransomPaid);
  return (
    <section className="section nhs" aria-labelledby="nhs-heading" id="nhs">
      <h2 id="nhs-heading">What it did to the NHS in England</h2>
      <p className="lede">
        At least {formatNumber(affected.value)} <Cite citation={affected} /> of the {formatNumber(total.value)} NHS trusts in England{' '}
        <Cite citation={total} /> were infected or disrupted. Hospitals cancelled appointments and operations, some sent ambulances
        elsewhere, and GP practices were locked out of their computers.
      </p>

      <h3>Trusts</h3>
      <div ref={trustsRef}>
        <TrustsFigure />
      </div>

      <h3>Patients</h3>
      <Patients />

      <h3>GP practices and equipment</h3>
      <PrimaryCare />

      <h3>The cost</h3>
      <CostFigure />
      <p className="stat-line">
        {ransomPaid.label}: <strong>{formatNumber(ransomPaid.value)}</strong> <Cite citation={ransomPaid} withQuote />
      </p>

      <h3>The week, day by day</h3>
      <Timeline />

      <h3>Why the NHS was exposed</h3>
      <WhyFindings />
      <SectionTools view="nhs" chartRef={trustsRef} />
    </section>
  );
}
