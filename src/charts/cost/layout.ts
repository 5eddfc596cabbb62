/**
 * The cost bar: the published parts of one total (all in £ million, the same measure) → segments
 * of one bar whose widths are proportional to the parts. The scale's domain is the sum of the
 * parts, so the bar is exactly full; the published (rounded) total is shown next to it, not used.
 */
import { scaleLinear } from 'd3-scale';
import { roundTo } from '../../format/round.ts';

export interface Part {
  id: string;
  value: number;
}

export interface PlacedSegment extends Part {
  x: number;
  width: number;
  /** The centre of the segment, where its value label and tooltip anchor go. */
  centre: number;
  /** Whether the value label fits inside the segment. */
  labelInside: boolean;
  /**
   * Where the label goes when it does not fit: below the bar, under the segment's centre but
   * kept inside the chart. (With the three published parts only one label is ever outside, so
   * outside labels are not checked against each other.)
   */
  labelX: number;
}

export interface PartToWhole {
  segments: PlacedSegment[];
  /** The sum of the parts: plain arithmetic on the published figures. */
  sum: number;
}

/** Wide enough for a label such as "£0.5m" at the chart's 13 px type. */
export const MIN_LABEL_WIDTH = 48;
const round = (n: number) => roundTo(n, 2);

export function layoutPartToWhole(parts: readonly Part[], width: number): PartToWhole {
  // Summed in millionths, so that 19 + 0.5 + 72 is exactly 91.5 however the parts are ordered.
  const sum = parts.reduce((total, part) => total + Math.round(part.value * 1e6), 0) / 1e6;
  const x = scaleLinear().domain([0, sum || 1]).range([0, width]);
  let before = 0;
  const segments = parts.map((part) => {
    const x0 = x(before);
    before += part.value;
    const segmentWidth = x(before) - x0;
    const centre = x0 + segmentWidth / 2;
    const labelX = Math.min(Math.max(centre, MIN_LABEL_WIDTH / 2), width - MIN_LABEL_WIDTH / 2);
    return { ...part, x: round(x0), width: round(segmentWidth), centre: round(centre), labelInside: segmentWidth >= MIN_LABEL_WIDTH, labelX: round(labelX) };
  });
  return { segments, sum };
}
