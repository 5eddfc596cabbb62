/**
 * Who was behind it (the story, before the sources): who said who did it, when, on what evidence
 * and how sure they were, as their claims with sources, never as our own finding. A dated strip,
 * then every statement in words, by month, each with its speaker's own words on how sure they were.
 */
import { useId, useMemo } from 'react';
import { AttributionStrip } from '../charts/attribution/AttributionStrip.tsx';
import { attributionPeriods, byDate, KIND_IN_TEXT } from '../charts/attribution/layout.ts';
import { ATTRIBUTION } from '../data/requiredFacts.ts';
import type { Attribution } from '../data/schema.ts';
import { formatIsoDate } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';

function stripSummary(statements: readonly Attribution[]): string {
  const counts = Object.entries(KIND_IN_TEXT).map(([kind, label]) => `${statements.filter((s) => s.actorKind === kind).length} from ${label}`);
  const first = statements[0]?.date;
  const last = statements.at(-1)?.date;
  return `A strip of ${statements.length} statements on who was behind WannaCry, from ${first ? formatIsoDate(first) : ''} to ${last ? formatIsoDate(last) : ''}: ${counts.join(', ')}. Each is listed below with its source.`;
}

export function AttributionSection() {
  const { dataset } = useModel();
  const statements = useMemo(() => [...dataset.attribution].sort(byDate), [dataset.attribution]);
  const periods = useMemo(() => attributionPeriods(statements), [statements]);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const cite = (id: string) => {
    const s = byId.get(id);
    return s ? <Cite citation={s} /> : null;
  };
  const summaryId = useId();
  if (!statements.length) return null;
  return (
    <section className="section attribution" aria-labelledby="attribution-heading" id="attribution">
      <h2 id="attribution-heading">Who was behind it</h2>
      <p className="lede">
        Within days, security researchers found code shared with malware of the Lazarus group {cite(ATTRIBUTION.clue)}. Governments took months: the United
        Kingdom named North Korea in October 2017 {cite(ATTRIBUTION.uk)}, the United States formally in December {cite(ATTRIBUTION.us)}, and in September 2018 US
        prosecutors charged a North Korean programmer {cite(ATTRIBUTION.charges)}. North Korea denied it {cite(ATTRIBUTION.denial)}.
      </p>
      <figure className="chart-figure">
        {/* On a phone the strip scrolls sideways in its frame: a keyboard can scroll it too. */}
        <div className="chart-frame attribution-frame" tabIndex={0} role="region" aria-label="The attribution strip, scrolls sideways on small screens">
          <AttributionStrip statements={statements} summaryId={summaryId} />
        </div>
        <figcaption id={summaryId} className="chart-caption">
          {stripSummary(statements)}
        </figcaption>
      </figure>
      <details className="how-we-know">
        <summary>Who said what, and how sure they were</summary>
        {periods.map((period) => (
          <div key={period.key} className="attribution-period">
            <h3>{formatIsoDate(period.key)}</h3>
            <ol className="statements">
              {period.statements.map((s) => (
                <li key={s.id} className={`statement statement-${s.actorKind}`}>
                  <span className={`kind-mark dot-${s.actorKind}`} aria-hidden="true" />
                  <span className="statement-text">
                    <time dateTime={s.date}>{formatIsoDate(s.date.slice(0, 10), { short: true })}</time> · <span className="statement-actor">{s.actor}</span>: {s.claim}
                    {s.confidence ? (
                      <>
                        {' '}
                        <span className="statement-confidence">
                          In their words: <q>{s.confidence}</q>
                        </span>
                      </>
                    ) : null}{' '}
                    <Cite citation={s} />
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </details>
    </section>
  );
}
