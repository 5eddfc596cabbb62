/**
 * Renders the map: sphere, country shapes, small places as dots, victim markers and the
 * highlight of the selected or focused country. Stateless: the container decides every style.
 * Shapes are memoised so a time step re-renders only the countries whose look changed.
 */
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { World } from '../geo/world.ts';
import { viewBoxAttribute, type ViewBox } from './viewBox.ts';

export interface PlaceLook {
  /** The status drawn (evidence layer), also the data-evidence hook when it is evidence. */
  status?: string;
  isEvidence?: boolean;
  /** Ramp index on a measure layer; undefined = no published figure. */
  bin?: number;
  label: string;
}

interface Props {
  world: World;
  titleId: string;
  descriptionId: string;
  viewBox: ViewBox;
  /** Measured pixels per viewBox unit: keeps dots and markers a fixed size on screen. */
  pxPerUnit: number;
  looks: ReadonlyMap<string, PlaceLook>;
  layer: 'evidence' | 'measure';
  dots: ReadonlySet<string>;
  markers: ReadonlyArray<{ iso3: string; x: number; y: number }>;
  tabStop: string;
  highlight?: string;
  describedBy?: string;
  onPointerMove: (e: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: () => void;
  onPointerUp: (e: PointerEvent<SVGSVGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** `keyboard` is true when the focus came from the keyboard (:focus-visible), not a click. */
  onFocusPlace: (iso3: string, keyboard: boolean) => void;
}

const Shape = memo(function Shape({ iso3, d, look, tabbable, describedBy }: { iso3: string; d: string; look: PlaceLook; tabbable: boolean; describedBy?: string }) {
  return (
    <path
      className="place country"
      d={d}
      data-iso3={iso3}
      data-status={look.status}
      data-evidence={look.isEvidence ? look.status : undefined}
      data-bin={look.bin}
      role="button"
      aria-label={look.label}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
    />
  );
});

const Dot = memo(function Dot({ iso3, x, y, r, look, tabbable, describedBy }: { iso3: string; x: number; y: number; r: number; look: PlaceLook; tabbable: boolean; describedBy?: string }) {
  return (
    <g
      className="place dot"
      data-iso3={iso3}
      data-status={look.status}
      data-evidence={look.isEvidence ? look.status : undefined}
      data-bin={look.bin}
      role="button"
      aria-label={look.label}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
    >
      {/* A larger transparent circle makes a small place a comfortable touch target. */}
      <circle className="hit" cx={x} cy={y} r={r * 2.5} />
      <circle className="dot-mark" cx={x} cy={y} r={r} />
    </g>
  );
});

const NONE: PlaceLook = { label: '' };

export function WorldMap(props: Props) {
  const { world, viewBox, pxPerUnit, looks, dots, markers, tabStop, highlight, describedBy } = props;
  const r = 4 / pxPerUnit;
  const highlightShape = highlight ? world.shapes.find((s) => s.iso3 === highlight) : undefined;
  const highlightDot = highlight && !highlightShape ? world.dots.find((d) => d.iso3 === highlight) : undefined;
  return (
    <svg
      className={`world-map layer-${props.layer}`}
      viewBox={viewBoxAttribute(viewBox)}
      role="group"
      aria-labelledby={props.titleId}
      aria-describedby={props.descriptionId}
      data-testid="world-map"
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
      onPointerUp={props.onPointerUp}
      onKeyDown={props.onKeyDown}
      onFocus={(e) => {
        const target = e.target as Element;
        const iso3 = target.getAttribute('data-iso3');
        if (iso3) props.onFocusPlace(iso3, target.matches(':focus-visible'));
      }}
    >
      <defs>
        <pattern id="hatch-reported" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <rect className="hatch-bg" width="4" height="4" />
          <line className="hatch-line" x1="0" y1="0" x2="0" y2="4" />
        </pattern>
      </defs>
      <path className="sphere" d={world.sphere} />
      <g className="shapes">
        {world.shapes.map((s) => (
          <Shape key={s.iso3} iso3={s.iso3} d={s.d} look={looks.get(s.iso3) ?? NONE} tabbable={s.iso3 === tabStop} describedBy={s.iso3 === highlight ? describedBy : undefined} />
        ))}
      </g>
      <g className="dots">
        {world.dots
          .filter((d) => dots.has(d.iso3))
          .map((d) => (
            <Dot key={d.iso3} iso3={d.iso3} x={d.x} y={d.y} r={r} look={looks.get(d.iso3) ?? NONE} tabbable={d.iso3 === tabStop} describedBy={d.iso3 === highlight ? describedBy : undefined} />
          ))}
      </g>
      <g className="markers" aria-hidden="true">
        {markers.map((m) => (
          <path key={m.iso3} className="victim-marker" d={`M${m.x},${m.y - r * 1.1}l${r},${r * 1.1}l${-r},${r * 1.1}l${-r},${-r * 1.1}z`} />
        ))}
      </g>
      {highlightShape ? <path className="highlight" d={highlightShape.d} aria-hidden="true" /> : null}
      {highlightDot ? <circle className="highlight" cx={highlightDot.x} cy={highlightDot.y} r={r * 1.8} aria-hidden="true" /> : null}
    </svg>
  );
}
