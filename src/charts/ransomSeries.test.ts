import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Payment } from '../data/schema.ts';
import { dailyRows, hourlyPaymentSeries, satoshiToBtc, tallyBefore } from './ransomSeries.ts';
import { loadRealDataset } from './testing/realModel.ts';

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

describe('the shipped transaction list', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadRealDataset();
  });

  it('holds 296 payments worth 4,886,403,816 satoshi (48.86403816 BTC)', () => {
    const series = hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length);
    expect(series.total).toEqual({ count: 296, satoshi: 4886403816 });
    expect(satoshiToBtc(series.total.satoshi)).toBe(48.86403816);
    expect(series.hours.at(-1)).toMatchObject({ cumulativeCount: 296, cumulativeSatoshi: 4886403816 });
  });
  it('splits them 94 / 94 / 108 between the three wallets', () => {
    const series = hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length);
    expect(series.wallets.map((w) => w.count)).toEqual([94, 94, 108]);
    expect(series.wallets.map((w) => w.satoshi)).toEqual([1343213239, 1686789944, 1856400633]);
  });
  it('runs hourly from 12 May 00:00 UTC to 22 May 21:00 UTC', () => {
    const series = hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length);
    expect(series.start).toBe(Date.UTC(2017, 4, 12));
    expect(series.end).toBe(Date.UTC(2017, 4, 22, 21));
    expect(series.hours).toHaveLength(10 * 24 + 21);
  });
  it('had 93 payments and 15.44834652 BTC by 14 May 00:00 UTC, in both the bins and a direct count', () => {
    const cutoff = Date.UTC(2017, 4, 14);
    expect(tallyBefore(dataset.ransom.payments, cutoff)).toEqual({ count: 93, satoshi: 1544834652 });
    const series = hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length);
    const lastBinBefore = series.hours.find((bin) => bin.end === cutoff)!;
    expect(lastBinBefore).toMatchObject({ cumulativeCount: 93, cumulativeSatoshi: 1544834652 });
    expect(satoshiToBtc(lastBinBefore.cumulativeSatoshi)).toBe(15.44834652);
  });
  it('gives eleven days of rows that add up to the total', () => {
    const rows = dailyRows(hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length));
    expect(rows).toHaveLength(11);
    expect(rows.reduce((sum, row) => sum + row.satoshi, 0)).toBe(4886403816);
    expect(rows[1]).toMatchObject({ day: Date.UTC(2017, 4, 13), cumulativeCount: 93, cumulativeSatoshi: 1544834652 });
  });
});
