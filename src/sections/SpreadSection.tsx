/**
 * "How it spread" (view=map, and the first section of the story): the headline figure from
 * Europol, an honest count of what the map can show, and the map itself. Keeps the URL's
 * country= and date= in step with the map, so any state can be linked to.
 */
import { useCallback, useMemo, useRef } from 'react';
import { countByStatus } from '../data/derive/evidence.ts';
import { GLOBAL } from '../data/requiredFacts.ts';

/** The event the lede quotes: the first sighting, with its source. */
const FIRST_SIGHTING = 'first-sighting-europe';
import { writeMapState, type Config } from '../state/url.ts';
import { formatIsoDate, formatNumber } from '../format/format.ts';
import { SpreadMap, type MapSelection } from '../map/SpreadMap.tsx';
import { dateForStep, stepForDate } from '../map/timeSteps.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { STRINGS } from '../strings.ts';

export function SpreadSection({ config }: { config: Config }) {
  const model = useModel();
  const europol = model.dataset.globalTotals.find((t) => t.id === GLOBAL.europol)!;
  const counts = useMemo(() => countByStatus(model.evidence.values()), [model]);
  const evidenced = counts['named-victim'] + counts['published-count'] + counts.reported;
  const initial = useMemo<MapSelection>(() => ({ step: stepForDate(config.date), ...(config.country ? { country: config.country } : {}) }), [config]);
  const last = useRef(initial);
  const onSelectionChange = useCallback(
    (selection: MapSelection) => {
      if (selection.country === last.current.country && selection.step === last.current.step) return;
      last.current = selection;
      writeMapState(config, { country: selection.country, date: dateForStep(selection.step) });
    },
    [config],
  );
  const kaspersky = model.dataset.globalTotals.find((t) => t.id === GLOBAL.kaspersky)!;
  const firstSighting = model.dataset.events.find((e) => e.id === FIRST_SIGHTING);
  return (
    <section className="section spread" aria-labelledby="spread-heading" id="spread">
      <h2 id="spread-heading">How it spread</h2>
      <p className="lede">
        {firstSighting?.time ? (
          <>
            First seen at {formatIsoDate(firstSighting.time).split(', ')[1]} on 12 May <Cite citation={firstSighting} />, it was in{' '}
          </>
        ) : (
          'It was in '
        )}
        <strong>{formatNumber(kaspersky.countries!)} countries</strong> by that evening <Cite citation={kaspersky} /> and at least{' '}
        <strong>{formatNumber(europol.countries!)}</strong> two days later <Cite citation={europol} />.
      </p>
      <SpreadMap initial={initial} onSelectionChange={onSelectionChange} notes={
      <details className="how-we-know">
        <summary>{STRINGS.howWeKnow}</summary>
        <p>
          No list of those countries was ever published. The map shows the <strong>{formatNumber(evidenced)}</strong> countries for which we found a
          public report dated at least to the day, from the moment it was published, and {formatNumber(counts.denial)} whose only record is an official
          denial (our count of the dataset). A blank country had no report we could find, which is not the same as not being affected. Every country&apos;s
          reports, figures and sources are one click away on the map and in the table.
        </p>
      </details>} />
    </section>
  );
}
