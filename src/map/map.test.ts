import { describe, expect, it } from 'vitest';
import type { Place } from '../geo/world.ts';
import { binIndex, niceLogThresholds, rampIndices } from './layers.ts';
import { nextPlace } from './navigation.ts';
import { searchPlaces } from './searchPlaces.ts';
import { ALL_REPORTS, axisFraction, buildTimeSteps, dateForStep, stepAtOrAfter, stepForDate } from './timeSteps.ts';
import { clampViewBox, fitBox, zoomViewBox } from './viewBox.ts';

describe('niceLogThresholds()', () => {
  it('uses 1-2-5 round numbers when they give few enough bins', () => {
    expect(niceLogThresholds(3, 40)).toEqual([5, 10, 20]);
  });
  it('falls back to coarser series for wide ranges', () => {
    expect(niceLogThresholds(191_000, 6_200_000)).toEqual([300_000, 1_000_000, 3_000_000]);
    expect(niceLogThresholds(394, 113_692)).toEqual([1000, 10_000, 100_000]);
    expect(niceLogThresholds(1973, 30_189)).toEqual([2000, 5000, 10_000, 20_000]);
  });
  it('returns no thresholds for empty or flat data', () => {
    expect(niceLogThresholds(0, 10)).toEqual([]);
    expect(niceLogThresholds(5, 5)).toEqual([]);
  });
  it('bins values, with a value on a threshold going up', () => {
    expect([100, 1000, 9999, 10_000, 200_000].map((v) => binIndex(v, [1000, 10_000, 100_000]))).toEqual([0, 1, 1, 2, 3]);
  });
  it('spreads few bins across the whole ramp', () => {
    expect(rampIndices(1)).toEqual([4]);
    expect(rampIndices(2)).toEqual([0, 4]);
    expect(rampIndices(4)).toEqual([0, 1, 3, 4]);
    expect(rampIndices(5)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('time steps', () => {
  const steps = buildTimeSteps();
  it('run by the hour from 07:00 UTC on 12 May to the end of 13 May, then by the day to the end of 31 May, then all reports', () => {
    expect(steps).toHaveLength(42 + 18 + 1);
    expect(steps[0]).toMatchObject({ at: Date.UTC(2017, 4, 12, 7), label: '12 May 07:00', longLabel: 'by 07:00 UTC on 12 May 2017', unit: 'hour' });
    expect(steps[41]).toMatchObject({ at: Date.UTC(2017, 4, 14), label: '14 May 00:00', unit: 'hour' });
    expect(steps[42]).toMatchObject({ at: Date.UTC(2017, 4, 15), label: '14 May', longLabel: 'by the end of 14 May 2017 (UTC)', unit: 'day' });
    expect(steps[59]).toMatchObject({ at: Date.UTC(2017, 5, 1), label: '31 May', unit: 'day' });
    expect(steps[60]!.at).toBe(Infinity);
    expect(ALL_REPORTS).toBe(60);
  });
  it('read a linked day as its end and a linked time as the last position at or before it', () => {
    expect(stepForDate('2017-05-12')).toBe(17); // 13 May 00:00
    expect(stepForDate('2017-05-12T15:30Z')).toBe(8); // 15:00
    expect(stepForDate('2017-05-12T15:00Z')).toBe(8);
    expect(stepForDate('2017-05-20')).toBe(48); // end of 20 May
    expect(stepForDate('2017-05-11')).toBe(ALL_REPORTS);
    expect(stepForDate('2017-06-02')).toBe(ALL_REPORTS);
    expect(stepForDate(undefined)).toBe(ALL_REPORTS);
  });
  it('write the step back as a time (hours) or a day (days) that reads back to the same step', () => {
    expect(dateForStep(8)).toBe('2017-05-12T15:00Z');
    expect(dateForStep(42)).toBe('2017-05-14');
    expect(dateForStep(ALL_REPORTS)).toBeUndefined();
    for (const step of steps.slice(0, -1)) expect(stepForDate(dateForStep(step.index))).toBe(step.index);
  });
  it('place instants along the slider notch by notch, and jump to the first step after an event', () => {
    expect(axisFraction(Date.UTC(2017, 4, 12, 7))).toBe(0);
    expect(axisFraction(Date.UTC(2017, 4, 12, 8, 30))).toBeCloseTo(1.5 / 60);
    expect(axisFraction(Date.UTC(2017, 4, 14, 12))).toBeCloseTo(41.5 / 60);
    expect(stepAtOrAfter(Date.UTC(2017, 4, 12, 14, 8))).toBe(8);
    expect(stepAtOrAfter(Date.UTC(2017, 4, 12, 15))).toBe(8);
  });
});

describe('nextPlace()', () => {
  const places = [
    { iso3: 'A', x: 0, y: 0 },
    { iso3: 'B', x: 10, y: 1 },
    { iso3: 'C', x: 5, y: -30 },
    { iso3: 'D', x: -8, y: 0 },
  ];
  it('finds the neighbour in the arrow direction, preferring straight ahead', () => {
    expect(nextPlace(places[0]!, 'right', places)?.iso3).toBe('B');
    expect(nextPlace(places[0]!, 'left', places)?.iso3).toBe('D');
    expect(nextPlace(places[0]!, 'up', places)?.iso3).toBe('C');
    expect(nextPlace(places[0]!, 'down', places)).toBeUndefined();
  });
});

describe('viewBox maths', () => {
  const map = { width: 1000, height: 487 };
  it('fits a region with the map aspect ratio and a margin', () => {
    const v = fitBox([400, 100, 600, 200], map);
    expect(v.width / v.height).toBeCloseTo(1000 / 487, 6);
    expect(v.x).toBeLessThan(400);
    expect(v.x + v.width).toBeGreaterThan(600);
  });
  it('never leaves the map, and zooming out past it shows the whole map', () => {
    expect(clampViewBox({ x: -50, y: 400, width: 200, height: 97.4 }, map)).toEqual({ x: 0, y: 389.6, width: 200, height: 97.4 });
    expect(zoomViewBox({ x: 0, y: 0, width: 1000, height: 487 }, 0.5, map)).toEqual({ x: 0, y: 0, width: 1000, height: 487 });
    expect(zoomViewBox({ x: 0, y: 0, width: 1000, height: 487 }, 2, map)).toEqual({ x: 250, y: 121.75, width: 500, height: 243.5 });
  });
});


describe('searchPlaces()', () => {
  const places: Place[] = [
    { iso3: 'IND', name: 'India', aliases: [], kind: 'shape' },
    { iso3: 'IDN', name: 'Indonesia', aliases: [], kind: 'shape' },
    { iso3: 'USA', name: 'United States', aliases: ['United States of America', 'USA', 'US', 'America'], kind: 'shape' },
    { iso3: 'GBR', name: 'United Kingdom', aliases: ['UK', 'Britain', 'England'], kind: 'shape' },
    { iso3: 'CIV', name: "Côte d'Ivoire", aliases: ['Ivory Coast'], kind: 'shape' },
  ];
  it('ranks prefixes of names first', () => {
    expect(searchPlaces('ind', places).map((r) => r.iso3)).toEqual(['IND', 'IDN']);
  });
  it('matches codes, aliases and unaccented spellings', () => {
    expect(searchPlaces('usa', places)[0]).toEqual({ iso3: 'USA', name: 'United States' });
    expect(searchPlaces('england', places)[0]).toEqual({ iso3: 'GBR', name: 'United Kingdom', matched: 'England' });
    expect(searchPlaces('cote', places)[0]!.iso3).toBe('CIV');
    expect(searchPlaces('ivory', places)[0]!.iso3).toBe('CIV');
    expect(searchPlaces('  ', places)).toEqual([]);
  });
});

describe('mapSummary()', () => {
  it('describes the growth day by day and the evidence, from the data', async () => {
    const { mapSummary } = await import('./mapSummary.ts');
    const ev = (iso3: string, at: number, status: 'named-victim' | 'reported') => ({
      iso3, status, categories: [status], categoryFrom: { [status]: at }, denials: 0,
      firstReport: { at, reported: '', citation: { sourceId: 's', locator: 'l' }, what: '' },
    });
    const text = mapSummary([ev('ESP', Date.UTC(2017, 4, 12, 10), 'named-victim'), ev('CHN', Date.UTC(2017, 4, 14), 'reported')], (iso3) => iso3);
    expect(text).toBe(
      'Countries with a dated public report of WannaCry: 1 by the end of 12 May, 2 by the end of 13 May, 2 by the end of 14 May, 2 by the end of 15 May, and 2 in all. ' +
        'Reported by the end of 12 May: ESP. Strongest evidence: a named victim organisation in 1 country, a published count in 0, a statement or ranking in 1; 0 countries have only an official denial.',
    );
  });
});
