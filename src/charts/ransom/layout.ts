/**
 * The payment charts: hourly running totals (ransomSeries.ts) → two small multiples, one for the
 * bitcoin received and one for the number of payments. Each has its own y scale: they are
 * different measures and never share an axis. Dates are UTC throughout.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { DAY_MS, HOUR_MS } from '../ransomSeries.ts';
import { roundTo } from '../../format/round.ts';

const round = (n: number) => roundTo(n, 2);

/** A running total at the end of each hour, from `start` to `end` (ms, UTC). */
export interface StepSeries {
  start: number;
  end: number;
  /** The end of each hour. */
  ends: readonly number[];
  values: readonly number[];
}

export interface Marker {
  id: string;
  time: number;
}

export interface StepPanel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  line: string;
  area: string;
  /** Where each hour's running total is drawn: the hover and keyboard targets. */
  points: { x: number; y: number }[];
  /** A gridline at each UTC midnight; `labelled` ones carry a day label (fewer on narrow panels). */
  xTicks: { x: number; time: number; labelled: boolean }[];
  yTicks: { y: number; value: number }[];
  /**
   * Labels run right of their line, or left of it where they would overflow the plot; a label
   * that would collide with the one before it goes on the row above (labelRow 1).
   */
  markers: (Marker & { x: number; labelAnchor: 'start' | 'end'; labelRow: 0 | 1 })[];
}

export const PANEL_HEIGHT = 180;
const MARGIN = { top: 34, right: 12, bottom: 26, left: 40 };
/** Room a day label ("22 May") needs, so that labels never collide. */
const DAY_LABEL_SPACE = 46;
/** Room a marker label ("Deletion deadline") needs. */
const MARKER_LABEL_SPACE = 100;

export function layoutStepPanel(series: StepSeries, width: number, markers: readonly Marker[], height = PANEL_HEIGHT): StepPanel {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: round(width - MARGIN.right), bottom: height - MARGIN.bottom };
  const x = scaleUtc().domain([series.start, series.end]).range([plot.left, plot.right]);
  const max = Math.max(0, ...series.values);
  const y = scaleLinear().domain([0, max || 1]).nice(4).range([plot.bottom, plot.top]);
  const xy: [number, number][] = [[series.start, 0], ...series.ends.map((end, i): [number, number] => [end, series.values[i]!])];
  const toLine = line<[number, number]>((d) => x(d[0]), (d) => y(d[1])).curve(curveStepAfter).digits(2);
  const toArea = area<[number, number]>((d) => x(d[0]), y(0), (d) => y(d[1])).curve(curveStepAfter).digits(2);

  const days: number[] = [];
  for (let t = Math.ceil(series.start / DAY_MS) * DAY_MS; t <= series.end; t += DAY_MS) days.push(t);
  const perDay = (plot.right - plot.left) / ((series.end - series.start) / DAY_MS || 1);
  const every = Math.max(1, Math.ceil(DAY_LABEL_SPACE / perDay));

  return {
    width: round(width),
    height,
    plot,
    line: toLine(xy) ?? '',
    area: toArea(xy) ?? '',
    points: series.ends.map((end, i) => ({ x: round(x(end)), y: round(y(series.values[i]!)) })),
    // The last day's label is dropped when the series ends too soon after that midnight to fit it.
    xTicks: days.map((time, i) => ({ x: round(x(time)), time, labelled: i % every === 0 && x(time) + DAY_LABEL_SPACE / 2 <= width })),
    yTicks: y.ticks(4).map((value) => ({ y: round(y(value)), value })),
    markers: placeMarkerLabels(markers.filter((m) => m.time >= series.start && m.time <= series.end).map((m) => ({ ...m, x: round(x(m.time)) })), plot.right),
  };
}

function placeMarkerLabels(markers: (Marker & { x: number })[], right: number): StepPanel['markers'] {
  let previousEnd = -Infinity;
  return [...markers]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const labelAnchor = m.x + MARKER_LABEL_SPACE <= right ? ('start' as const) : ('end' as const);
      const start = labelAnchor === 'start' ? m.x : m.x - MARKER_LABEL_SPACE;
      const labelRow = start < previousEnd ? (1 as const) : (0 as const);
      if (labelRow === 0) previousEnd = start + MARKER_LABEL_SPACE;
      return { ...m, labelAnchor, labelRow };
    });
}

/** The hour under a pointer at `x` (viewBox px): the bin whose span contains that moment. */
export function hourIndexAtX(x: number, panel: StepPanel, series: Pick<StepSeries, 'start' | 'end'>): number {
  const hours = Math.round((series.end - series.start) / HOUR_MS);
  const share = (x - panel.plot.left) / (panel.plot.right - panel.plot.left);
  return Math.min(hours - 1, Math.max(0, Math.floor((share * (series.end - series.start)) / HOUR_MS)));
}

/**
 * The deadlines on the ransom screens of the first day: the price doubled after N days and the
 * files were to be deleted after M days (both published). Counting from midnight UTC of the day
 * the screens appeared gives the two dates the screens showed.
 */
export function deadlineMarkers(firstDay: number, doubleAfterDays: number, deleteAfterDays: number): Marker[] {
  return [
    { id: 'price-doubles', time: firstDay + doubleAfterDays * DAY_MS },
    { id: 'files-deleted', time: firstDay + deleteAfterDays * DAY_MS },
  ];
}

/** Per-wallet bars for the breakdown table: lengths proportional to each wallet's amount. */
export function layoutWalletBars(values: readonly number[], width: number): number[] {
  const x = scaleLinear().domain([0, Math.max(0, ...values) || 1]).range([0, width]);
  return values.map((v) => round(x(v)));
}
