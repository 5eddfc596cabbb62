/**
 * The unit chart as tables, for screen readers, keyboard users who prefer a list, and readers
 * without JavaScript: the counts of both editions, and every trust the NAO named.
 */
import { noDisruptionCount } from './layout.ts';
import type { Edition } from './editions.ts';
import { formatNumber } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { LazyDetails, StaticTableLink } from '../../ui/LazyDetails.tsx';
import { CATEGORY_LABELS } from './unitText.ts';

export function TrustTable({ editions }: { editions: readonly Edition[] }) {
  const named = editions.find((e) => e.named.length);
  return (
    <LazyDetails className="chart-table" summary="Tables: the counts, and the trusts the NAO named" fallback={<StaticTableLink view="nhs" what="The counts and the named trusts" />}>
      {() => (
      <>
      <div className="table-scroll">
        <table>
          <caption>NHS trusts in England by category, in each edition of the NAO's report</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {editions.map((e) => (
                <th key={e.id} scope="col">
                  {e.label} edition
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['infected', 'disrupted'] as const).map((category) => (
              <tr key={category}>
                <th scope="row">{CATEGORY_LABELS[category]}</th>
                {editions.map((e) => (
                  <td key={e.id}>
                    {formatNumber(e[category].value)} <Cite citation={e[category]} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{CATEGORY_LABELS.none} (all trusts minus those affected; our arithmetic)</th>
              {editions.map((e) => (
                <td key={e.id}>{formatNumber(noDisruptionCount(e.counts))}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">All trusts in England</th>
              {editions.map((e) => (
                <td key={e.id}>
                  {formatNumber(e.total.value)} <Cite citation={e.total} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {named ? (
        <div className="table-scroll">
          <NamedTrustsTable edition={named} />
        </div>
      ) : null}
      </>
      )}
    </LazyDetails>
  );
}

/** The trusts an edition names, with their category and A&E diversion: in the graphic and on the static page. */
export function NamedTrustsTable({ edition, fullCitation = false }: { edition: Pick<Edition, 'label' | 'named'>; fullCitation?: boolean }) {
  return (
    <table>
      <caption>
        The {formatNumber(edition.named.length)} trusts named in the {edition.label} edition
      </caption>
      <thead>
        <tr>
          <th scope="col">Trust</th>
          <th scope="col">Category</th>
          <th scope="col">A&amp;E diverted ambulances</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {edition.named.map((trust) => (
          <tr key={trust.name}>
            <th scope="row">{trust.name}</th>
            <td>{CATEGORY_LABELS[trust.category]}</td>
            <td>{trust.aeDiverted ?? ''}</td>
            <td>
              <Cite citation={trust} full={fullCitation} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
