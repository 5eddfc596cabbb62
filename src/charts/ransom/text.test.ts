import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema.ts';
import { hourlyPaymentSeries } from '../ransomSeries.ts';
import { loadRealDataset } from '../testing/realModel.ts';
import { deadlineMarkers } from './layout.ts';
import { describeHour, hourValueText, paymentsSummary } from './text.ts';

const bin = { start: Date.UTC(2017, 4, 13, 14), end: Date.UTC(2017, 4, 13, 15), count: 1, satoshi: 17810000, cumulativeCount: 50, cumulativeSatoshi: 812345678 };

describe('describeHour()', () => {
  it('reads the running total at the end of the hour and what the hour added', () => {
    expect(describeHour(bin)).toEqual({ title: 'By 13 May, 15:00 UTC', lines: ['50 payments, 8.12345678 BTC in all', 'In the hour before: 1 payment, 0.17810000 BTC'] });
    expect(hourValueText({ ...bin, count: 0, satoshi: 0 })).toBe('By 13 May, 15:00 UTC: 50 payments, 8.12345678 BTC in all. In the hour before: 0 payments');
  });
});

describe('paymentsSummary()', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadRealDataset();
  });
  it('gives the totals and the tallies at the two deadlines of the shipped data', () => {
    const series = hourlyPaymentSeries(dataset.ransom.payments, 3);
    const markers = deadlineMarkers(series.start, 3, 7);
    expect(paymentsSummary(series, dataset.ransom.payments, markers, 3)).toBe(
      'Two charts of the ransom paid into the 3 bitcoin wallets, hour by hour from 12 May to 22 May, 21:00 UTC, computed from the @actual_ransom transaction list. ' +
        'In all, 296 payments brought 48.86403816 BTC. ' +
        'By the price rise on 15 May: 126 payments, 20.95276664 BTC. ' +
        'By the deletion deadline on 19 May: 284 payments, 46.80551383 BTC.',
    );
  });
  it('says so when there are no payments', () => {
    expect(paymentsSummary(hourlyPaymentSeries([], 3), [], [], 3)).toBe('The dataset holds no ransom payments.');
  });
});
