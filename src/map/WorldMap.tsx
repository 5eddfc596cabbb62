/**
 * Renders the map: sphere, country shapes, small places as dots, victim markers and the
 * highlight of the selected or focused country. Stateless: the container decides every style.
 * Shapes are memoised so a time step re-renders only the countries whose look changed.
 */
import { memo, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import type { World } from '../geo/world.ts';
import type { HoverStore } from './hoverStore.ts';
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
  /** The selected country, outlined while nothing is hovered. */
  selected?: string;
  hover: HoverStore;
  /** The keyboard-focused country whose tooltip is showing, and the tooltip's id. */
  describedBy?: { iso3: string; id: string };
  onPointerMove: (e: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: () => void;
  onPointerUp: (e: PointerEvent<SVGSVGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** `keyboard` is true when the focus came from the keyboard (:focus-visible), not a click. */
  onFocusPlace: (iso3: string, keyboard: boolean) => void;
}

// Primitive props only, so memo skips every shape whose look did not change on a time step.
interface ShapeProps {
  iso3: string;
  d: string;
  status?: string | undefined;
  isEvidence?: boolean | undefined;
  bin?: number | undefined;
  label: string;
  tabbable: boolean;
  describedBy?: string | undefined;
}

/** The DOM hooks and accessible name every place carries, shape or dot (docs/contract.md). */
function placeAttributes({ iso3, status, isEvidence, bin, label, tabbable, describedBy }: Omit<ShapeProps, 'd'>) {
  return {
    'data-iso3': iso3,
    'data-status': status,
    'data-evidence': isEvidence ? status : undefined,
    'data-bin': bin,
    role: 'button',
    'aria-label': label,
    'aria-describedby': describedBy,
    tabIndex: tabbable ? 0 : -1,
  } as const;
}

const Shape = memo(function Shape({ d, ...place }: ShapeProps) {
  return <path className="place country" d={d} {...placeAttributes(place)} />;
});

const Dot = memo(function Dot({ x, y, r, ...place }: Omit<ShapeProps, 'd'> & { x: number; y: number; r: number }) {
  return (
    <g className="place dot" {...placeAttributes(place)}>
      {/* A larger transparent circle makes a small place a comfortable touch target. */}
      <circle className="hit" cx={x} cy={y} r={r * 2.5} />
      <circle className="dot-mark" cx={x} cy={y} r={r} />
    </g>
  );
});

const NONE: PlaceLook = { label: '' };

// Shapes and dots by ISO code, built once per map: the highlight looks one up on every hover.
const INDEX = new WeakMap<World, { shapes: Map<string, World['shapes'][number]>; dots: Map<string, World['dots'][number]> }>();
function indexOf(world: World) {
  let index = INDEX.get(world);
  if (!index) {
    index = { shapes: new Map(world.shapes.map((s) => [s.iso3, s])), dots: new Map(world.dots.map((d) => [d.iso3, d])) };
    INDEX.set(world, index);
  }
  return index;
}

/** Outlines the hovered (else the selected) place; subscribes to the hover store on its own. */
function Highlight({ world, hover, selected, r }: { world: World; hover: HoverStore; selected?: string | undefined; r: number }) {
  const tooltip = useSyncExternalStore(hover.subscribe, hover.get, () => undefined);
  const iso3 = tooltip?.iso3 ?? selected;
  if (!iso3) return null;
  const { shapes, dots } = indexOf(world);
  const shape = shapes.get(iso3);
  if (shape) return <path className="highlight" d={shape.d} aria-hidden="true" />;
  const dot = dots.get(iso3);
  return dot ? <circle className="highlight" cx={dot.x} cy={dot.y} r={r * 1.8} aria-hidden="true" /> : null;
}

export function WorldMap(props: Props) {
  const { world, viewBox, pxPerUnit, looks, dots, markers, tabStop, describedBy } = props;
  const r = 4 / pxPerUnit;
  const described = (iso3: string) => (describedBy?.iso3 === iso3 ? describedBy.id : undefined);
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
        {world.shapes.map((s) => {
          const look = looks.get(s.iso3) ?? NONE;
          return (
            <Shape
              key={s.iso3} iso3={s.iso3} d={s.d} status={look.status} isEvidence={look.isEvidence} bin={look.bin} label={look.label}
              tabbable={s.iso3 === tabStop} describedBy={described(s.iso3)}
            />
          );
        })}
      </g>
      <g className="dots">
        {world.dots
          .filter((d) => dots.has(d.iso3))
          .map((d) => {
            const look = looks.get(d.iso3) ?? NONE;
            return (
              <Dot
                key={d.iso3} iso3={d.iso3} x={d.x} y={d.y} r={r} status={look.status} isEvidence={look.isEvidence} bin={look.bin} label={look.label}
                tabbable={d.iso3 === tabStop} describedBy={described(d.iso3)}
              />
            );
          })}
      </g>
      <g className="markers" aria-hidden="true">
        {markers.map((m) => (
          <path key={m.iso3} className="victim-marker" d={`M${m.x},${m.y - r * 1.1}l${r},${r * 1.1}l${-r},${r * 1.1}l${-r},${-r * 1.1}z`} />
        ))}
      </g>
      <Highlight world={world} hover={props.hover} selected={props.selected} r={r} />
    </svg>
  );
}
