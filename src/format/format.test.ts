import { describe, expect, it } from 'vitest';
import { formatCompact, formatIsoDate, formatNumber, formatUkTime, formatUtc } from './format.ts';

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
});
