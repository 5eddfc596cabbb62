/**
 * One small multiple: a running total as a step line (it can only rise, and only when a payment
 * arrives), with day gridlines, y ticks, the ransom deadlines and the hour being explored.
 * A stateless renderer: the figure owns the hover state and passes pointer events through.
 */
import type { PointerEvent, Ref } from 'react';
import { formatUtcDay } from '../../format/format.ts';
import type { StepPanel } from './layout.ts';
import { markerLabel } from './text.ts';

/** Height of a row of marker labels (11 px type). */
const LABEL_ROW = 13;

interface Props {
  panel: StepPanel;
  title: string;
  titleId: string;
  formatTick: (value: number) => string;
  activeIndex: number | null;
  svgRef?: Ref<SVGSVGElement>;
  onPointer: (event: PointerEvent<SVGSVGElement>) => void;
}

export function PaymentsPanel({ panel, title, titleId, formatTick, activeIndex, svgRef, onPointer }: Props) {
  const { plot } = panel;
  const active = activeIndex === null ? undefined : panel.points[activeIndex];
  return (
    <div className="payments-panel">
      <p className="panel-title" id={titleId}>
        {title}
      </p>
      <svg
        ref={svgRef}
        className="chart-svg"
        width={panel.width}
        height={panel.height}
        viewBox={`0 0 ${panel.width} ${panel.height}`}
        role="img"
        aria-labelledby={titleId}
        onPointerMove={onPointer}
        onPointerDown={onPointer}
      >
        {panel.yTicks.map((tick) => (
          <g key={tick.value} className="axis-y">
            <line className="gridline" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text className="tick-label" x={plot.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {panel.xTicks.map((tick) => (
          <g key={tick.time} className="axis-x">
            <line className="gridline gridline--day" x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom + 4} />
            {tick.labelled ? (
              <text className="tick-label" x={tick.x} y={plot.bottom + 18} textAnchor="middle">
                {formatUtcDay(tick.time)}
              </text>
            ) : null}
          </g>
        ))}
        {panel.markers.map((marker) => (
          <g key={marker.id} className="deadline-marker">
            <line x1={marker.x} x2={marker.x} y1={plot.top - 14 - marker.labelRow * LABEL_ROW} y2={plot.bottom} />
            <text x={marker.labelAnchor === 'start' ? marker.x + 4 : marker.x - 4} y={plot.top - 6 - marker.labelRow * LABEL_ROW} textAnchor={marker.labelAnchor}>
              {markerLabel(marker.id)}
            </text>
          </g>
        ))}
        <path className="payments-area" d={panel.area} />
        <path className="payments-line" d={panel.line} />
        {active ? (
          <g className="payments-active">
            <line x1={active.x} x2={active.x} y1={plot.top} y2={plot.bottom} />
            <circle cx={active.x} cy={active.y} r={4} />
          </g>
        ) : null}
      </svg>
    </div>
  );
}
