/**
 * Sources and methods (view=sources, and the end of the story): what each dataset measures and
 * why they are never added, corrections of common errors in the coverage, this graphic's own
 * corrections log, and every source in the dataset.
 */
import { Fragment, useMemo } from 'react';
import { formatIsoDate, plural } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { LazyDetails, StaticTableLink } from '../ui/LazyDetails.tsx';
import { STRINGS } from '../strings.ts';

export function SourcesSection({ expanded = false }: { expanded?: boolean }) {
  const { dataset } = useModel();
  const { meta, measures, myths, corrections } = dataset;
  const sources = useMemo(
    () => [...dataset.sources].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || (a.date ?? '').localeCompare(b.date ?? '')),
    [dataset.sources],
  );
  return (
    <section className="section sources" aria-labelledby="sources-heading" id="sources">
      <h2 id="sources-heading">Sources and methods</h2>
      <p className="lede">
        Every figure in this graphic links to its published source: {plural(sources.length, 'source', 'sources')}, each with where in it the figure is and
        its exact words. Data last updated <time dateTime={meta.updated}>{formatIsoDate(meta.updated)}</time>.
      </p>

      <h3 id="myths-heading">What the coverage got wrong</h3>
      <ol className="myths" aria-labelledby="myths-heading">
        {myths.map((myth) => (
          <li key={myth.id} id={`myth-${myth.id}`}>
            <p className="myth-claim">
              <span className="myth-label">Claim:</span> {myth.claim}
            </p>
            <p className="myth-correction">
              <span className="myth-label">In fact:</span> {myth.correction}{' '}
              {myth.evidence.map((e, i) => (
                <Fragment key={i}>
                  <Cite citation={e} />
                  {e.note ? <span className="cite-note"> {e.note} </span> : null}
                </Fragment>
              ))}
            </p>
            {myth.examples.length ? (
              <LazyDetails className="myth-examples" summary={`Where the error appeared (${myth.examples.length})`} fallback={<StaticTableLink view="sources" what="Every correction with its examples" />}>
                {() => (
                  <ul className="cites">
                    {myth.examples.map((e, i) => (
                      <li key={i}>
                        <Cite citation={e} full />
                      </li>
                    ))}
                  </ul>
                )}
              </LazyDetails>
            ) : null}
          </li>
        ))}
      </ol>

      <details className="how-we-know" open={expanded}>
        <summary>How we counted: methods, and what each dataset measures</summary>
        {meta.methods.map((m) => (
          <div key={m.heading} className="methods-block">
            <h4>{m.heading}</h4>
            {m.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        ))}
        <h4>What each dataset measures</h4>
        <dl className="measures">
          {measures.map((m) => (
            <div key={m.id} className="measure">
              <dt>{m.label}</dt>
              <dd>
                {m.description}
                {m.caveat ? <span className="caveat"> {m.caveat}</span> : null}
                {!m.evidencesOutbreak ? <span className="caveat"> Not used as evidence that the May 2017 outbreak reached a country.</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      </details>

      <details className="how-we-know" open={expanded}>
        <summary>Corrections to this graphic ({corrections.length})</summary>
        {corrections.length ? (
          <ul className="corrections">
            {corrections.map((c, i) => (
              <li key={i}>
                <time dateTime={c.date}>{formatIsoDate(c.date)}</time>: {c.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>No corrections have been made since publication.</p>
        )}
      </details>

      {/* The full list is long (it would double the page's HTML): built when opened, and one link
          away without JavaScript, on the static sources page. */}
      <LazyDetails
        className="source-list"
        defaultOpen={expanded}
        summary={<h3 className="inline-heading">All sources ({plural(sources.length, 'source', 'sources')})</h3>}
        fallback={<StaticTableLink view="sources" what="The full list" />}
      >
        {() => (
          <>
            <StaticTableLink view="sources" what="The full list" />
            <ul>
              {sources.map((s) => (
                <li key={s.id} id={`source-${s.id}`}>
                  <span className="source-publisher">{s.publisher}</span>{' '}
                  <a href={s.url} target="_blank" rel="noopener noreferrer" lang={s.language}>
                    {s.title}
                  </a>
                  <span className="source-date">, {s.date ? formatIsoDate(s.date) : STRINGS.citation.undated}</span>
                  {s.viaUrl ? (
                    <>
                      {' '}
                      (
                      <a href={s.viaUrl} target="_blank" rel="noopener noreferrer">
                        copy read
                      </a>
                      )
                    </>
                    ) : null}
                    {s.note ? <span className="source-note"> {s.note}</span> : null}
                  </li>
                ))}
              </ul>
          </>
        )}
      </LazyDetails>
      <SectionTools view="sources" />
    </section>
  );
}
