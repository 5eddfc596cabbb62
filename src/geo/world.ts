/** The pre-projected world map (see scripts/generate-geo.mjs): plain data, no projection code. */
export interface WorldPlace {
  iso3: string;
  name: string;
  aliases: string[];
}
export interface WorldShape extends WorldPlace {
  /** SVG path in the viewBox 0 0 width height, relative commands. */
  d: string;
  /** Centroid of the largest polygon: where a label, a dot or keyboard focus goes. */
  x: number;
  y: number;
  bbox: [number, number, number, number];
}
export interface WorldDot extends WorldPlace {
  x: number;
  y: number;
}
export interface World {
  generated: string;
  projection: string;
  width: number;
  height: number;
  sphere: string;
  shapes: WorldShape[];
  /** Places too small for the 110m shapes, drawn as dots at their 50m centroid. */
  dots: WorldDot[];
  /** ISO codes with no geometry at all; named in search and tables only. */
  unmapped: WorldPlace[];
  /** Zoom presets as viewBox rectangles [x0, y0, x1, y1]. */
  regions: Array<{ id: string; label: string; bbox: [number, number, number, number] }>;
}

/** The bundled part of the map: everything but the shapes' path strings. */
export type WorldPlaces = Omit<World, 'shapes'> & { shapes: Array<Omit<WorldShape, 'd'>> };

/** Joins the bundled places with path strings (from the prerendered DOM or the paths file). */
export function assembleWorld(places: WorldPlaces, paths: Readonly<Record<string, string>>): World {
  return {
    ...places,
    shapes: places.shapes.map((s) => {
      const d = paths[s.iso3];
      if (d === undefined) throw new Error(`No path for ${s.iso3}`);
      return { ...s, d };
    }),
  };
}

/**
 * Reads the shapes' paths back from a prerendered map, so a page that already shows the map
 * does not download its geometry a second time. Undefined unless every shape is there.
 */
export function pathsFromDocument(doc: Document, places: WorldPlaces): Record<string, string> | undefined {
  const paths: Record<string, string> = {};
  for (const el of doc.querySelectorAll('svg.world-map path.country[data-iso3]')) {
    const d = el.getAttribute('d');
    if (d) paths[el.getAttribute('data-iso3')!] = d;
  }
  return places.shapes.every((s) => paths[s.iso3]) ? paths : undefined;
}

export type PlaceKind = 'shape' | 'dot' | 'unmapped';
export interface Place extends WorldPlace {
  kind: PlaceKind;
  x?: number;
  y?: number;
}

/** Every named place, by ISO code. */
export function indexPlaces(world: World): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const s of world.shapes) places.set(s.iso3, { iso3: s.iso3, name: s.name, aliases: s.aliases, kind: 'shape', x: s.x, y: s.y });
  for (const d of world.dots) places.set(d.iso3, { iso3: d.iso3, name: d.name, aliases: d.aliases, kind: 'dot', x: d.x, y: d.y });
  for (const u of world.unmapped) places.set(u.iso3, { ...u, kind: 'unmapped' });
  return places;
}
