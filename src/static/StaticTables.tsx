/**
 * The static pages' extra tables: what the graphic builds only when a reader opens it (the key
 * events, the NHS's week and named trusts, the payments by day, the corrections with examples),
 * in full, so a page without JavaScript holds everything the graphic does. Where the graphic has
 * the table already (named trusts, payments by day), it is the same component, with citations
 * written out in full.
 */
import { DailyPaymentsTable } from '../charts/ransom/PaymentsTables.tsx';
import { dailyRows, hourlyPaymentSeries, paymentsCitation } from '../charts/ransomSeries.ts';
import { trustEditions } from '../charts/trusts/editions.ts';
import { NamedTrustsTable } from '../charts/trusts/TrustTable.tsx';
import type { Model } from '../data/model.ts';
import { formatIsoDate } from '../format/format.ts';
import type { View } from '../views.ts';
import { SourceLink } from './SourceLink.tsx';
import { StaticTable } from './StaticTable.tsx';

/** The tables the graphic builds only when opened, in full here (the page needs no script). */
export function ExtraTables({ view, model }: { view: View; model: Model }) {
  if (view === 'nhs') {
    return (
      <>
        <StaticTable caption="The NHS's week, 12 to 19 May 2017 (times in UTC), with sources" columns={['When', 'What happened', 'Source']}>
          {model.dataset.nhs.timeline.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.time ? formatIsoDate(e.time) : `${formatIsoDate(e.day)}${e.timeText ? `, ${e.timeText} (UK time)` : ''}`}</th>
              <td>{e.text}</td>
              <td>
                <SourceLink model={model} sourceId={e.sourceId} locator={e.locator} />
              </td>
            </tr>
          ))}
        </StaticTable>
        <NamedTrustsTable edition={trustEditions(model).revised} fullCitation />
      </>
    );
  }
  if (view === 'map' || view === 'story') {
    return (
      <StaticTable caption="Key events on the map's time axis, with sources" columns={['Event', 'When', 'Source']}>
        {model.dataset.events
          .filter((e) => e.key)
          .map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.label}</th>
              <td>{e.timeText ?? (e.time ? formatIsoDate(e.time) : `between ${formatIsoDate(e.earliest ?? '')} and ${formatIsoDate(e.latest ?? '')}`)}</td>
              <td>
                <SourceLink model={model} sourceId={e.sourceId} locator={e.locator} />
              </td>
            </tr>
          ))}
      </StaticTable>
    );
  }
  if (view === 'sources') {
    return (
      <StaticTable
        caption="Corrections of common errors in the coverage, with the sources for each correction and examples of the error"
        columns={['Claim', 'Correction', 'Sources', 'Where the error appeared']}
      >
        {model.dataset.myths.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.claim}</th>
            <td>{m.correction}</td>
            <td>
              {m.evidence.map((e, i) => (
                <span key={i}>
                  {i ? '; ' : ''}
                  <SourceLink model={model} sourceId={e.sourceId} locator={e.locator} />
                </span>
              ))}
            </td>
            <td>
              {m.examples.map((e, i) => (
                <span key={i}>
                  {i ? '; ' : ''}
                  <SourceLink model={model} sourceId={e.sourceId} />: “{e.quote}”
                </span>
              ))}
            </td>
          </tr>
        ))}
      </StaticTable>
    );
  }
  if (view === 'ransom') {
    const { payments, wallets, paymentsSourceId } = model.dataset.ransom;
    const days = dailyRows(hourlyPaymentSeries(payments, wallets.length));
    return <DailyPaymentsTable days={days} computedFrom={paymentsCitation(paymentsSourceId)} fullCitation />;
  }
  return null;
}
