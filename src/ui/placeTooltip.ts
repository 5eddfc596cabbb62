/**
 * Where a tooltip goes: beside its anchor, flipped or shifted so it stays wholly inside the
 * frame (a 320 px phone included). Pure, so it is tested with exact numbers.
 */
export interface Size {
  width: number;
  height: number;
}

export function placeTooltip(anchor: { x: number; y: number }, tip: Size, frame: Size, gap = 12, margin = 4): { left: number; top: number } {
  // Prefer above the anchor (a finger or cursor covers what is below it), else below.
  let top = anchor.y - gap - tip.height;
  if (top < margin) top = anchor.y + gap;
  if (top + tip.height > frame.height - margin) top = Math.max(margin, frame.height - margin - tip.height);
  let left = anchor.x - tip.width / 2;
  left = Math.min(Math.max(left, margin), Math.max(margin, frame.width - margin - tip.width));
  return { left: Math.round(left), top: Math.round(top) };
}
