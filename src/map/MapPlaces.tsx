/**
 * The map's places as SVG: a country shape, a small place's dot (with a larger invisible touch
 * target), and the highlight of the hovered or selected place. Memoised with primitive props, so
 * a time step re-renders only the places whose look changed.
 */
import { memo, useSyncExternalStore } from 'react';
import type { World } from '../geo/world.ts';
import type { HoverStore } from './hoverStore.ts';
import type { PlaceLook } from './mapLooks.ts';

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
  /** False in the inset: no role or name (it is hidden from assistive technology). */
  accessible: boolean;
}

/** The DOM hooks and accessible name every place carries, shape or dot (docs/contract.md). */
function placeAttributes({ iso3, status, isEvidence, bin, label, tabbable, describedBy, accessible }: Omit<ShapeProps, 'd'>) {
  const hooks = { 'data-iso3': iso3, 'data-status': status, 'data-evidence': isEvidence ? status : undefined, 'data-bin': bin } as const;
  if (!accessible) return hooks;
  return { ...hooks, role: 'button', 'aria-label': label, 'aria-describedby': describedBy, tabIndex: tabbable ? 0 : -1 } as const;
}

export const Shape = memo(function Shape({ d, ...place }: ShapeProps) {
  return <path className="place country" d={d} {...placeAttributes(place)} />;
});

export const Dot = memo(function Dot({ x, y, r, ...place }: Omit<ShapeProps, 'd'> & { x: number; y: number; r: number }) {
  return (
    <g className="place dot" {...placeAttributes(place)}>
      {/* A larger transparent circle makes a small place a comfortable touch target. */}
      <circle className="hit" cx={x} cy={y} r={r * 2.5} />
      <circle className="dot-mark" cx={x} cy={y} r={r} />
    </g>
  );
});

export const NONE: PlaceLook = { label: '' };

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
export function Highlight({ world, hover, selected, r }: { world: World; hover: HoverStore; selected?: string | undefined; r: number }) {
  const tooltip = useSyncExternalStore(hover.subscribe, hover.get, () => undefined);
  const iso3 = tooltip?.iso3 ?? selected;
  if (!iso3) return null;
  const { shapes, dots } = indexOf(world);
  const shape = shapes.get(iso3);
  if (shape) return <path className="highlight" d={shape.d} aria-hidden="true" />;
  const dot = dots.get(iso3);
  return dot ? <circle className="highlight" cx={dot.x} cy={dot.y} r={r * 1.8} aria-hidden="true" /> : null;
}

