/** A headline figure: the number large, what it counts, when, and its source chip (the quote is on the chip's card). */
import type { ReactNode } from 'react';
import type { Fact } from '../../data/schema.ts';
import { Cite } from '../../ui/Cite.tsx';

interface Props {
  /** The figure, already formatted through format.ts. */
  value: string;
  label: ReactNode;
  fact: Fact;
}

export function FactStat({ value, label, fact }: Props) {
  return (
    <div className="stat">
      <p className="stat-figure">
        <strong className="stat-value">{value}</strong> <span className="stat-label">{label}</span>
        {fact.period ? <span className="stat-period">{fact.period}</span> : null} <Cite citation={fact} />
      </p>
    </div>
  );
}
