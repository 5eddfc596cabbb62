/** Why there are two editions of the counts, and why only one of them can name trusts. */
import type { Fact } from '../../data/schema.ts';
import { formatNumber } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import type { Edition } from './editions.ts';

interface Props {
  original: Edition;
  revised: Edition;
  reclassified: Fact & { value: number };
}

export function TrustRevisionNote({ original, revised, reclassified }: Props) {
  const n = formatNumber;
  return (
    <div className="chart-note">
      <p>
        <strong>Two editions.</strong> The NAO first published, in {original.label}, that {n(original.infected.value)} trusts were
        infected <Cite citation={original.infected} /> and {n(original.disrupted.value)} disrupted{' '}
        <Cite citation={original.disrupted} />, {n(original.affected.value)} in all <Cite citation={original.affected} />. Its
        re-issued report of {revised.label} gives {n(revised.infected.value)} and {n(revised.disrupted.value)},{' '}
        {n(revised.affected.value)} in all <Cite citation={revised.affected} />, after {n(reclassified.value)} trusts contested
        the category they had been put in <Cite citation={reclassified} />
      </p>
      <p>
        The trusts are named only in the {revised.label} edition. The NAO did not publish which {n(reclassified.value)} trusts
        changed category, so the squares of the {original.label} edition are not named. Squares of trusts that reported no
        disruption are not named either: the NAO listed only the trusts affected.
      </p>
    </div>
  );
}
