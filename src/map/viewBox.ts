/** Zoom as a viewBox: pure rectangle maths, no DOM (react-simple-maps' approach, minus the nodes). */
import { roundTo } from '../format/round.ts';
export type Box = readonly [x0: number, y0: number, x1: number, y1: number];
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest viewBox with the map's aspect ratio that shows `box` with a margin, inside the map. */
export function fitBox(box: Box, map: { width: number; height: number }, margin = 0.08, minWidth = 120): ViewBox {
  const aspect = map.height / map.width;
  const [x0, y0, x1, y1] = box;
  let width = Math.max((x1 - x0) * (1 + 2 * margin), minWidth);
  let height = width * aspect;
  if ((y1 - y0) * (1 + 2 * margin) > height) {
    height = (y1 - y0) * (1 + 2 * margin);
    width = height / aspect;
  }
  return clampViewBox({ x: (x0 + x1) / 2 - width / 2, y: (y0 + y1) / 2 - height / 2, width, height }, map);
}

/** Keep a viewBox inside the map; a viewBox larger than the map is the whole map. */
export function clampViewBox(v: ViewBox, map: { width: number; height: number }): ViewBox {
  if (v.width >= map.width || v.height >= map.height) return { x: 0, y: 0, width: map.width, height: map.height };
  return {
    x: Math.min(Math.max(v.x, 0), map.width - v.width),
    y: Math.min(Math.max(v.y, 0), map.height - v.height),
    width: v.width,
    height: v.height,
  };
}

/** Zoom in (factor > 1) or out about the viewBox's centre. */
export function zoomViewBox(v: ViewBox, factor: number, map: { width: number; height: number }): ViewBox {
  const width = v.width / factor;
  const height = v.height / factor;
  return clampViewBox({ x: v.x + (v.width - width) / 2, y: v.y + (v.height - height) / 2, width, height }, map);
}

/** The same view (fitBox and the zoom functions make new objects for equal views). */
export const sameView = (a: ViewBox, b: ViewBox) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export const viewBoxAttribute = (v: ViewBox) => `${round(v.x)} ${round(v.y)} ${round(v.width)} ${round(v.height)}`;
const round = (n: number) => roundTo(n, 1);

/**
 * The part of the projected world the map shows: all of it but the far south. Nothing south of
 * about 58° S was reported, and Antarctica would take an eighth of the map's height.
 */
const SOUTH_CROP = 0.86;
export const mapExtent = (world: { width: number; height: number }) => ({ width: world.width, height: Math.round(world.height * SOUTH_CROP) });
