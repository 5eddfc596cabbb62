/** A headline figure: the number large, what it counts, the period, and the source one step away. */
import type { ReactNode } from 'react';
import type { Fact } from '../../data/schema.ts';
import { Cite } from '../../ui/Cite.tsx';

interface Props {
  /** The figure, already formatted through format.ts. */
  value: string;
  label: ReactNode;
  fact: Fact;
  children?: ReactNode;
  /** Spans the whole row, for a figure with a list under it. */
  wide?: boolean;
}

export function FactStat({ value, label, fact, children, wide = false }: Props) {
  return (
    <div className={wide ? 'stat stat--wide' : 'stat'}>
      <p className="stat-figure">
        <strong className="stat-value">{value}</strong> <span className="stat-label">{label}</span>
        {fact.period ? <span className="stat-period">{fact.period}</span> : null}
      </p>
      <p className="stat-source">
        <Cite citation={fact} withQuote />
      </p>
      {children}
    </div>
  );
}
