/**
 * Renders the map: sphere, country shapes, small places as dots, victim markers and the
 * highlight of the selected or focused country. Stateless: the container decides every style.
 * Shapes are memoised so a time step re-renders only the countries whose look changed.
 */
import { useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import type { World } from '../geo/world.ts';
import type { HoverStore } from './hoverStore.ts';
import { LABEL_FONT_PX, type MapScene } from './scene.ts';
import { viewBoxAttribute, type ViewBox } from './viewBox.ts';
import { Dot, Highlight, NONE, Shape } from './MapPlaces.tsx';

interface Props {
  world: World;
  viewBox: ViewBox;
  /** Measured pixels per viewBox unit: keeps dots, markers and labels a fixed size on screen. */
  pxPerUnit: number;
  scene: Pick<MapScene, 'looks' | 'dots' | 'markers' | 'annotations' | 'tabStop'>;
  layer: 'evidence' | 'measure';
  /** The selected country, outlined while nothing is hovered. */
  selected?: string | undefined;
  hover: HoverStore;
  /**
   * The main map: a labelled group of buttons, one tab stop. Without it the map is a picture for
   * sighted readers only (the phone inset), hidden from assistive technology, which has the main map.
   */
  accessible?: { titleId: string; descriptionId: string; tooltipId: string };
  /** Only these places are drawn (an inset draws its region alone). */
  only?: ReadonlySet<string>;
  testId?: string;
  onPointerMove?: (e: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave?: () => void;
  onPointerUp: (e: PointerEvent<SVGSVGElement>) => void;
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** `keyboard` is true when the focus came from the keyboard (:focus-visible), not a click. */
  onFocusPlace?: (iso3: string, keyboard: boolean) => void;
}

/** The keyboard-focused place whose tooltip is showing: re-renders only when that changes, not on every hover. */
function useKeyboardTip(hover: HoverStore): string | undefined {
  return useSyncExternalStore(hover.subscribe, () => {
    const state = hover.get();
    return state?.keyboard ? state.iso3 : undefined;
  }, () => undefined);
}

export function WorldMap(props: Props) {
  const { world, viewBox, pxPerUnit, scene, accessible, only } = props;
  const { looks, dots, markers, annotations, tabStop } = scene;
  const r = 4 / pxPerUnit;
  const keyboardTip = useKeyboardTip(props.hover);
  const isAccessible = accessible !== undefined;
  const described = (iso3: string) => (accessible && keyboardTip === iso3 ? accessible.tooltipId : undefined);
  const drawn = (iso3: string) => !only || only.has(iso3);
  const fontSize = LABEL_FONT_PX / pxPerUnit;
  return (
    <svg
      className={`world-map layer-${props.layer}`}
      viewBox={viewBoxAttribute(viewBox)}
      {...(accessible ? { role: 'group', 'aria-labelledby': accessible.titleId, 'aria-describedby': accessible.descriptionId } : { 'aria-hidden': true })}
      data-testid={props.testId ?? 'world-map'}
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
      onPointerUp={props.onPointerUp}
      onKeyDown={props.onKeyDown}
      onFocus={(e) => {
        const target = e.target as Element;
        const iso3 = target.getAttribute('data-iso3');
        if (iso3) props.onFocusPlace?.(iso3, target.matches(':focus-visible'));
      }}
    >
      {/* One pattern per page: the inset's hatching refers to the main map's. */}
      {isAccessible ? (
        <defs>
          <pattern id="hatch-reported" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect className="hatch-bg" width="4" height="4" />
            <line className="hatch-line" x1="0" y1="0" x2="0" y2="4" />
          </pattern>
        </defs>
      ) : null}
      <path className="sphere" d={world.sphere} />
      <g className="shapes">
        {world.shapes.filter((s) => drawn(s.iso3)).map((s) => {
          const look = looks.get(s.iso3) ?? NONE;
          return (
            <Shape
              key={s.iso3} iso3={s.iso3} d={s.d} status={look.status} isEvidence={look.isEvidence} bin={look.bin} label={look.label}
              tabbable={s.iso3 === tabStop} describedBy={described(s.iso3)} accessible={isAccessible}
            />
          );
        })}
      </g>
      <g className="dots">
        {world.dots
          .filter((d) => dots.has(d.iso3) && drawn(d.iso3))
          .map((d) => {
            const look = looks.get(d.iso3) ?? NONE;
            return (
              <Dot
                key={d.iso3} iso3={d.iso3} x={d.x} y={d.y} r={r} status={look.status} isEvidence={look.isEvidence} bin={look.bin} label={look.label}
                tabbable={d.iso3 === tabStop} describedBy={described(d.iso3)} accessible={isAccessible}
              />
            );
          })}
      </g>
      <g className="markers" aria-hidden="true">
        {markers.map((m) => (
          <path key={m.iso3} className="victim-marker" d={`M${m.x},${m.y - r * 1.1}l${r},${r * 1.1}l${-r},${r * 1.1}l${-r},${-r * 1.1}z`} />
        ))}
      </g>
      {annotations.length ? (
        <g className="annotations" aria-hidden="true" fontSize={fontSize}>
          {annotations.map((a) => (
            <g key={a.iso3} className="annotation" data-label-for={a.iso3}>
              {a.leader ? <line className="leader" x1={a.x} y1={a.y} x2={a.leader.x} y2={a.leader.y} /> : null}
              <text className="annotation-halo" x={a.textX} y={a.textY}>{a.text}</text>
              <text className="annotation-text" x={a.textX} y={a.textY}>{a.text}</text>
            </g>
          ))}
        </g>
      ) : null}
      <Highlight world={world} hover={props.hover} selected={props.selected} r={r} />
    </svg>
  );
}
