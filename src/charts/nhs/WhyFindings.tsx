/** Why the NHS was exposed: the official findings (facts whose id starts with why_), each sourced. */
import { useMemo } from 'react';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import { describeFact, factsWithPrefix } from './facts.ts';

export function WhyFindings() {
  const { nhsFacts: nhs } = useModel();
  const findings = useMemo(() => factsWithPrefix(nhs, 'why_'), [nhs]);
  return (
    <ul className="findings">
      {findings.map((fact) => (
        <li key={fact.id}>
          <span className="finding-label">{fact.label}:</span> <strong>{describeFact(fact)}</strong>
          {fact.period ? <span className="finding-period"> ({fact.period})</span> : null} <Cite citation={fact} />
        </li>
      ))}
    </ul>
  );
}
