/**
 * The map as a table: every country in the dataset, sortable. It is the alternative for screen
 * readers; built when opened (readers without JavaScript get the same table on static/map.html).
 */
import { useMemo, useState, memo } from 'react';
import type { CountryStatus } from '../data/derive/evidence.ts';
import { formatIsoDate } from '../format/format.ts';
import { LazyDetails, StaticTableLink } from '../ui/LazyDetails.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { STATUS_LABEL } from './statusLabels.ts';
import { STRINGS } from '../strings.ts';

type Column = 'name' | 'status' | 'first' | 'figures' | 'victims' | 'denials';
const RANK: Record<CountryStatus, number> = { 'named-victim': 0, 'published-count': 1, reported: 2, denial: 3, none: 4 };
const HEADERS: Array<[Column, string]> = [
  ['name', 'Country'],
  ['status', 'Strongest evidence'],
  ['first', 'First public report'],
  ['figures', 'Published figures'],
  ['victims', 'Named victims'],
  ['denials', 'Denials'],
];

type Sort = { column: Column; ascending: boolean };

export const CountryTable = memo(function CountryTable({ onSelect }: { onSelect?: (iso3: string) => void }) {
  // The sort outlives closing the table; the rows are built only while it is open (sorting by
  // name starts the browser's collation, a cost the first screen should not pay).
  const [sort, setSort] = useState<Sort>({ column: 'first', ascending: true });
  return (
    <LazyDetails className="country-table" summary={STRINGS.map.countriesTable} fallback={<StaticTableLink view="map" what="Every country and its first report" />}>
      {() => <CountryRows sort={sort} setSort={setSort} onSelect={onSelect} />}
    </LazyDetails>
  );
});

function CountryRows({ sort, setSort, onSelect }: { sort: Sort; setSort: (update: (s: Sort) => Sort) => void; onSelect?: ((iso3: string) => void) | undefined }) {
  const model = useModel();
  const rows = useMemo(
    () =>
      model.dataset.countries.map((c) => {
        const e = model.evidence.get(c.iso3)!;
        return {
          iso3: c.iso3,
          name: model.places.get(c.iso3)?.name ?? c.iso3,
          status: e.status,
          first: e.firstReport,
          figures: c.figures.length,
          victims: c.reports.filter((r) => r.kind === 'named-victim').length,
          denials: e.denials,
        };
      }),
    [model],
  );
  const sorted = useMemo(() => {
    const key = (r: (typeof rows)[number]): number | string =>
      sort.column === 'name' ? r.name : sort.column === 'status' ? RANK[r.status] : sort.column === 'first' ? (r.first?.at ?? Infinity) : r[sort.column];
    return [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === 'string' ? x.localeCompare(y as string, 'en') : x - (y as number);
      return (sort.ascending ? order : -order) || a.name.localeCompare(b.name, 'en');
    });
  }, [rows, sort]);

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={STRINGS.map.tableScrolls}>
      <table>
        <caption className="visually-hidden">Countries with a public report of WannaCry, an official denial or other published data. Select a column header to sort.</caption>
        <thead>
          <tr>
            {HEADERS.map(([column, label]) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="sort-button" onClick={() => setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }))}>
                  {label}
                  <span aria-hidden="true">{sort.column === column ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.iso3}>
              <th scope="row">
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(r.iso3)}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </th>
              <td>{STATUS_LABEL[r.status]}</td>
              <td>{r.first ? formatIsoDate(r.first.reported) : '—'}</td>
              <td>{r.figures}</td>
              <td>{r.victims}</td>
              <td>{r.denials}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
