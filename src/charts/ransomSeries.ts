/**
 * The ransom payments as series: dataset.ransom.payments (one row per incoming transaction to
 * the three wallets, from the @actual_ransom bot's list) → hourly bins with running totals,
 * per-wallet tallies and per-day rows for the table.
 *
 * Amounts stay in satoshi, summed as integers: 296 payments come to 4,886,403,816 satoshi, far
 * below 2^53, so the sums are exact; bitcoin (satoshi / 10^8) is only computed for display.
 */
import type { Payment } from '../data/schema.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Satoshi per bitcoin, by the protocol's definition. */
export const SATOSHI_PER_BTC = 100_000_000;

export interface Tally {
  count: number;
  satoshi: number;
}

export interface HourBin extends Tally {
  /** UTC start of the hour (ms); the bin holds payments at or after it and before `end`. */
  start: number;
  end: number;
  /** Everything received before `end`. */
  cumulativeCount: number;
  cumulativeSatoshi: number;
}

export interface DayRow extends Tally {
  /** UTC midnight (ms). */
  day: number;
  cumulativeCount: number;
  cumulativeSatoshi: number;
}

export interface PaymentSeries {
  /** UTC midnight of the first payment's day. */
  start: number;
  /** The end of the hour of the last payment. */
  end: number;
  hours: HourBin[];
  total: Tally;
  /** Indexed like dataset.ransom.wallets. */
  wallets: Tally[];
}

export const paymentTime = (payment: Payment): number => Date.parse(payment.time);
export const satoshiToBtc = (satoshi: number): number => satoshi / SATOSHI_PER_BTC;

/** Bins every payment into UTC hours, from midnight of the first payment's day to the last one. */
export function hourlyPaymentSeries(payments: readonly Payment[], walletCount: number): PaymentSeries {
  const times = payments.map(paymentTime);
  const wallets = Array.from({ length: Math.max(walletCount, ...payments.map((p) => p.wallet + 1)) }, () => ({ count: 0, satoshi: 0 }));
  if (!payments.length) return { start: 0, end: 0, hours: [], total: { count: 0, satoshi: 0 }, wallets };
  const first = Math.min(...times);
  const last = Math.max(...times);
  const start = Math.floor(first / DAY_MS) * DAY_MS;
  const end = Math.floor(last / HOUR_MS) * HOUR_MS + HOUR_MS;
  const hours: HourBin[] = [];
  for (let t = start; t < end; t += HOUR_MS) {
    hours.push({ start: t, end: t + HOUR_MS, count: 0, satoshi: 0, cumulativeCount: 0, cumulativeSatoshi: 0 });
  }
  payments.forEach((payment, i) => {
    const bin = hours[Math.floor((times[i]! - start) / HOUR_MS)]!;
    bin.count += 1;
    bin.satoshi += payment.satoshi;
    wallets[payment.wallet]!.count += 1;
    wallets[payment.wallet]!.satoshi += payment.satoshi;
  });
  let count = 0;
  let satoshi = 0;
  for (const bin of hours) {
    count += bin.count;
    satoshi += bin.satoshi;
    bin.cumulativeCount = count;
    bin.cumulativeSatoshi = satoshi;
  }
  return { start, end, hours, total: { count, satoshi }, wallets };
}

/** What had been received strictly before `time` (ms, UTC). */
export function tallyBefore(payments: readonly Payment[], time: number): Tally {
  let count = 0;
  let satoshi = 0;
  for (const payment of payments) {
    if (paymentTime(payment) < time) {
      count += 1;
      satoshi += payment.satoshi;
    }
  }
  return { count, satoshi };
}

/** The hourly series summed by UTC day, for the table that stands in for the charts. */
export function dailyRows(series: PaymentSeries): DayRow[] {
  const rows: DayRow[] = [];
  for (const bin of series.hours) {
    const day = Math.floor(bin.start / DAY_MS) * DAY_MS;
    let row = rows[rows.length - 1];
    if (!row || row.day !== day) {
      row = { day, count: 0, satoshi: 0, cumulativeCount: 0, cumulativeSatoshi: 0 };
      rows.push(row);
    }
    row.count += bin.count;
    row.satoshi += bin.satoshi;
    row.cumulativeCount = bin.cumulativeCount;
    row.cumulativeSatoshi = bin.cumulativeSatoshi;
  }
  return rows;
}

/** The citation of our sums: the raw transaction list, and what we did with it. */
export const paymentsCitation = (sourceId: string) => ({ sourceId, locator: 'every incoming payment in the list, summed by us' });
