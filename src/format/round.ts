/** Coordinates and layout numbers rounded for output (SVG attributes, snapshots): one helper. */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
