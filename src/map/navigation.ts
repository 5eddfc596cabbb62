/**
 * Arrow-key navigation between countries: from the current place, the nearest place in the
 * arrow's direction, preferring places straight ahead over places off to the side.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';
export interface Point {
  iso3: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export function nextPlace(from: Point, direction: Direction, places: readonly Point[]): Point | undefined {
  const [dx, dy] = VECTORS[direction];
  let best: Point | undefined;
  let bestScore = Infinity;
  for (const p of places) {
    if (p.iso3 === from.iso3) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    // Only places within about 56° of the arrow count (tan 56° ≈ 1.5): "down" from a place
    // should not jump to a neighbour that is mostly to the side.
    if (along <= 0 || across > along * 1.5) continue;
    // Sideways distance counts double, so "right" finds the neighbour to the right, not a place
    // far up and slightly right.
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [p, score];
  }
  return best;
}
