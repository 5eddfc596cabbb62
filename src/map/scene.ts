/**
 * The map's scene: everything the map draws for one state (layer, time, selection, focus, zoom and
 * size), derived in one pure function so that SpreadMap only holds state and handles events.
 *
 * Dataset → evidence (data/derive) → scene (here: looks, dots, markers, annotations, keyboard
 * order) → JSX (WorldMap and friends).
 */
import type { Model } from '../data/model.ts';
import type { CountryFigure, Measure } from '../data/schema.ts';
import { availableFrom } from '../data/derive/time.ts';
import { layerFigures, mapLayers } from './layers.ts';
import { placeLabels } from './labels.ts';
import { layerScale, placeLooks, type LayerScale, type PlaceLook } from './mapLooks.ts';
import { TIME_STEPS, type TimeStep } from './timeSteps.ts';
import type { ViewBox } from './viewBox.ts';

export interface MapState {
  layerId: string;
  step: number;
  selected?: string | undefined;
  focused?: string | undefined;
}

export interface MapFrame {
  viewBox: ViewBox;
  /** Screen pixels per map unit: fixes markers and labels at a size on screen. */
  pxPerUnit: number;
}

export interface Annotation {
  iso3: string;
  text: string;
  /** The anchor (the country's centroid) and the text's left baseline, in map units. */
  x: number;
  y: number;
  textX: number;
  textY: number;
  /** Where a leader line from the anchor meets the text, when the text sits away from its anchor. */
  leader?: { x: number; y: number } | undefined;
}

export interface MapScene {
  step: TimeStep;
  measure?: Measure | undefined;
  figures?: ReadonlyMap<string, CountryFigure> | undefined;
  scale?: LayerScale | undefined;
  looks: ReadonlyMap<string, PlaceLook>;
  /** Small places drawn as dots: those with any record, plus whatever the reader picked. */
  dots: ReadonlySet<string>;
  /** Named-victim markers that have room on screen (they never pile into a cluster). */
  markers: ReadonlyArray<{ iso3: string; x: number; y: number }>;
  annotations: readonly Annotation[];
  /** The map's one tab stop. */
  tabStop: string;
}

/** Markers closer than this on screen would merge into one blob; the later ones are left out. */
const MARKER_MIN_GAP_PX = 11;
export const LABEL_FONT_PX = 12;

/** The best-known victims with a map label, earliest first, as public by `at`. */
export function victimLabels(model: Model, at: number): Array<{ iso3: string; text: string; from: number }> {
  const out: Array<{ iso3: string; text: string; from: number }> = [];
  for (const country of model.dataset.countries) {
    let best: { text: string; from: number } | undefined;
    for (const report of country.reports) {
      if (report.kind !== 'named-victim' || !report.mapLabel) continue;
      const from = availableFrom(report.reported);
      if (from <= at && (!best || from < best.from)) best = { text: report.mapLabel, from };
    }
    if (best) out.push({ iso3: country.iso3, ...best });
  }
  // ISO codes are A-Z, so code-unit order is alphabetical (and localeCompare would start ICU mid-hydration).
  return out.sort((a, b) => a.from - b.from || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

/** Keeps markers apart on screen: greedy, in the order given (larger countries first). */
export function spreadMarkers<T extends { x: number; y: number }>(markers: readonly T[], pxPerUnit: number, gapPx = MARKER_MIN_GAP_PX): T[] {
  const kept: T[] = [];
  const gap = gapPx / pxPerUnit;
  for (const m of markers) if (kept.every((k) => Math.hypot(k.x - m.x, k.y - m.y) >= gap)) kept.push(m);
  return kept;
}

// Larger countries keep their marker first: their shading is the more visible. Sorted once per map.
const BY_AREA = new WeakMap<Model['world'], Model['world']['shapes']>();
function shapesByArea(world: Model['world']) {
  let sorted = BY_AREA.get(world);
  if (!sorted) {
    const area = (s: Model['world']['shapes'][number]) => (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1]);
    sorted = [...world.shapes].sort((a, b) => area(b) - area(a));
    BY_AREA.set(world, sorted);
  }
  return sorted;
}

const inView = (v: ViewBox, x: number, y: number) => x >= v.x && x <= v.x + v.width && y >= v.y && y <= v.y + v.height;

export function buildScene(model: Model, state: MapState, frame: MapFrame, options: { labelsElsewhere?: ViewBox | undefined } = {}): MapScene {
  const { world } = model;
  const step = TIME_STEPS[state.step] ?? TIME_STEPS[TIME_STEPS.length - 1]!;
  const measure = mapLayers(model).find((m) => m.id === state.layerId);
  const figures = measure ? layerFigures(model, measure.id) : undefined;
  const scale = figures ? layerScale(figures) : undefined;
  const looks = placeLooks(model, step.at, measure && figures && scale ? { kind: 'measure', figures, scale, unit: measure.unit } : { kind: 'evidence' });

  const dots = new Set<string>();
  for (const d of world.dots) if (model.countries.has(d.iso3) || d.iso3 === state.selected || d.iso3 === state.focused) dots.add(d.iso3);

  const { markers, annotations } = placeOverlays(model, { step, measure, looks }, frame, options);
  const tabStop = state.focused ?? state.selected ?? firstReportedShape(model) ?? world.shapes[0]!.iso3;

  return { step, measure, figures, scale, looks, dots, markers, annotations, tabStop };
}

/**
 * What sits on top of the shapes for one frame: the named-victim markers that have room, and the
 * victims' labels placed without collisions. The main map and the phone's inset (its own frame,
 * the main map's looks) both use it.
 */
export function placeOverlays(
  model: Model,
  scene: Pick<MapScene, 'step' | 'measure' | 'looks'>,
  frame: MapFrame,
  options: { labelsElsewhere?: ViewBox | undefined } = {},
): Pick<MapScene, 'markers' | 'annotations'> {
  const { viewBox, pxPerUnit } = frame;
  if (scene.measure) return { markers: [], annotations: [] };
  const markers = spreadMarkers(
    shapesByArea(model.world)
      .filter((s) => scene.looks.get(s.iso3)?.status === 'named-victim' && inView(viewBox, s.x, s.y))
      .map(({ iso3, x, y }) => ({ iso3, x, y })),
    pxPerUnit,
  );
  const requests = victimLabels(model, scene.step.at)
    .map((label) => ({ ...label, place: model.places.get(label.iso3) }))
    .filter((l) => l.place?.x !== undefined && l.place.y !== undefined && inView(viewBox, l.place.x, l.place.y))
    // Places an inset shows larger are labelled there instead.
    .filter((l) => !options.labelsElsewhere || !inView(options.labelsElsewhere, l.place!.x!, l.place!.y!))
    .map((l) => ({ id: l.iso3, text: l.text, x: (l.place!.x! - viewBox.x) * pxPerUnit, y: (l.place!.y! - viewBox.y) * pxPerUnit }));
  const placed = placeLabels(requests, { width: viewBox.width * pxPerUnit, height: viewBox.height * pxPerUnit }, {
    fontPx: LABEL_FONT_PX,
    avoid: markers.map((m) => ({ x: (m.x - viewBox.x) * pxPerUnit, y: (m.y - viewBox.y) * pxPerUnit })),
  });
  const toMap = (px: number, origin: number) => origin + px / pxPerUnit;
  const annotations = placed.map((l): Annotation => ({
    iso3: l.id,
    text: l.text,
    x: toMap(l.x, viewBox.x),
    y: toMap(l.y, viewBox.y),
    textX: toMap(l.textX, viewBox.x),
    textY: toMap(l.textY, viewBox.y),
    // The leader meets the text's near end, a little above its baseline, at the width it was placed with.
    leader: l.leader ? { x: toMap(l.textX < l.x ? l.textX + l.width : l.textX, viewBox.x), y: toMap(l.textY - LABEL_FONT_PX * 0.35, viewBox.y) } : undefined,
  }));
  return { markers, annotations };
}

// The map's default tab stop: the shape first reported. Found once per model, not at every step.
const FIRST_REPORTED = new WeakMap<Model, string | undefined>();
function firstReportedShape(model: Model): string | undefined {
  if (!FIRST_REPORTED.has(model)) {
    const first = [...model.evidence.values()]
      .filter((e) => e.firstReport && model.places.get(e.iso3)?.kind === 'shape')
      .sort((a, b) => a.firstReport!.at - b.firstReport!.at)[0]?.iso3;
    FIRST_REPORTED.set(model, first);
  }
  return FIRST_REPORTED.get(model);
}

/** The places arrow keys move between: every shape, and the dots drawn. */
export function navigablePlaces(model: Model, dots: ReadonlySet<string>): Array<{ iso3: string; x: number; y: number }> {
  const { world } = model;
  return [...world.shapes.map(({ iso3, x, y }) => ({ iso3, x, y })), ...world.dots.filter((d) => dots.has(d.iso3)).map(({ iso3, x, y }) => ({ iso3, x, y }))];
}
