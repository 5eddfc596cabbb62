/**
 * NHS impact (view=nhs, and the story after the map): the trusts chart and the key figures first,
 * then one layer down (native <details>, open without JavaScript too) how they were counted, how
 * the cost adds up, the week day by day and the official findings on why. Every figure is read
 * from the dataset by id and carries its source chip.
 */
import { useRef } from 'react';
import { CostFigure } from '../charts/cost/CostFigure.tsx';
import { KeyFigures } from '../charts/nhs/KeyFigures.tsx';
import { NhsNotes } from '../charts/nhs/NhsNotes.tsx';
import { Timeline } from '../charts/nhs/Timeline.tsx';
import { WhyFindings } from '../charts/nhs/WhyFindings.tsx';
import { TrustsFigure } from '../charts/trusts/TrustsFigure.tsx';
import { requireFact } from '../data/model.ts';
import { NHS } from '../data/requiredFacts.ts';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { formatNumber } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { LazyDetails, StaticTableLink } from '../ui/LazyDetails.tsx';
import { useModel } from '../ui/ModelContext.tsx';

export function NhsSection() {
  const { nhsFacts: nhs } = useModel();
  const trustsRef = useRef<HTMLDivElement>(null);
  const total = requireFact(nhs, NHS.trustsTotal);
  const affected = requireFact(nhs, NHS.affected2018);
  const counted = requireFact(nhs, NHS.appointmentsCounted);
  return (
    <section className="section nhs" aria-labelledby="nhs-heading" id="nhs">
      <h2 id="nhs-heading">What it did to the NHS in England</h2>
      <p className="lede">
        At least <strong>{formatNumber(affected.value)}</strong> of England&apos;s {formatNumber(total.value)} NHS trusts were infected or disrupted{' '}
        <Cite citation={affected} />, and hospitals cancelled at least <strong>{formatNumber(counted.value)}</strong> appointments{' '}
        <Cite citation={counted} />.
      </p>
      <div ref={trustsRef}>
        <TrustsFigure />
      </div>
      <KeyFigures />
      <details className="how-we-know">
        <summary>How we know: the counts, the estimates and the A&amp;E diverts</summary>
        <NhsNotes />
      </details>
      <LazyDetails className="how-we-know" summary="How the cost adds up" fallback={<StaticTableLink view="nhs" what="Every NHS figure, the cost and its parts among them," />}>
        {() => <CostFigure />}
      </LazyDetails>
      <LazyDetails className="how-we-know" summary="The week, day by day" fallback={<StaticTableLink view="nhs" what="The week, day by day," />}>
        {() => <Timeline />}
      </LazyDetails>
      <LazyDetails className="how-we-know" summary="Why the NHS was exposed: the official findings" fallback={<StaticTableLink view="nhs" what="Every finding, with its source," />}>
        {() => <WhyFindings />}
      </LazyDetails>
      <SectionTools view="nhs" chartRef={trustsRef} />
    </section>
  );
}
