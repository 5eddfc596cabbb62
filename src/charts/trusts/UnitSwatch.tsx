/** A legend key drawn exactly like a square of the unit chart (fill, hatching or outline, marker). */
import { useSvgId } from '../useSvgId.ts';
import { HatchPattern } from './HatchPattern.tsx';
import type { TrustCategory } from './layout.ts';

const SIZE = 16;

export function UnitSwatch({ category, marked = false }: { category: TrustCategory; marked?: boolean }) {
  const hatchId = useSvgId('swatch-hatch');
  return (
    <svg className="unit-swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      {category === 'disrupted' ? (
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
      ) : null}
      <rect
        className={`trust-unit trust-unit--${category}`}
        x="1"
        y="1"
        width={SIZE - 2}
        height={SIZE - 2}
        fill={category === 'disrupted' ? `url(#${hatchId})` : undefined}
      />
      {marked ? <circle className="trust-ae-marker" cx={SIZE / 2} cy={SIZE / 2} r={SIZE * 0.2} /> : null}
    </svg>
  );
}
