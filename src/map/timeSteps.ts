/**
 * The time control's positions: the end of each UTC day from 12 May 2017, then one last
 * position with every report, including those published after the period. Reports carry dates
 * more often than times, so a day is the finest step that is honest for most rows (see
 * derive/time.ts); events with clock times are still placed within their day on the axis.
 */
import { formatUtcDay } from '../format/format.ts';

export const FIRST_DAY = Date.UTC(2017, 4, 12);
export const DAY = 86_400_000;
/** 12 May to 31 May inclusive: the outbreak and the fortnight in which most reports appeared. */
export const DAYS = 20;

export interface TimeStep {
  index: number;
  /** Reports public at or before this instant are shown. Infinity for "all reports". */
  at: number;
  label: string;
  /** For screen readers and the running count. */
  longLabel: string;
}

export function buildTimeSteps(): TimeStep[] {
  const steps: TimeStep[] = [];
  for (let i = 0; i < DAYS; i++) {
    const end = FIRST_DAY + (i + 1) * DAY;
    const day = formatUtcDay(FIRST_DAY + i * DAY);
    steps.push({ index: i, at: end, label: day, longLabel: `by the end of ${day} 2017 (UTC)` });
  }
  steps.push({ index: DAYS, at: Number.POSITIVE_INFINITY, label: 'All', longLabel: 'in all reports, including later ones' });
  return steps;
}

export const ALL_REPORTS = DAYS;

/** The step a deep-linked date falls in: the day containing it, or "all" outside the period. */
export function stepForDate(ms: number | undefined): number {
  if (ms === undefined || !Number.isFinite(ms)) return ALL_REPORTS;
  const index = Math.floor((ms - FIRST_DAY) / DAY);
  return index >= 0 && index < DAYS ? index : ALL_REPORTS;
}

/** The date a step writes to the URL (the day it shows), or undefined for "all reports". */
export function dateForStep(index: number): number | undefined {
  return index >= 0 && index < DAYS ? FIRST_DAY + index * DAY : undefined;
}

/** Fraction along the axis of an instant (0 = 12 May 00:00 UTC, 1 = 1 June 00:00 UTC). */
export function axisFraction(ms: number): number {
  return Math.min(1, Math.max(0, (ms - FIRST_DAY) / (DAYS * DAY)));
}
