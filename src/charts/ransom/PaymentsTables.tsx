/**
 * The payment charts as tables: per wallet (with a bar for each wallet's bitcoin, the per-wallet
 * breakdown the charts leave out) and per UTC day. Every figure is computed from the transaction
 * list, and says so.
 */
import type { Citation } from '../../data/schema.ts';
import { formatNumber, formatUtcDay } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { LazyDetails, StaticTableLink } from '../../ui/LazyDetails.tsx';
import type { DayRow, PaymentSeries } from '../ransomSeries.ts';
import { layoutWalletBars } from './layout.ts';
import { btc } from './text.ts';

interface Props {
  series: PaymentSeries;
  days: readonly DayRow[];
  addresses: readonly string[];
  computedFrom: Citation;
}

const BAR_WIDTH = 80;

export function WalletTable({ series, addresses, computedFrom }: Omit<Props, 'days'>) {
  const bars = layoutWalletBars(series.wallets.map((w) => w.satoshi), BAR_WIDTH);
  return (
    <div className="table-scroll">
      <table className="wallet-table">
        <caption>
          Payments by wallet, computed from the @actual_ransom transaction list <Cite citation={computedFrom} />
        </caption>
        <thead>
          <tr>
            <th scope="col">Wallet</th>
            <th scope="col">Payments</th>
            <th scope="col">Bitcoin received</th>
          </tr>
        </thead>
        <tbody>
          {series.wallets.map((wallet, i) => (
            <tr key={i}>
              <th scope="row">
                <code className="wallet-address">{addresses[i] ?? '—'}</code>
              </th>
              <td className="num">{formatNumber(wallet.count)}</td>
              <td className="num">
                <svg className="wallet-bar" width={BAR_WIDTH} height="10" viewBox={`0 0 ${BAR_WIDTH} 10`} aria-hidden="true" focusable="false">
                  <rect className={`wallet-${i % 3}`} x="0" y="0" width={bars[i]} height="10" />
                </svg>{' '}
                {btc(wallet.satoshi)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All wallets</th>
            <td className="num">{formatNumber(series.total.count)}</td>
            <td className="num">{btc(series.total.satoshi)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The payments by UTC day as a table: in the graphic one tap away, in full on the static page. */
export function DailyPaymentsTable({ days, computedFrom, fullCitation = false }: Pick<Props, 'days' | 'computedFrom'> & { fullCitation?: boolean }) {
  return (
    <table>
      <caption>
        Ransom payments by UTC day, computed from the @actual_ransom transaction list <Cite citation={computedFrom} full={fullCitation} />
      </caption>
      <thead>
        <tr>
          <th scope="col">Day (UTC)</th>
          <th scope="col">Payments</th>
          <th scope="col">Bitcoin</th>
          <th scope="col">Payments so far</th>
          <th scope="col">Bitcoin so far</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatUtcDay(day.day)}</th>
            <td className="num">{formatNumber(day.count)}</td>
            <td className="num">{btc(day.satoshi)}</td>
            <td className="num">{formatNumber(day.cumulativeCount)}</td>
            <td className="num">{btc(day.cumulativeSatoshi)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DailyTable({ days, computedFrom }: Pick<Props, 'days' | 'computedFrom'>) {
  return (
    <LazyDetails className="chart-table" summary="Table: payments by day (UTC)" fallback={<StaticTableLink view="ransom" what="Payments by day" />}>
      {() => (
        <div className="table-scroll">
          <DailyPaymentsTable days={days} computedFrom={computedFrom} />
        </div>
      )}
    </LazyDetails>
  );
}
