/** Words for the payment charts: one hour's reading (tooltip, slider value) and the summary. */
import type { Payment } from '../../data/schema.ts';
import { formatBtc, formatNumber, formatUtc, formatUtcDay, plural } from '../../format/format.ts';
import { satoshiToBtc, tallyBefore, type HourBin, type PaymentSeries } from '../ransomSeries.ts';
import type { Marker } from './layout.ts';

/** Every computed amount is exact to the satoshi, so it is shown to eight decimal places. */
export const btc = (satoshi: number): string => formatBtc(satoshiToBtc(satoshi), 8);

export interface HourText {
  title: string;
  lines: string[];
}

export function describeHour(bin: HourBin): HourText {
  return {
    title: `By ${formatUtc(bin.end)}`,
    lines: [
      `${plural(bin.cumulativeCount, 'payment', 'payments')}, ${btc(bin.cumulativeSatoshi)} in all`,
      `In the hour before: ${plural(bin.count, 'payment', 'payments')}${bin.count ? `, ${btc(bin.satoshi)}` : ''}`,
    ],
  };
}

export const hourValueText = (bin: HourBin): string => {
  const text = describeHour(bin);
  return `${text.title}: ${text.lines.join('. ')}`;
};

const MARKER_NAMES: Record<string, string> = { 'price-doubles': 'the price rise', 'files-deleted': 'the deletion deadline' };
export const markerLabel = (id: string): string => ({ 'price-doubles': 'Price doubles', 'files-deleted': 'Deletion deadline' })[id] ?? id;

export function paymentsSummary(series: PaymentSeries, payments: readonly Payment[], markers: readonly Marker[], walletCount: number): string {
  const last = series.hours.at(-1);
  if (!last) return 'The dataset holds no ransom payments.';
  const parts = [
    `Two charts of the ransom paid into the ${formatNumber(walletCount)} bitcoin wallets, hour by hour from ${formatUtcDay(series.start)} to ${formatUtc(series.end)}, computed from the @actual_ransom transaction list.`,
    `In all, ${plural(series.total.count, 'payment', 'payments')} brought ${btc(series.total.satoshi)}.`,
  ];
  for (const marker of markers) {
    const tally = tallyBefore(payments, marker.time);
    parts.push(`By ${MARKER_NAMES[marker.id] ?? marker.id} on ${formatUtcDay(marker.time)}: ${plural(tally.count, 'payment', 'payments')}, ${btc(tally.satoshi)}.`);
  }
  return parts.join(' ');
}
