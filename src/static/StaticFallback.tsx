/**
 * A view for places that cannot run an iframe (Apple News, some CMSs, print): the view's image
 * plus the same information as an HTML table, every row with its source.
 */
import type { Model } from '../data/model.ts';
import { VIEWS, type View } from '../views.ts';
import { formatIsoDate, formatNumber } from '../format/format.ts';
import { STATUS_LABEL } from '../map/statusLabels.ts';
import { SourceLink } from './SourceLink.tsx';
import { StaticTable } from './StaticTable.tsx';
import { ExtraTables } from './StaticTables.tsx';

function Rows({ view, model }: { view: View; model: Model }) {
  if (view === 'map' || view === 'story') {
    const rows = [...model.evidence.values()].filter((e) => e.firstReport).sort((a, b) => a.firstReport!.at - b.firstReport!.at);
    return (
      <StaticTable
        caption="Countries with a dated public report of WannaCry, in order of first report"
        columns={['Country', 'Strongest evidence', 'First public report', 'Source of the first report']}
      >
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
      </StaticTable>
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
    <StaticTable caption={`${view === 'nhs' ? 'Figures on the NHS in England' : 'Figures on the ransom'}, with sources`} columns={['Figure', 'Value', 'Source']}>
      {facts
        .filter((f) => f.value !== undefined || f.text !== undefined)
        .map((f) => (
          <tr key={f.id}>
            <th scope="row">{f.label}</th>
            <td>{f.value !== undefined ? `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}` : f.text}</td>
            <td>
              <SourceLink model={model} sourceId={f.sourceId} locator={f.locator} />
            </td>
          </tr>
        ))}
    </StaticTable>
  );
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
