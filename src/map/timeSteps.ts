/**
 * The time control's positions. Most of the story happened in its first two days (the first
 * sighting at 07:24 UTC on 12 May, the kill switch that afternoon, the weekend's reports), so the
 * control steps by the hour from 07:00 UTC on 12 May to the end of 13 May, then by the day to the
 * end of 31 May, then one last position with every report, including those published later.
 *
 * A position is an instant: a report counts once it was public by then. A report dated only to a
 * day counts from the end of that day (derive/time.ts), so it first appears at the next midnight;
 * reports with a clock time appear within the hour.
 */
import { availableFrom } from '../data/derive/time.ts';
import { formatUtcDay, formatUtcHour } from '../format/format.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The first position: 07:00 UTC on 12 May 2017, just before the first sighting (07:24 UTC). */
export const START = Date.UTC(2017, 4, 12, 7);
/** Hourly positions run to here (the end of 13 May), daily ones from here to the end of 31 May. */
export const HOURLY_UNTIL = Date.UTC(2017, 4, 14);
export const DAILY_UNTIL = Date.UTC(2017, 5, 1);

export interface TimeStep {
  index: number;
  /** Reports public at or before this instant are shown. Infinity for "all reports". */
  at: number;
  /** Short label for the axis: "12 May 15:00" or "14 May". */
  label: string;
  /** For screen readers and the running count: "by 15:00 UTC on 12 May 2017". */
  longLabel: string;
  /** What the step moves by, for the step buttons' names. */
  unit: 'hour' | 'day' | 'all';
}

export function buildTimeSteps(): TimeStep[] {
  const steps: TimeStep[] = [];
  const push = (step: Omit<TimeStep, 'index'>) => steps.push({ index: steps.length, ...step });
  for (let at = START; at <= HOURLY_UNTIL; at += HOUR) {
    const { day, time } = formatUtcHour(at);
    push({ at, label: `${day} ${time}`, longLabel: `by ${time} UTC on ${day} 2017`, unit: 'hour' });
  }
  for (let at = HOURLY_UNTIL + DAY; at <= DAILY_UNTIL; at += DAY) {
    const day = formatUtcDay(at - DAY);
    push({ at, label: day, longLabel: `by the end of ${day} 2017 (UTC)`, unit: 'day' });
  }
  push({ at: Number.POSITIVE_INFINITY, label: 'All', longLabel: 'including later ones', unit: 'all' });
  return steps;
}

export const TIME_STEPS: readonly TimeStep[] = buildTimeSteps();
export const ALL_REPORTS = TIME_STEPS.length - 1;

/**
 * The step a deep-linked `date=` shows. A day ("2017-05-13") means "as of the end of that day",
 * like a report dated to the day; a time means the last position at or before it, so nothing
 * published after the linked moment is shown. Outside the period: every report.
 */
export function stepForDate(date: string | undefined, steps: readonly TimeStep[] = TIME_STEPS): number {
  const all = steps.length - 1;
  if (date === undefined) return all;
  const at = availableFrom(date);
  if (!Number.isFinite(at) || at < steps[0]!.at || at > steps[all - 1]!.at) return all;
  let index = 0;
  while (index + 1 < all && steps[index + 1]!.at <= at) index++;
  return index;
}

/** What a step writes to the URL: a time for hourly steps, the day for daily ones, none for "all". */
export function dateForStep(index: number, steps: readonly TimeStep[] = TIME_STEPS): string | undefined {
  const step = steps[index];
  if (!step || step.unit === 'all') return undefined;
  const iso = new Date(step.unit === 'day' ? step.at - DAY : step.at).toISOString();
  return step.unit === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/**
 * Where an instant sits along the slider, as a fraction of its length: each step is one notch,
 * so an instant between two positions is placed between their notches. The hours of 12–13 May
 * therefore take most of the axis, as they take most of the story.
 */
export function axisFraction(ms: number, steps: readonly TimeStep[] = TIME_STEPS): number {
  const last = steps.length - 1;
  if (!(ms > steps[0]!.at)) return 0;
  for (let i = 1; i < last; i++) {
    const a = steps[i - 1]!.at;
    const b = steps[i]!.at;
    if (ms <= b) return (i - 1 + (ms - a) / (b - a)) / last;
  }
  return (last - 1) / last;
}

/** The first step by which an instant has passed (for jumping to an event): it shows the event's aftermath. */
export function stepAtOrAfter(ms: number, steps: readonly TimeStep[] = TIME_STEPS): number {
  const index = steps.findIndex((step) => step.at >= ms);
  return index < 0 ? steps.length - 1 : index;
}
