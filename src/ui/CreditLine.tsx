import { formatIsoDate } from '../format/format.ts';
import { useModel } from './ModelContext.tsx';

/** The closing line: who made it, where the figures come from, when the data last changed. */
export function CreditLine({ compact }: { compact: boolean }) {
  const { meta, sources } = useModel().dataset;
  return (
    <footer className={`credit-line${compact ? ' credit-line-compact' : ''}`}>
      {compact ? (
        <p>
          {meta.credits[0]!.name} · {sources.length} sources, one tap from each figure · updated{' '}
          <time dateTime={meta.updated}>{formatIsoDate(meta.updated.slice(0, 10), { short: true })}</time>
        </p>
      ) : (
        <p>
          {meta.credits[0]!.name}. Figures from {sources.length} public sources, each linked where it is used and listed under Sources and methods. Data
          updated <time dateTime={meta.updated}>{formatIsoDate(meta.updated)}</time>.
        </p>
      )}
    </footer>
  );
}
