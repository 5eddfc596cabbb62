/**
 * On a phone the world map is too small to tell Europe's countries apart, where many of the first
 * reports were. Below it, an inset draws Europe alone at the full width, with the same looks,
 * markers and labels. It is a picture plus touch targets: a tap chooses the country, as the
 * search does (its details open and the main map zooms to it, which closes the inset). Assistive
 * technology uses the main map and the table, so the inset is hidden from it.
 */
import { useMemo, useState } from 'react';
import type { World } from '../geo/world.ts';
import { useModel } from '../ui/ModelContext.tsx';
import { createHoverStore } from './hoverStore.ts';
import { placeOverlays, type MapScene } from './scene.ts';
import { fitBox, mapExtent, viewBoxAttribute, type ViewBox } from './viewBox.ts';
import { placeOf } from './useMapInput.ts';
import { WorldMap } from './WorldMap.tsx';
import { STRINGS } from '../strings.ts';

/** Narrower than this, a world map shows Europe at under about 1 px per 10 km: the inset appears. */
const INSET_BELOW_PX = 560;

/** The inset shows while the main map shows the whole world on a narrow screen. */
export const showsInset = (width: number, viewBox: ViewBox, full: ViewBox) => width < INSET_BELOW_PX && viewBox.width >= full.width;

/** The inset's view: Europe, from the map's region presets. */
export function insetViewBox(world: World): ViewBox | undefined {
  const region = world.regions.find((r) => r.id === 'europe');
  if (!region) return undefined;
  // Europe's mainland only (to 60° N at most of its width), so the inset stays short on a phone.
  const [x0, y0, x1, y1] = region.bbox;
  const box = fitBox([x0, y0 + (y1 - y0) * 0.18, x1, y1], mapExtent(world), 0);
  return { ...box, height: box.height * 0.8 };
}

interface Props {
  scene: MapScene;
  width: number;
  onPick: (iso3: string) => void;
}

export function MapInset({ scene, width, onPick }: Props) {
  const model = useModel();
  const { world } = model;
  // No hover of its own (a tap chooses): WorldMap reads a hover store, so the inset's stays empty.
  const [hover] = useState(createHoverStore);
  const viewBox = useMemo(() => insetViewBox(world), [world]);
  const only = useMemo(() => (viewBox ? placesIn(world, viewBox) : new Set<string>()), [viewBox, world]);
  const pxPerUnit = viewBox ? width / viewBox.width : 1;
  // The inset's own markers and labels, placed for its scale; the looks are the main map's.
  const overlays = useMemo(() => (viewBox ? placeOverlays(model, scene, { viewBox, pxPerUnit }) : undefined), [model, scene, viewBox, pxPerUnit]);
  if (!viewBox || !overlays) return null;
  return (
    <figure className="map-inset">
      <figcaption aria-hidden="true">{STRINGS.map.europe}</figcaption>
      <WorldMap
        world={world}
        viewBox={viewBox}
        pxPerUnit={pxPerUnit}
        scene={{ ...overlays, looks: scene.looks, dots: scene.dots, tabStop: scene.tabStop }}
        layer={scene.measure ? 'measure' : 'evidence'}
        hover={hover}
        only={only}
        testId="map-inset"
        onPointerUp={(e) => {
          const iso3 = placeOf(e.target);
          if (iso3) onPick(iso3);
        }}
      />
    </figure>
  );
}

/**
 * The inset's room in the prerendered page: an empty drawing of the inset's shape, shown on phones
 * only (CSS), so the page does not move when the real inset arrives with the script.
 */
export function InsetSpace() {
  const { world } = useModel();
  const v = insetViewBox(world);
  return v ? (
    <figure className="map-inset map-inset--space" aria-hidden="true">
      <svg className="world-map" viewBox={viewBoxAttribute(v)} />
    </figure>
  ) : null;
}

/** Shapes whose box meets the view and dots inside it: all an inset needs to draw. */
function placesIn(world: { shapes: ReadonlyArray<{ iso3: string; bbox: readonly number[] }>; dots: ReadonlyArray<{ iso3: string; x: number; y: number }> }, v: ViewBox): Set<string> {
  const x1 = v.x + v.width;
  const y1 = v.y + v.height;
  return new Set([
    ...world.shapes.filter((s) => s.bbox[2]! >= v.x && s.bbox[0]! <= x1 && s.bbox[3]! >= v.y && s.bbox[1]! <= y1).map((s) => s.iso3),
    ...world.dots.filter((d) => d.x >= v.x && d.x <= x1 && d.y >= v.y && d.y <= y1).map((d) => d.iso3),
  ]);
}
