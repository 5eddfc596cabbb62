/**
 * The trusts unit chart, in two stages: published counts and named trusts → one unit per trust
 * (trustUnits), then units → squares on a grid that fits the width (layoutUnitGrid).
 */
import type { Trust } from '../../data/schema.ts';
import { roundTo } from '../../format/round.ts';

export type TrustCategory = 'infected' | 'disrupted' | 'none';
export const TRUST_CATEGORY_ORDER: readonly TrustCategory[] = ['infected', 'disrupted', 'none'];

/** One edition of the NAO's count: trusts in England, and how many were infected or disrupted. */
export interface EditionCounts {
  total: number;
  infected: number;
  disrupted: number;
}

export interface TrustUnit {
  index: number;
  category: TrustCategory;
  /** The trust, where the edition names it; the NAO named trusts only in its April 2018 edition. */
  trust?: Trust;
}

/** Trusts with no disruption reported: plain arithmetic on the published counts. */
export const noDisruptionCount = (counts: EditionCounts): number => counts.total - counts.infected - counts.disrupted;

/**
 * One unit per trust, infected first, then disrupted, then the rest, so each category is one run
 * of squares. Named trusts fill their category's units in the order given; a category with more
 * units than names (or an edition with no names) leaves the rest unnamed.
 */
export function trustUnits(counts: EditionCounts, named: readonly Trust[]): TrustUnit[] {
  const sizes: Record<TrustCategory, number> = { infected: counts.infected, disrupted: counts.disrupted, none: noDisruptionCount(counts) };
  const units: TrustUnit[] = [];
  for (const category of TRUST_CATEGORY_ORDER) {
    const names = category === 'none' ? [] : named.filter((t) => t.category === category);
    for (let i = 0; i < Math.max(0, sizes[category]); i++) {
      const trust = names[i];
      units.push(trust ? { index: units.length, category, trust } : { index: units.length, category });
    }
  }
  return units;
}

export interface UnitGrid {
  columns: number;
  rows: number;
  /** Distance between the corners of neighbouring squares. */
  pitch: number;
  /** Side of a square; the rest of the pitch is the gap. */
  size: number;
  width: number;
  height: number;
  cells: { x: number; y: number }[];
}

/**
 * Squares of at least MIN_PITCH px (so that each can be tapped), at most MAX_COLUMNS to a row (so
 * the chart stays a block, not a ribbon, on wide screens), filling the width exactly.
 */
const MIN_PITCH = 20;
const MIN_COLUMNS = 10;
const MAX_COLUMNS = 40;
const GAP_SHARE = 0.15;
const round = (n: number) => roundTo(n, 2);

export function layoutUnitGrid(count: number, width: number): UnitGrid {
  const columns = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.floor(width / MIN_PITCH)));
  const pitch = width / columns;
  const rows = Math.ceil(count / columns);
  const cells = Array.from({ length: count }, (_, i) => ({ x: round((i % columns) * pitch), y: round(Math.floor(i / columns) * pitch) }));
  return { columns, rows, pitch: round(pitch), size: round(pitch * (1 - GAP_SHARE)), width: round(width), height: round(rows * pitch), cells };
}

/** The marker of an A&E diversion: a ringed dot in the middle of the square. */
export function unitMarker(cell: { x: number; y: number }, size: number): { cx: number; cy: number; r: number } {
  return { cx: round(cell.x + size / 2), cy: round(cell.y + size / 2), r: round(size * 0.22) };
}

/** The unit keyboard focus moves to: arrows by one square or one row, Home and End to the ends. */
export function moveUnitFocus(index: number, key: string, columns: number, count: number): number {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return index;
  }
}
