/**
 * The key events marked on the time axis (events.csv, `key`), as a list one tap away; each jumps
 * the map to its moment. Built when opened; static/map.html lists them without JavaScript.
 */
import { memo, useMemo } from 'react';
import { formatIsoDate } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { LazyDetails, StaticTableLink } from '../ui/LazyDetails.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { keyEventMarks } from './timeline.ts';
import type { TimeStep } from './timeSteps.ts';
import { STRINGS } from '../strings.ts';

export function useKeyEventMarks(steps: readonly TimeStep[]) {
  const model = useModel();
  return useMemo(() => keyEventMarks(model.dataset.events, steps), [model, steps]);
}

/** The key events marked on the time axis, as a list one tap away; each jumps the map to its moment. */
export const KeyEvents = memo(function KeyEvents({ steps, onStep }: { steps: readonly TimeStep[]; onStep: (step: number) => void }) {
  const marks = useKeyEventMarks(steps);
  const last = steps.length - 1;
  return (
    <LazyDetails className="key-events" summary={STRINGS.time.keyEvents} fallback={<StaticTableLink view="map" what="The key events, with their sources," />}>
      {() => (
        <ol>
          {marks.map((m) => (
            <li key={m.event.id}>
              <button type="button" className="link-button" onClick={() => onStep(Math.max(0, Math.min(m.start, last)))}>
                {m.event.label}
              </button>{' '}
              <span className="event-time">{m.event.timeText ?? formatIsoDate(m.event.time ?? m.event.earliest ?? '', { short: true })}</span>
              {m.event.earliest && m.event.latest ? (
                <span className="event-time">
                  {' '}
                  (between {formatIsoDate(m.event.earliest, { short: true })} and {formatIsoDate(m.event.latest, { short: true })})
                </span>
              ) : null}
              . <span className="event-description">{m.event.description}</span> <Cite citation={m.event} />
            </li>
          ))}
        </ol>
      )}
    </LazyDetails>
  );
});
