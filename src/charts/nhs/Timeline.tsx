/**
 * The NHS's week, 12 to 19 May 2017, from dataset.nhs.timeline: times in UK time as the NHS
 * sources give them, or in UTC at the press of a button. Times the sources state only in words
 * ("late morning") stay in words.
 */
import { useMemo, useState } from 'react';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import { ToggleGroup } from '../ToggleGroup.tsx';
import { timelineDays, type Clock } from './timeline.ts';

const CLOCKS = [
  { value: 'uk', label: 'UK time (BST)' },
  { value: 'utc', label: 'UTC' },
] as const;

export function Timeline() {
  const { dataset } = useModel();
  const [clock, setClock] = useState<Clock>('uk');
  const days = useMemo(() => timelineDays(dataset.nhs.timeline, clock), [dataset.nhs.timeline, clock]);
  return (
    <div className="timeline-block">
      <ToggleGroup label="Show times in" options={CLOCKS} value={clock} onChange={setClock} />
      <ol className="timeline">
        {days.map((day) => (
          <li key={day.day} className="timeline-day">
            <h4>
              <time dateTime={day.day}>{day.label}</time>
            </h4>
            <ol>
              {day.items.map(({ entry, time, isClock, dateTime }) => (
                <li key={entry.id} className="timeline-item">
                  <time className={isClock ? 'timeline-time' : 'timeline-time timeline-time--words'} dateTime={dateTime}>
                    {time}
                    {!isClock && time && clock === 'utc' ? <span className="visually-hidden"> (UK time, as the source states it)</span> : null}
                  </time>
                  <span className="timeline-text">
                    {entry.text} <Cite citation={entry} />
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {clock === 'utc' ? <p className="chart-caption">Times given in words are UK times, as the sources state them.</p> : null}
    </div>
  );
}
