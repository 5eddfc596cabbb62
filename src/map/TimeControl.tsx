/**
 * The time control: a native range input (a slider to assistive technology, with arrow, Page
 * and Home/End keys), play/pause and step buttons, the key events on the axis, and the running
 * count with the totals published by that moment. Playback moves a day at a time (no tweening),
 * and the date is announced politely only when playback is not running.
 */
import { useEffect, useId, useMemo, useState, memo } from 'react';
import { countReportedBy } from '../data/derive/evidence.ts';
import { formatIsoDate, formatNumber, plural } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { MotionToggle } from '../ui/MotionToggle.tsx';
import { keyEventMarks, totalsKnownBy } from './timeline.ts';
import type { TimeStep } from './timeSteps.ts';

interface Props {
  steps: readonly TimeStep[];
  step: number;
  onStep: (step: number) => void;
  allReports: number;
}

// Playback: an hour of the first two days every 450 ms, a later day every 900 ms (about 35 s in all).
const PLAY_INTERVAL_MS = { hour: 450, day: 900, all: 900 } as const;

export const TimeControl = memo(function TimeControl({ steps, step, onStep, allReports }: Props) {
  const model = useModel();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  // Announce only after the reader moves the control, and not while it plays (not every frame).
  const [touched, setTouched] = useState(false);
  const go = (next: number) => {
    setTouched(true);
    onStep(next);
  };
  const current = steps[step]!;
  const count = countReportedBy(model.evidence.values(), current.at);
  const totals = useMemo(() => totalsKnownBy(model.dataset.globalTotals, current.at, steps[allReports - 1]!.at), [model, current.at, steps, allReports]);
  const marks = useMemo(() => keyEventMarks(model.dataset.events, steps), [model, steps]);
  const last = steps.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => onStep(step + 1), PLAY_INTERVAL_MS[steps[step]!.unit]);
    return () => window.clearTimeout(timer);
  }, [playing, step, last, onStep, steps]);

  const countText = `${plural(count, 'country', 'countries')} with a public report ${current.longLabel}`;
  return (
    <div className="time-control controls">
      <p className="running-count">
        <strong>{formatNumber(count)}</strong> {count === 1 ? 'country' : 'countries'} with a public report {current.longLabel}
      </p>
      {totals.countries ? (
        <p className="published-total">
          {step === allReports ? 'Latest count published during the outbreak' : 'Published at the time'}: {totals.countries.who},{' '}
          {formatNumber(totals.countries.countries!)} countries ({formatIsoDate(totals.countries.reported)}).{' '}
          <Cite citation={totals.countries} />
        </p>
      ) : (
        <p className="published-total">No worldwide count had been published yet.</p>
      )}
      <div className="time-row">
        <button
          type="button"
          onClick={() => {
            if (!playing && step >= last) onStep(0);
            setTouched(true);
            setPlaying(!playing);
          }}
          aria-label={playing ? 'Pause' : 'Play the spread hour by hour, then day by day'}
        >
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" onClick={() => go(Math.max(0, step - 1))} disabled={step === 0} aria-label={`Previous ${steps[Math.max(0, step - 1)]!.unit === 'day' ? 'day' : 'hour'}`}>
          ‹
        </button>
        <div className="time-track">
          <label htmlFor={`${id}-range`} className="visually-hidden">
            Date
          </label>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={last}
            step={1}
            value={step}
            aria-valuetext={step === allReports ? 'All reports, including later ones' : current.longLabel}
            onChange={(e) => {
              setPlaying(false);
              go(Number(e.target.value));
            }}
          />
          <svg className="event-axis" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            {marks.map((m) => (
              <rect key={m.event.id} className="event-mark" x={m.from * 100} width={Math.max(0.6, (m.to - m.from) * 100)} y="1" height="8" />
            ))}
          </svg>
          <div className="time-labels" aria-hidden="true">
            <span>{steps[0]!.label}</span>
            <span>{steps[last]!.label} reports</span>
          </div>
        </div>
        <button type="button" onClick={() => go(Math.min(last, step + 1))} disabled={step === last} aria-label={`Next ${steps[Math.min(last, step + 1)]!.unit === 'hour' ? 'hour' : 'day'}`}>
          ›
        </button>
      </div>
      <MotionToggle />
      <p className="visually-hidden" aria-live="polite">
        {touched && !playing ? countText : ''}
      </p>
      <ol className="key-events" aria-label="Key events">
        {marks.map((m) => (
          <li key={m.event.id}>
            <button type="button" className="link-button" onClick={() => go(Math.max(0, Math.min(m.start, last)))}>
              {m.event.label}
            </button>
            <span className="event-time"> {m.event.timeText ?? formatIsoDate(m.event.time ?? m.event.earliest ?? '')}</span>
            {m.event.earliest && m.event.latest ? <span className="event-time"> (between {formatIsoDate(m.event.earliest)} and {formatIsoDate(m.event.latest)})</span> : null}
            . <span className="event-description">{m.event.description}</span> <Cite citation={m.event} />
          </li>
        ))}
      </ol>
    </div>
  );
});
