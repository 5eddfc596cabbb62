import { describe, expect, it } from 'vitest';
import type { Payment } from '../data/schema.ts';
import { dailyRows, hourlyPaymentSeries } from './ransomSeries.ts';

const fixture: Payment[] = [
  { time: '2017-05-12T11:07:13Z', wallet: 0, satoshi: 10000 },
  { time: '2017-05-12T11:59:59Z', wallet: 2, satoshi: 25000000 },
  { time: '2017-05-12T12:00:00Z', wallet: 1, satoshi: 17810000 },
  { time: '2017-05-13T00:30:00Z', wallet: 2, satoshi: 1 },
];

describe('hourlyPaymentSeries()', () => {
  const series = hourlyPaymentSeries(fixture, 3);
  it('runs from midnight UTC of the first payment day to the end of the last payment hour', () => {
    expect(series.start).toBe(Date.UTC(2017, 4, 12));
    expect(series.end).toBe(Date.UTC(2017, 4, 13, 1));
    expect(series.hours).toHaveLength(25);
  });
  it('puts a payment at hh:59:59 in that hour and one at hh+1:00:00 in the next', () => {
    expect(series.hours[11]).toMatchObject({ count: 2, satoshi: 25010000, cumulativeCount: 2, cumulativeSatoshi: 25010000 });
    expect(series.hours[12]).toMatchObject({ count: 1, satoshi: 17810000, cumulativeCount: 3, cumulativeSatoshi: 42820000 });
  });
  it('carries the running totals through empty hours', () => {
    expect(series.hours[23]).toMatchObject({ count: 0, satoshi: 0, cumulativeCount: 3, cumulativeSatoshi: 42820000 });
    expect(series.hours[24]).toMatchObject({ count: 1, cumulativeCount: 4, cumulativeSatoshi: 42820001 });
  });
  it('tallies each wallet', () => {
    expect(series.wallets).toEqual([
      { count: 1, satoshi: 10000 },
      { count: 1, satoshi: 17810000 },
      { count: 2, satoshi: 25000001 },
    ]);
  });
  it('gives an empty series for no payments', () => {
    expect(hourlyPaymentSeries([], 3)).toEqual({ start: 0, end: 0, hours: [], total: { count: 0, satoshi: 0 }, wallets: [{ count: 0, satoshi: 0 }, { count: 0, satoshi: 0 }, { count: 0, satoshi: 0 }] });
  });
});

describe('dailyRows()', () => {
  it('sums the hours by UTC day with running totals', () => {
    expect(dailyRows(hourlyPaymentSeries(fixture, 3))).toEqual([
      { day: Date.UTC(2017, 4, 12), count: 3, satoshi: 42820000, cumulativeCount: 3, cumulativeSatoshi: 42820000 },
      { day: Date.UTC(2017, 4, 13), count: 1, satoshi: 1, cumulativeCount: 4, cumulativeSatoshi: 42820001 },
    ]);
  });
});

