/**
 * The dated strip of who blamed whom: one dot per statement on its speaker's lane (researchers,
 * governments, prosecutors, North Korea). A picture of the sequence; the list below it carries
 * every statement in words, with its source, for every reader.
 */
import { useMemo } from 'react';
import type { Attribution } from '../../data/schema.ts';
import { layoutStrip, STRIP } from './layout.ts';

export function AttributionStrip({ statements, summaryId }: { statements: readonly Attribution[]; summaryId: string }) {
  const strip = useMemo(() => layoutStrip(statements), [statements]);
  return (
    <svg className="chart-svg attribution-strip" viewBox={`0 0 ${strip.width} ${strip.height}`} width={strip.width} height={strip.height} role="img" aria-labelledby={summaryId}>
      {strip.lanes.map((lane) => (
        <g key={lane.kind} className={`lane lane-${lane.kind}`}>
          <line className="lane-line" x1={STRIP.left} x2={strip.width - STRIP.right} y1={lane.y} y2={lane.y} />
          <text className="lane-label" x={STRIP.left} y={lane.y - 6}>
            {lane.label}
          </text>
        </g>
      ))}
      {strip.ticks.map((tick) => (
        <g key={tick.label} className="strip-tick">
          <line x1={tick.x} x2={tick.x} y1={strip.height - STRIP.axis} y2={strip.height - STRIP.axis + 4} />
          <text x={tick.x} y={strip.height - 4}>
            {tick.label}
          </text>
        </g>
      ))}
      {strip.dots.map((dot) => (
        <circle key={dot.id} className={`strip-dot dot-${dot.kind}`} cx={dot.x} cy={dot.y} r={STRIP.dot} />
      ))}
    </svg>
  );
}
