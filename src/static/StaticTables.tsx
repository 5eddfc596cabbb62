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

/** The tables the graphic builds only when opened, in full here (the page needs no script). */
export function ExtraTables({ view, model }: { view: View; model: Model }) {
  if (view === 'nhs') {
    return (
      <>
      <table>
        <caption>The NHS&apos;s week, 12 to 19 May 2017 (times in UTC), with sources</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What happened</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {model.dataset.nhs.timeline.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.time ? formatIsoDate(e.time) : `${formatIsoDate(e.day)}${e.timeText ? `, ${e.timeText} (UK time)` : ''}`}</th>
              <td>{e.text}</td>
              <td>
                <SourceLink model={model} sourceId={e.sourceId} />, {e.locator}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NamedTrustsTable edition={trustEditions(model).revised} fullCitation />
      </>
    );
  }
  if (view === 'map' || view === 'story') {
    const events = model.dataset.events.filter((e) => e.key);
    return (
      <table>
        <caption>Key events on the map&apos;s time axis, with sources</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">When</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.label}</th>
              <td>{e.timeText ?? (e.time ? formatIsoDate(e.time) : `between ${formatIsoDate(e.earliest ?? '')} and ${formatIsoDate(e.latest ?? '')}`)}</td>
              <td>
                <SourceLink model={model} sourceId={e.sourceId} />, {e.locator}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (view === 'sources') {
    return (
      <table>
        <caption>Corrections of common errors in the coverage, with the sources for each correction and examples of the error</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Correction</th>
            <th scope="col">Sources</th>
            <th scope="col">Where the error appeared</th>
          </tr>
        </thead>
        <tbody>
          {model.dataset.myths.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.claim}</th>
              <td>{m.correction}</td>
              <td>
                {m.evidence.map((e, i) => (
                  <span key={i}>
                    {i ? '; ' : ''}
                    <SourceLink model={model} sourceId={e.sourceId} />, {e.locator}
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
        </tbody>
      </table>
    );
  }
  if (view === 'ransom') {
    const { payments, wallets, paymentsSourceId } = model.dataset.ransom;
    const days = dailyRows(hourlyPaymentSeries(payments, wallets.length));
    return <DailyPaymentsTable days={days} computedFrom={paymentsCitation(paymentsSourceId)} fullCitation />;
  }
  return null;
}

