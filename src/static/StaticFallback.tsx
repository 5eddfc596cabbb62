/**
 * A view for places that cannot run an iframe (Apple News, some CMSs, print): the view's image
 * plus the same information as an HTML table, every row with its source.
 */
import type { Model } from '../data/model.ts';
import { VIEWS, type View } from '../views.ts';
import { dailyRows, hourlyPaymentSeries, satoshiToBtc } from '../charts/ransomSeries.ts';
import { formatIsoDate, formatNumber, formatUtcDay } from '../format/format.ts';
import { STATUS_LABEL } from '../map/statusLabels.ts';

function SourceLink({ model, sourceId }: { model: Model; sourceId: string }) {
  const source = model.sources.get(sourceId)!;
  return <a href={source.url}>{`${source.publisher}${source.date ? `, ${formatIsoDate(source.date)}` : ''}`}</a>;
}

function Rows({ view, model }: { view: View; model: Model }) {
  if (view === 'map' || view === 'story') {
    const rows = [...model.evidence.values()].filter((e) => e.firstReport).sort((a, b) => a.firstReport!.at - b.firstReport!.at);
    return (
      <table>
        <caption>Countries with a dated public report of WannaCry, in order of first report</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Strongest evidence</th>
            <th scope="col">First public report</th>
            <th scope="col">Source of the first report</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.iso3}>
              <th scope="row">{model.places.get(e.iso3)?.name ?? e.iso3}</th>
              <td>{STATUS_LABEL[e.status]}</td>
              <td>{formatIsoDate(e.firstReport!.reported)}</td>
              <td>
                <SourceLink model={model} sourceId={e.firstReport!.citation.sourceId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const facts = view === 'nhs' ? model.dataset.nhs.figures : view === 'ransom' ? model.dataset.ransom.facts : [];
  if (!facts.length) {
    return (
      <ul>
        {[...model.dataset.sources].sort((a, b) => a.publisher.localeCompare(b.publisher)).map((s) => (
          <li key={s.id}>
            <SourceLink model={model} sourceId={s.id} />: {s.title}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table>
      <caption>{view === 'nhs' ? 'Figures on the NHS in England' : 'Figures on the ransom'}, with sources</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {facts
          .filter((f) => f.value !== undefined || f.text !== undefined)
          .map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label}</th>
              <td>{f.value !== undefined ? `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}` : f.text}</td>
              <td>
                <SourceLink model={model} sourceId={f.sourceId} />, {f.locator}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The tables the graphic builds only when opened, in full here (the page needs no script). */
function ExtraTables({ view, model }: { view: View; model: Model }) {
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
      <table>
        <caption>The NHS trusts the NAO named as affected (April 2018 edition), with sources</caption>
        <thead>
          <tr>
            <th scope="col">Trust</th>
            <th scope="col">Category</th>
            <th scope="col">A&amp;E diverted ambulances</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {model.dataset.nhs.trusts.map((t) => (
            <tr key={t.name}>
              <th scope="row">{t.name}</th>
              <td>{t.category}</td>
              <td>{t.aeDiverted ?? ''}</td>
              <td>
                <SourceLink model={model} sourceId={t.sourceId} />, {t.locator}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
    return (
      <table>
        <caption>
          Ransom payments by UTC day, our sums of the transaction list (<SourceLink model={model} sourceId={paymentsSourceId} />)
        </caption>
        <thead>
          <tr>
            <th scope="col">Day (UTC)</th>
            <th scope="col">Payments</th>
            <th scope="col">BTC</th>
            <th scope="col">Payments so far</th>
            <th scope="col">BTC so far</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatUtcDay(d.day)}</th>
              <td>{formatNumber(d.count)}</td>
              <td>{formatNumber(satoshiToBtc(d.satoshi))}</td>
              <td>{formatNumber(d.cumulativeCount)}</td>
              <td>{formatNumber(satoshiToBtc(d.cumulativeSatoshi))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return null;
}

export function StaticFallback({ view, model }: { view: View; model: Model }) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{VIEWS[view].title}</title>
        <link rel="stylesheet" href="static.css" />
      </head>
      <body>
        <figure>
          <img src={`${view}.png`} width="1200" height="630" alt={VIEWS[view].title} />
          <figcaption>
            {VIEWS[view].title}. Data updated {formatIsoDate(model.dataset.meta.updated)}; every figure is sourced below.
          </figcaption>
        </figure>
        <Rows view={view} model={model} />
        <ExtraTables view={view} model={model} />
      </body>
    </html>
  );
}
