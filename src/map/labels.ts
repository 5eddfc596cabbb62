/**
 * Places the map's annotations (the best-known victims' names) beside their countries without
 * overlapping each other, the victim markers' anchors or the frame's edge, at any width. Works in
 * screen pixels, because the text is a fixed size on screen whatever the zoom; the caller turns the
 * result back into map units. Labels that find no free place are left out (a reader still reaches
 * every victim through the country), never drawn on top of one another.
 */
export interface LabelRequest {
  id: string;
  text: string;
  /** The anchor in screen pixels, relative to the map frame. */
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelRequest {
  /** Where the text starts (left edge) and its baseline, in screen pixels. */
  textX: number;
  textY: number;
  width: number;
  height: number;
  /** True when the text sits away from the anchor and needs a leader line. */
  leader: boolean;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Text width at a font size, from character count: close enough for a sans-serif at 12–13 px. */
export const estimateTextWidth = (text: string, fontPx: number) => Math.ceil(text.length * fontPx * 0.56);

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Candidate positions around the anchor, nearest first: right, left, above, below, then the
// diagonals, then the same farther out (with a leader line).
const DIRECTIONS: Array<[number, number]> = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1]];

export function placeLabels(
  requests: readonly LabelRequest[],
  frame: { width: number; height: number },
  options: { fontPx?: number; gap?: number; avoid?: ReadonlyArray<{ x: number; y: number }> } = {},
): PlacedLabel[] {
  const fontPx = options.fontPx ?? 12;
  const height = Math.ceil(fontPx * 1.25);
  const taken: Rect[] = (options.avoid ?? []).map((p) => ({ x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 }));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = estimateTextWidth(request.text, fontPx);
    let chosen: { rect: Rect; leader: boolean } | undefined;
    // Farther than this from its country a label reads as another place's: it is left out instead.
    for (const distance of [options.gap ?? 6, 18]) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = request.x + dx * (distance + (dx ? width / 2 : 0));
        const cy = request.y + dy * (distance + height / 2);
        const rect = { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
        if (rect.x0 < 2 || rect.y0 < 2 || rect.x1 > frame.width - 2 || rect.y1 > frame.height - 2) continue;
        if (taken.some((t) => overlaps(t, rect))) continue;
        chosen = { rect, leader: distance > 10 };
        break;
      }
      if (chosen) break;
    }
    if (!chosen) continue;
    taken.push(chosen.rect);
    placed.push({
      ...request,
      textX: chosen.rect.x0,
      textY: chosen.rect.y1 - Math.round(height * 0.25),
      width,
      height,
      leader: chosen.leader,
    });
  }
  return placed;
}
