/**
 * Where a tooltip goes: centred over its anchor, above it when there is room and below it
 * otherwise, and always inside the chart, so that on a 320 px phone it never leaves the screen.
 * Coordinates are CSS pixels relative to the chart's wrapper.
 */
import { roundTo } from '../format/round.ts';
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
/** What a tooltip points at: its top centre, and its height so that "below" clears it. */
export interface Anchor extends Point {
  height?: number;
}
export interface TooltipPlacement {
  left: number;
  top: number;
  side: 'above' | 'below';
}

const round = (n: number) => roundTo(n, 2);
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), Math.max(lo, hi));

/** The gap between the anchor and the tooltip, and the margin kept from the chart's edges. */
export const TOOLTIP_GAP = 8;
export const TOOLTIP_MARGIN = 4;

export function placeTooltip(anchor: Anchor, size: Size, bounds: Size): TooltipPlacement {
  const left = clamp(anchor.x - size.width / 2, TOOLTIP_MARGIN, bounds.width - size.width - TOOLTIP_MARGIN);
  const above = anchor.y - TOOLTIP_GAP - size.height;
  if (above >= 0) return { left: round(left), top: round(above), side: 'above' };
  const below = anchor.y + (anchor.height ?? 0) + TOOLTIP_GAP;
  // When it fits on neither side (a short chart), it covers the anchor rather than leave the chart.
  return { left: round(left), top: round(clamp(below, 0, bounds.height - size.height)), side: 'below' };
}

/** The widest a tooltip may be in a chart of this width. */
export function maxTooltipWidth(chartWidth: number): number {
  return Math.max(0, Math.min(280, chartWidth - 2 * TOOLTIP_MARGIN));
}

/**
 * A point in an SVG's own coordinates (its viewBox) expressed in its wrapper's CSS pixels. The
 * SVG may be drawn wider or narrower than it was laid out (before the first measurement, or when
 * CSS scales it), hence the scale factor.
 */
export function toWrapperPoint(point: Point, svgRect: DOMRectLike, wrapperRect: DOMRectLike, layoutWidth: number): Point {
  const scale = svgRect.width > 0 && layoutWidth > 0 ? svgRect.width / layoutWidth : 1;
  return { x: round(svgRect.left - wrapperRect.left + point.x * scale), y: round(svgRect.top - wrapperRect.top + point.y * scale) };
}

export interface DOMRectLike {
  left: number;
  top: number;
  width: number;
  height: number;
}
