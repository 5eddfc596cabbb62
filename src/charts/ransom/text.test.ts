import { describe, expect, it } from 'vitest';
import { hourlyPaymentSeries } from '../ransomSeries.ts';
import { describeHour, hourValueText, paymentsSummary } from './text.ts';

const bin = { start: Date.UTC(2017, 4, 13, 14), end: Date.UTC(2017, 4, 13, 15), count: 1, satoshi: 17810000, cumulativeCount: 50, cumulativeSatoshi: 812345678 };

describe('describeHour()', () => {
  it('reads the running total at the end of the hour and what the hour added', () => {
    expect(describeHour(bin)).toEqual({ title: 'By 13 May, 15:00 UTC', lines: ['50 payments, 8.12345678 BTC in all', 'In the hour before: 1 payment, 0.17810000 BTC'] });
    expect(hourValueText({ ...bin, count: 0, satoshi: 0 })).toBe('By 13 May, 15:00 UTC: 50 payments, 8.12345678 BTC in all. In the hour before: 0 payments');
  });
});

describe('paymentsSummary()', () => {
  it('says so when there are no payments', () => {
    expect(paymentsSummary(hourlyPaymentSeries([], 3), [], [], 3)).toBe('The dataset holds no ransom payments.');
  });
});
