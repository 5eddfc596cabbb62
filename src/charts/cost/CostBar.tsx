/**
 * The cost as one bar cut into its published parts. Each part can be hovered, tapped or tabbed
 * to; its value is written on it where it fits, or under the bar with a leader where it does not
 * (the £0.5m part is under 2 px wide on a phone).
 */
import { useMemo } from 'react';
import { formatGbpMillions } from '../../format/format.ts';
import { Tooltip } from '../Tooltip.tsx';
import { useChartTooltip } from '../useChartTooltip.ts';
import { useSvgId } from '../useSvgId.ts';
import { layoutPartToWhole } from './layout.ts';

export interface CostPart {
  id: string;
  label: string;
  value: number;
  period?: string | undefined;
  /** The class that colours the segment (see charts.css). */
  className: string;
}

const BAR_HEIGHT = 40;
const OUTSIDE_LABEL_ROOM = 26;

export function CostBar({ parts, width, label, summaryId }: { parts: readonly CostPart[]; width: number; label: string; summaryId: string }) {
  const layout = useMemo(() => layoutPartToWhole(parts, width), [parts, width]);
  const hasOutside = layout.segments.some((s) => !s.labelInside);
  const height = BAR_HEIGHT + (hasOutside ? OUTSIDE_LABEL_ROOM : 0);
  const tooltipId = useSvgId('cost-tooltip');
  const { wrapperRef, active, showAbove: show, hide, pointerLeft, blurred } = useChartTooltip();
  const activePart = active ? parts[active.index] : undefined;

  return (
    <div
      className="chart cost-chart"
      ref={wrapperRef}
      onPointerLeave={(e) => e.pointerType === 'mouse' && pointerLeft()}
      onKeyDown={(e) => e.key === 'Escape' && hide()}
    >
      <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} aria-describedby={summaryId}>
        {layout.segments.map((segment, i) => {
          const part = parts[i]!;
          const value = formatGbpMillions(part.value);
          return (
            // The group, not only the bar, reacts to the pointer: the label under a thin part is
            // its touch target.
            <g
              key={part.id}
              className={active?.index === i ? 'cost-part is-active' : 'cost-part'}
              onPointerEnter={(e) => show(i, e.currentTarget.querySelector('rect') ?? e.currentTarget, false)}
            >
              <rect
                className={`cost-segment ${part.className}`}
                x={segment.x}
                y={0}
                width={segment.width}
                height={BAR_HEIGHT}
                role="img"
                tabIndex={0}
                aria-label={`${part.label}: ${value}`}
                onFocus={(e) => show(i, e.currentTarget, true)}
                onBlur={() => blurred(i)}
              />
              {segment.labelInside ? (
                <text className="cost-label cost-label--inside" x={segment.centre} y={BAR_HEIGHT / 2} aria-hidden="true">
                  {value}
                </text>
              ) : (
                <g aria-hidden="true">
                  <line className="cost-leader" x1={segment.centre} x2={segment.labelX} y1={BAR_HEIGHT} y2={BAR_HEIGHT + 6} />
                  <text className="cost-label" x={segment.labelX} y={BAR_HEIGHT + 19}>
                    {value}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      {active && activePart ? (
        <Tooltip id={tooltipId} anchor={active.anchor} bounds={active.bounds}>
          <strong className="tooltip-title">{activePart.label}</strong>
          <span className="tooltip-line">{formatGbpMillions(activePart.value)}</span>
          {activePart.period ? <span className="tooltip-line">{activePart.period}</span> : null}
        </Tooltip>
      ) : null}
    </div>
  );
}
