import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '../testing/realModel.ts';
import { formatBtc, formatCompact, formatIsoDate, formatNumber, formatUkTime, formatUtc, formatUtcDay } from './format.ts';

/** Every number anywhere in a JSON value. */
function numbersIn(node: unknown): number[] {
  if (typeof node === 'number') return [node];
  if (node && typeof node === 'object') return Object.values(node).flatMap(numbersIn);
  return [];
}

describe('formatting', () => {
  it('keeps published precision', () => {
    expect(formatNumber(6200000)).toBe('6,200,000');
    expect(formatNumber(52.19666422)).toBe('52.19666422');
    expect(formatNumber(0.5)).toBe('0.5');
  });
  it('writes dates at the precision they were given', () => {
    expect(formatIsoDate('2017')).toBe('2017');
    expect(formatIsoDate('2017-05')).toBe('May 2017');
    expect(formatIsoDate('2017-05-12')).toBe('12 May 2017');
    expect(formatIsoDate('2017-05-12T09:25Z')).toBe('12 May 2017, 09:25 UTC');
    expect(formatIsoDate('2017-05-12', { short: true })).toBe('12 May 2017');
  });
  it('gives UK times in BST for May 2017', () => {
    expect(formatUkTime(Date.UTC(2017, 4, 12, 15))).toBe('16:00');
    expect(formatUtc(Date.UTC(2017, 4, 12, 15))).toBe('12 May, 15:00 UTC');
  });
  it('abbreviates only for axes and legends', () => {
    expect(formatCompact(6200000)).toBe('6.2m');
    expect(formatCompact(191000)).toBe('191k');
    expect(formatCompact(900)).toBe('900');
  });

  // en-GB is written without Intl (its first call is costly on a phone); the output must not differ.
  it("writes en-GB numbers exactly as Intl does, for every number in the shipped dataset", async () => {
    const edges = [0, -0, 7, -7, 999, 1000, -1234.5, 1234567.891, 0.1 + 0.2, 1 / 3, 2.5e-7, 1e21, 12345678901234567890, 0.000001, 52.19666422, 1.005];
    const values = [...new Set([...numbersIn(await loadRealDataset()), ...edges])];
    expect(values.length).toBeGreaterThan(300); // the dataset was read
    for (const value of values) {
      const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: Number.isInteger(value) ? 0 : 8 }).format(value);
      expect(formatNumber(value), String(value)).toBe(intl);
      for (const digits of [0, 2, 4]) {
        const btc = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
        expect(formatBtc(value, digits), `${value} to ${digits} digits`).toBe(`${btc} BTC`);
      }
    }
  });
  it('writes en-GB month names as Intl does', () => {
    for (let month = 0; month < 12; month++) {
      const at = Date.UTC(2017, month, 12, 15);
      const long = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(at);
      const short = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(at).replace(/\.$/, '').slice(0, 3);
      expect(formatUtc(at)).toBe(`12 ${long}, 15:00 UTC`);
      expect(formatUtcDay(at)).toBe(`12 ${short}`);
    }
  });
});

