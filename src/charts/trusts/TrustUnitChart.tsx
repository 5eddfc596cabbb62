/**
 * The unit chart: one square per NHS trust in England. Each square can be explored by mouse
 * (hover), touch (tap: the square takes focus and its tooltip stays until focus leaves) and
 * keyboard (one tab stop; arrow keys, Home and End move between squares, Escape hides the
 * tooltip). Every square's accessible name carries what its tooltip shows; the squares are
 * images with names, not buttons, because focusing one is all there is to do.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { TextTooltip } from '../Tooltip.tsx';
import { useChartTooltip } from '../useChartTooltip.ts';
import { useSvgId } from '../useSvgId.ts';
import { HatchPattern } from './HatchPattern.tsx';
import { layoutUnitGrid, moveUnitFocus, unitMarker, type TrustUnit } from './layout.ts';
import { unitAccessibleName, type UnitText } from './unitText.ts';

interface Props {
  units: readonly TrustUnit[];
  width: number;
  /** The chart's accessible name, and the id of its text summary. */
  label: string;
  summaryId: string;
  describe: (unit: TrustUnit) => UnitText;
}


export function TrustUnitChart({ units, width, label, summaryId, describe }: Props) {
  const grid = useMemo(() => layoutUnitGrid(units.length, width), [units.length, width]);
  const texts = useMemo(() => units.map(describe), [units, describe]);
  const svgRef = useRef<SVGSVGElement>(null);
  const hatchId = useSvgId('trust-hatch');
  const tooltipId = useSvgId('trust-tooltip');
  const [focusIndex, setFocusIndex] = useState(0);
  const { wrapperRef, active, showAbove: show, hide, pointerLeft, blurred } = useChartTooltip();

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') {
      hide();
      return;
    }
    const next = moveUnitFocus(focusIndex, event.key, grid.columns, units.length);
    if (next === focusIndex) return;
    event.preventDefault();
    svgRef.current?.querySelector<SVGRectElement>(`[data-index="${next}"]`)?.focus();
  };

  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType === 'mouse') pointerLeft();
  };

  const activeText = active ? texts[active.index] : undefined;
  return (
    <div className="chart unit-chart" ref={wrapperRef} onPointerLeave={onPointerLeave}>
      <svg
        ref={svgRef}
        className="chart-svg"
        width={grid.width}
        height={grid.height}
        viewBox={`0 0 ${grid.width} ${grid.height}`}
        role="group"
        aria-label={label}
        aria-describedby={summaryId}
        onKeyDown={onKeyDown}
      >
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        {units.map((unit, i) => {
          const cell = grid.cells[i]!;
          const marked = Boolean(unit.trust?.aeDiverted);
          return (
            <g key={i} className={active?.index === i ? 'trust-unit-group is-active' : 'trust-unit-group'}>
              <rect
                className={`trust-unit trust-unit--${unit.category}`}
                data-index={i}
                data-category={unit.category}
                data-ae-diverted={marked ? '' : undefined}
                x={cell.x}
                y={cell.y}
                width={grid.size}
                height={grid.size}
                fill={unit.category === 'disrupted' ? `url(#${hatchId})` : undefined}
                role="img"
                tabIndex={i === focusIndex ? 0 : -1}
                aria-label={unitAccessibleName(texts[i]!)}
                onPointerEnter={(e) => show(i, e.currentTarget, false)}
                onFocus={(e) => {
                  setFocusIndex(i);
                  show(i, e.currentTarget, true);
                }}
                onBlur={() => blurred(i)}
              />
              {marked ? <circle className="trust-ae-marker" {...unitMarker(cell, grid.size)} /> : null}
            </g>
          );
        })}
      </svg>
      {active && activeText ? (
        <TextTooltip id={tooltipId} anchor={active.anchor} bounds={active.bounds} text={activeText} />
      ) : null}
    </div>
  );
}
