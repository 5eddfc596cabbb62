/**
 * Ransom (view=ransom, and the story after the NHS): the rule on the screens, the payments into
 * the three wallets hour by hour (computed from the @actual_ransom transaction list), and how it
 * ended, with the wallets emptied. Bitcoin is never converted to dollars.
 */
import { useMemo, useRef } from 'react';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { PaymentsFigure } from '../charts/ransom/PaymentsFigure.tsx';
import { RansomRule } from '../charts/ransom/RansomRule.tsx';
import { btc } from '../charts/ransom/text.ts';
import { Withdrawal } from '../charts/ransom/Withdrawal.tsx';
import { hourlyPaymentSeries, paymentsCitation } from '../charts/ransomSeries.ts';
import type { Citation } from '../data/schema.ts';
import { formatNumber, formatUtc } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';

export function RansomSection() {
  const { dataset } = useModel();
  const { payments, wallets, paymentsSourceId } = dataset.ransom;
  // Computed once here (the sums of the raw transaction list) and drawn by the chart below.
  const series = useMemo(() => hourlyPaymentSeries(payments, wallets.length), [payments, wallets.length]);
  // Our sums cite the list they are computed from; the locator says what we did with it.
  const chartRef = useRef<HTMLDivElement>(null);
  const computedFrom: Citation = paymentsCitation(paymentsSourceId);
  return (
    <section className="section ransom" aria-labelledby="ransom-heading" id="ransom">
      <h2 id="ransom-heading">The ransom</h2>
      {series.hours.length ? (
        <p className="lede">
          <strong>{formatNumber(series.total.count)}</strong> payments brought <strong>{btc(series.total.satoshi)}</strong> into the{' '}
          {formatNumber(wallets.length)} wallets by {formatUtc(series.end)} (our sums of the public transaction list <Cite citation={computedFrom} />
          ).
        </p>
      ) : null}
      <div ref={chartRef}>
        <PaymentsFigure computedFrom={computedFrom} series={series} />
      </div>
      <RansomRule />
      <Withdrawal />
      <SectionTools view="ransom" chartRef={chartRef} />
    </section>
  );
}
