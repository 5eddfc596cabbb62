import { describe, expect, it } from 'vitest';
import { deadlineMarkers, hourIndexAtX, layoutStepPanel, layoutWalletBars } from './layout.ts';

const H = 3_600_000;
const start = Date.UTC(2017, 4, 12);
// Two days of hours, with payments arriving in hour 1 and hour 30.
const ends = Array.from({ length: 48 }, (_, i) => start + (i + 1) * H);
const values = ends.map((_, i) => (i >= 30 ? 5 : i >= 1 ? 2 : 0));
const series = { start, end: start + 48 * H, ends, values };

describe('layoutStepPanel()', () => {
  const panel = layoutStepPanel(series, 320, [{ id: 'm', time: start + 24 * H }, { id: 'outside', time: start + 72 * H }]);

  it('fits the plot inside the margins', () => {
    expect(panel.plot).toEqual({ left: 40, top: 34, right: 308, bottom: 154 });
    expect(panel).toMatchObject({ width: 320, height: 180 });
  });
  it('draws each running total at the end of its hour, stepping up there', () => {
    expect(panel.points[0]).toEqual({ x: 45.58, y: 154 });
    expect(panel.points[1]).toEqual({ x: 51.17, y: 106 });
    expect(panel.points[47]).toEqual({ x: 308, y: 34 });
    expect(panel.line.startsWith('M40,154L45.58,154L45.58,154L51.17,154L51.17,106')).toBe(true);
  });
  it('gives the y axis nice ticks from zero', () => {
    expect(panel.yTicks).toEqual([
      { y: 154, value: 0 },
      { y: 130, value: 1 },
      { y: 106, value: 2 },
      { y: 82, value: 3 },
      { y: 58, value: 4 },
      { y: 34, value: 5 },
    ]);
  });
  it('puts a gridline at every UTC midnight, labelling those with room', () => {
    expect(panel.xTicks).toEqual([
      { x: 40, time: start, labelled: true },
      { x: 174, time: start + 24 * H, labelled: true },
      { x: 308, time: start + 48 * H, labelled: false },
    ]);
  });
  it('places markers inside the time range and drops the others', () => {
    expect(panel.markers).toEqual([{ id: 'm', time: start + 24 * H, x: 174, labelAnchor: 'start', labelRow: 0 }]);
  });
  it('runs a marker label to the left of its line where it would overflow the plot', () => {
    expect(layoutStepPanel(series, 320, [{ id: 'm', time: start + 40 * H }]).markers).toEqual([{ id: 'm', time: start + 40 * H, x: 263.33, labelAnchor: 'end', labelRow: 0 }]);
  });
  it('lifts a label that would collide with the one before it to the row above', () => {
    const close = layoutStepPanel(series, 320, [{ id: 'b', time: start + 40 * H }, { id: 'a', time: start + 18 * H }]);
    expect(close.markers).toEqual([
      { id: 'a', time: start + 18 * H, x: 140.5, labelAnchor: 'start', labelRow: 0 },
      { id: 'b', time: start + 40 * H, x: 263.33, labelAnchor: 'end', labelRow: 1 },
    ]);
    const apart = layoutStepPanel(series, 640, [{ id: 'a', time: start + 4 * H }, { id: 'b', time: start + 30 * H }]);
    expect(apart.markers.map((m) => m.labelRow)).toEqual([0, 0]);
  });
  it('labels every other day when days are narrower than a label', () => {
    const ten = { start, end: start + 240 * H, ends: [start + 240 * H], values: [1] };
    expect(layoutStepPanel(ten, 320, []).xTicks.map((t) => t.labelled)).toEqual([true, false, true, false, true, false, true, false, true, false, false]);
    expect(layoutStepPanel(ten, 640, []).xTicks.map((t) => t.labelled)).toEqual([true, true, true, true, true, true, true, true, true, true, false]);
  });
});

describe('hourIndexAtX()', () => {
  const panel = layoutStepPanel(series, 320, []);
  it('finds the hour whose span is under the pointer, clamped to the series', () => {
    expect(hourIndexAtX(40, panel, series)).toBe(0);
    expect(hourIndexAtX(174, panel, series)).toBe(24);
    expect(hourIndexAtX(173.9, panel, series)).toBe(23);
    expect(hourIndexAtX(0, panel, series)).toBe(0);
    expect(hourIndexAtX(400, panel, series)).toBe(47);
  });
});

describe('deadlineMarkers()', () => {
  it('counts 3 and 7 days from 12 May: 15 May and 19 May, midnight UTC', () => {
    expect(deadlineMarkers(start, 3, 7)).toEqual([
      { id: 'price-doubles', time: Date.UTC(2017, 4, 15) },
      { id: 'files-deleted', time: Date.UTC(2017, 4, 19) },
    ]);
  });
});

describe('layoutWalletBars()', () => {
  it('makes the largest wallet full width', () => {
    expect(layoutWalletBars([1343213239, 1686789944, 1856400633], 100)).toEqual([72.36, 90.86, 100]);
  });
});
