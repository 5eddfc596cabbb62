/**
 * What WannaCry cost the NHS, as the Department of Health and Social Care estimated it in October
 * 2018: the total and its published parts, each with the method the source describes. The
 * parts add up to £91.5m; the DHSC reported £92m. Both are shown and the difference is explained.
 */
import { useMemo } from 'react';
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import { formatGbpMillions } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import { useMeasuredWidth } from '../../ui/useMeasuredWidth.ts';
import { useSvgId } from '../useSvgId.ts';
import { CostBar, type CostPart } from './CostBar.tsx';
import { CostTable } from './CostTable.tsx';
import { layoutPartToWhole } from './layout.ts';

/** The parts in the order the DHSC gives them: during the attack, then after it. */
const PARTS = [
  { id: NHS.costLostOutput, className: 'cost-output' },
  { id: NHS.costItDuring, className: 'cost-it-during' },
  { id: NHS.costItAfter, className: 'cost-it-after' },
] as const;

export function CostFigure() {
  const { nhsFacts: nhs } = useModel();
  const total = requireFact(nhs, NHS.costTotal);
  const facts = useMemo(() => PARTS.map((p) => requireFact(nhs, p.id)), [nhs]);
  const parts: CostPart[] = useMemo(
    () => facts.map((f, i) => ({ id: f.id, label: f.label, value: f.value, period: f.period, className: PARTS[i]!.className })),
    [facts],
  );
  const sum = layoutPartToWhole(parts, 1).sum;
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  const summaryId = useSvgId('cost-summary');
  const sumText = facts.map((f) => formatGbpMillions(f.value)).join(' + ');
  const summary = `A bar of the estimated cost to the NHS in its published parts: ${parts.map((p) => `${p.label}, ${formatGbpMillions(p.value)}`).join('; ')}. Together ${formatGbpMillions(sum)}; the Department reported ${formatGbpMillions(total.value)}.`;

  return (
    <div className="cost-block">
      <p className="stat-line">
        <strong className="stat-value">{formatGbpMillions(total.value)}</strong> {total.label} ({total.period}){' '}
        <Cite citation={total} />
      </p>
      <figure className="chart-figure">
        <div ref={ref} className="chart-frame">
          <CostBar parts={parts} width={width} label="The cost to the NHS in its parts, in £ million" summaryId={summaryId} />
        </div>
        <p id={summaryId} className="visually-hidden">
          {summary}
        </p>
        <figcaption className="chart-caption">The bar is the sum of the parts; each part's length is its share.</figcaption>
      </figure>
      <ol className="cost-legend">
        {facts.map((fact, i) => (
          <li key={fact.id}>
            <span className={`legend-swatch ${PARTS[i]!.className}`} aria-hidden="true" />
            <span>
              <strong>{formatGbpMillions(fact.value)}</strong>: {fact.label} ({fact.period}) <Cite citation={fact} />
              {fact.note ? <span className="cite-note">{fact.note}</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="derived">
        The parts add up to {sumText} = <strong>{formatGbpMillions(sum)}</strong> (our arithmetic). The Department reported the total as{' '}
        {formatGbpMillions(total.value)} <Cite citation={total} />.{total.note ? <span className="cite-note"> {total.note}</span> : null}
      </p>
      <CostTable parts={parts} facts={facts} total={total} sum={sum} />
    </div>
  );
}
