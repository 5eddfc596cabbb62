/**
 * The time control: the running count, a native range input (a slider to assistive technology,
 * with arrow, Page and Home/End keys), play/pause and step buttons, the key events as marks on the
 * axis (their list one tap away), and the worldwide count published by that moment. Playback moves
 * a step at a time (no tweening); the position is announced politely only when playback is not
 * running.
 */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { countReportedBy } from '../data/derive/evidence.ts';
import { startOf } from '../data/derive/time.ts';
import { formatNumber, formatUtcDay, plural } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { useKeyEventMarks } from './KeyEvents.tsx';
import { totalsKnownBy } from './timeline.ts';
import type { TimeStep } from './timeSteps.ts';
import { roundTo } from '../format/round.ts';
import { STRINGS } from '../strings.ts';

interface Props {
  steps: readonly TimeStep[];
  step: number;
  onStep: (step: number) => void;
  allReports: number;
}

// Playback: an hour of the first two days every 450 ms, a later day every 900 ms (about 35 s in all).
const PLAY_INTERVAL_MS = { hour: 450, day: 900, all: 900 } as const;

const round = (n: number) => roundTo(n, 1);

/** Where the axis names a moment: the start, the midnights of the hourly part, the end of May, all. */
function axisTicks(steps: readonly TimeStep[]) {
  const last = steps.length - 1;
  const midnights = steps.filter((s) => s.unit === 'hour' && new Date(s.at).getUTCHours() === 0);
  // The days after 14 May share the last tenth of the axis; "All" at its end names them.
  return [{ at: 0, label: formatUtcDay(steps[0]!.at) }, ...midnights.map((s) => ({ at: s.index / last, label: formatUtcDay(s.at) }))];
}

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
  const marks = useKeyEventMarks(steps);
  const ticks = useMemo(() => axisTicks(steps), [steps]);
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

  const countText = `${plural(count, 'country', 'countries')} with a public report, ${current.longLabel}`;
  const stepName = (index: number) => (steps[index]?.unit === 'hour' ? 'hour' : 'day');
  return (
    <div className="time-control">
      <p className="running-count">
        <strong>{formatNumber(count)}</strong> {count === 1 ? 'country' : 'countries'} with a public report, {current.longLabel}
      </p>
      <div className="time-row">
        <button
          type="button"
          className="play"
          onClick={() => {
            if (!playing && step >= last) onStep(0);
            setTouched(true);
            setPlaying(!playing);
          }}
          aria-label={playing ? STRINGS.time.pause : STRINGS.time.play}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => go(Math.max(0, step - 1))} disabled={step === 0} aria-label={STRINGS.time.previous(stepName(step - 1))}>
          ‹
        </button>
        <div className="time-track">
          <label htmlFor={`${id}-range`} className="visually-hidden">
            {STRINGS.time.date}
          </label>
          <svg className="event-axis" width="100%" height="8" aria-hidden="true">
            {/* A window (the sources give no exact time) is a light band; a moment is a tick. */}
            {marks.map((m) =>
              m.to - m.from > 0.01 ? (
                <rect key={m.event.id} className="event-window" x={`${round(m.from * 100)}%`} width={`${round((m.to - m.from) * 100)}%`} y="2" height="4" />
              ) : (
                <rect key={m.event.id} className="event-mark" x={`${round(m.from * 100)}%`} width="2" y="0" height="8" />
              ),
            )}
          </svg>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={last}
            step={1}
            value={step}
            aria-valuetext={step === allReports ? STRINGS.time.allReports : current.longLabel}
            onChange={(e) => {
              setPlaying(false);
              go(Number(e.target.value));
            }}
          />
          {/* Percent positions are SVG attributes, not inline styles: the page runs under style-src 'self'. */}
          <svg className="time-labels" width="100%" height="16" aria-hidden="true">
            {ticks.map((t, i) => (
              <text key={t.label} className={i ? 'tick-mid' : undefined} x={`${round(t.at * 100)}%`} y="12">
                {t.label}
              </text>
            ))}
            <text x="100%" y="12" textAnchor="end">
              All
            </text>
          </svg>
        </div>
        <button type="button" onClick={() => go(Math.min(last, step + 1))} disabled={step === last} aria-label={STRINGS.time.next(stepName(step + 1))}>
          ›
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {touched && !playing ? countText : ''}
      </p>
      <p className="published-total">
        {totals.countries ? (
          <>
            {step === allReports ? STRINGS.time.latestWorldCount : STRINGS.time.worldCountByThen}: {formatNumber(totals.countries.countries!)} countries, published{' '}
            {formatUtcDay(startOf(totals.countries.reported))} <Cite citation={totals.countries} />
          </>
        ) : (
          STRINGS.time.noWorldCount
        )}
      </p>
    </div>
  );
});
