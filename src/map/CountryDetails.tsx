/**
 * Everything the dataset holds for one country, each item with its source one click away:
 * the first public report, every figure (unit, period, source, quote), named victims,
 * statements and listings, and denials.
 */
import { useEffect, useRef } from 'react';
import type { CountryReport, ReportKind } from '../data/schema.ts';
import { formatIsoDate, formatNumber } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { STATUS_LABEL } from './statusLabels.ts';
import { STRINGS } from '../strings.ts';

const KIND_HEADINGS: Record<ReportKind, string> = {
  'named-victim': 'Named victims',
  statement: 'Statements',
  listed: 'In rankings and lists',
  denial: 'Denials',
};

const period = (start?: string, end?: string) =>
  start && end ? (start === end ? formatIsoDate(start) : `${formatIsoDate(start)} to ${formatIsoDate(end)}`) : start ? `from ${formatIsoDate(start)}` : end ? `to ${formatIsoDate(end)}` : '';

export function CountryDetails({ iso3, onClose }: { iso3: string; onClose: () => void }) {
  const model = useModel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [iso3]);
  const place = model.places.get(iso3);
  const country = model.countries.get(iso3);
  const evidence = model.evidence.get(iso3);
  const name = place?.name ?? iso3;
  const byKind = new Map<ReportKind, CountryReport[]>();
  for (const r of country?.reports ?? []) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);

  return (
    <aside className="country-details" aria-labelledby={`details-${iso3}`}>
      <div className="details-head">
        <h3 id={`details-${iso3}`} ref={headingRef} tabIndex={-1}>
          {name}
        </h3>
        <button type="button" onClick={onClose} aria-label={STRINGS.map.closeDetails(name)}>
          ✕
        </button>
      </div>
      <p className="details-status">
        <span className={`swatch swatch-${evidence?.status ?? 'none'}`} aria-hidden="true" /> {STATUS_LABEL[evidence?.status ?? 'none']}
        {place?.kind === 'unmapped' ? ' (not drawn on this map: too small for its geometry)' : ''}
      </p>
      {evidence?.firstReport ? (
        <p>
          First public report: <strong>{formatIsoDate(evidence.firstReport.reported)}</strong> ({evidence.firstReport.what}). This is when the report
          appeared, not when machines were first infected. <Cite citation={evidence.firstReport.citation} />
        </p>
      ) : null}
      {!country ? (
        <p>
          No public report was found for {name}. That is not the same as not being affected: no list of the countries WannaCry reached was ever published.
        </p>
      ) : null}
      {country?.figures.length ? (
        <>
          <h4>Published figures</h4>
          <ul className="details-list">
            {country.figures.map((f, i) => {
              const measure = model.measures.get(f.measure);
              return (
                <li key={i}>
                  <strong>{formatNumber(f.value)}</strong> {f.unit}
                  {period(f.periodStart, f.periodEnd) ? <span className="details-period"> ({period(f.periodStart, f.periodEnd)})</span> : null}
                  {measure ? <span className="details-measure"> · {measure.label}</span> : null}
                  {measure && !measure.evidencesOutbreak ? <span className="caveat"> · {measure.caveat ?? 'Not evidence of the May 2017 outbreak.'}</span> : null}
                  <br />
                  <Cite citation={f} full />
                  {f.note ? <span className="cite-note"> {f.note}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {(['named-victim', 'statement', 'listed', 'denial'] as const).map((kind) =>
        byKind.get(kind)?.length ? (
          <div key={kind}>
            <h4>{KIND_HEADINGS[kind]}</h4>
            <ul className="details-list">
              {byKind.get(kind)!.map((r, i) => (
                <li key={i}>
                  {r.subject}
                  {r.eventDate ? <span className="details-period"> ({r.eventDate.split('/').map((d) => formatIsoDate(d)).join(' to ')})</span> : null}
                  <br />
                  <Cite citation={r} full />
                  {r.note ? <span className="cite-note"> {r.note}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </aside>
  );
}
