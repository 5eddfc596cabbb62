/**
 * Who blamed whom, when: the attribution statements as a dated strip. One lane per kind of
 * speaker (researchers, governments, prosecutors, North Korea), time across. Pure: statements in,
 * positions out. The strip has a fixed design size and is scaled by CSS, so it is the same shape on
 * the server and in every browser.
 */
import { scaleUtc } from 'd3-scale';
import type { Attribution } from '../../data/schema.ts';
import { ATTRIBUTION_KINDS } from '../../data/schema.ts';
import { startOf } from '../../data/derive/time.ts';
import { formatIsoDate } from '../../format/format.ts';
import { roundTo } from '../../format/round.ts';

export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export const KIND_LABELS: Record<AttributionKind, string> = {
  researchers: 'Security researchers and companies',
  government: 'Governments',
  'law-enforcement': 'US prosecutors',
  accused: 'North Korea',
};
/** The same, inside a sentence ("3 from governments"). */
export const KIND_IN_TEXT: Record<AttributionKind, string> = {
  researchers: 'security researchers and companies',
  government: 'governments',
  'law-enforcement': 'US prosecutors',
  accused: 'North Korea',
};

/** Each lane: its label (11 px text) above its line; the first label needs TOP px above it. */
export const STRIP = { width: 640, laneHeight: 24, top: 18, left: 4, right: 12, axis: 22, dot: 5 } as const;
/** Dots closer than this on the same lane move along it, so none hides another. */
const MIN_GAP = 11;

export interface StripDot {
  id: string;
  kind: AttributionKind;
  x: number;
  y: number;
}

export interface StripLayout {
  width: number;
  height: number;
  lanes: Array<{ kind: AttributionKind; label: string; y: number }>;
  ticks: Array<{ x: number; label: string }>;
  dots: StripDot[];
}

const round = (n: number) => roundTo(n, 1);

/** The statements' one order, for a stable sort: by date (a day before the minutes within it); statements of the same moment keep the dataset's order. */
export const byDate = (a: Attribution, b: Attribution) => startOf(a.date) - startOf(b.date);

export function layoutStrip(statements: readonly Attribution[]): StripLayout {
  const times = statements.map((s) => startOf(s.date));
  const from = new Date(Math.min(...times));
  const to = new Date(Math.max(...times));
  // Whole months either side, so the first and last statements do not sit on the frame.
  const domainStart = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1);
  const domainEnd = Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1);
  const x = scaleUtc().domain([domainStart, domainEnd]).range([STRIP.left, STRIP.width - STRIP.right]);
  const lanes = ATTRIBUTION_KINDS.map((kind, i) => ({ kind, label: KIND_LABELS[kind], y: round(STRIP.top + STRIP.laneHeight * i) }));
  const laneY = new Map(lanes.map((l) => [l.kind, l.y]));

  const dots: StripDot[] = [];
  const sorted = [...statements].sort(byDate);
  for (const s of sorted) {
    let px = x(startOf(s.date));
    const previous = dots.filter((d) => d.kind === s.actorKind).at(-1);
    if (previous && px - previous.x < MIN_GAP) px = previous.x + MIN_GAP;
    dots.push({ id: s.id, kind: s.actorKind, x: round(px), y: laneY.get(s.actorKind)! });
  }

  const ticks: StripLayout['ticks'] = [];
  for (let t = domainStart; t <= domainEnd; t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 3, 1)) {
    const d = new Date(t);
    ticks.push({ x: round(x(t)), label: formatIsoDate(d.toISOString().slice(0, 7), { short: true }) });
  }
  return { width: STRIP.width, height: STRIP.top + STRIP.laneHeight * (lanes.length - 1) + STRIP.axis + 10, lanes, ticks, dots };
}

/** The statements in periods a reader can follow, each a heading with its statements in date order. */
export function attributionPeriods(statements: readonly Attribution[]): Array<{ key: string; statements: Attribution[] }> {
  const byMonth = new Map<string, Attribution[]>();
  for (const s of [...statements].sort(byDate)) {
    const key = s.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), s]);
  }
  return [...byMonth].map(([key, list]) => ({ key, statements: list }));
}
