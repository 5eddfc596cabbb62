/** Pure helpers for the time control: event windows on the axis, totals known at a moment. */
import type { Dataset, DatasetEvent, GlobalTotal } from '../data/schema.ts';
import { availableFrom, startOf } from '../data/derive/time.ts';
import { axisFraction, stepAtOrAfter, TIME_STEPS, type TimeStep } from './timeSteps.ts';

export interface EventMark {
  event: DatasetEvent;
  /** Axis fractions; equal for an exact time, apart for a window or a date-only event. */
  from: number;
  to: number;
  /** The first step by which the event has begun, for jumping to it. */
  start: number;
}

/** Where an event sits: its exact time, its stated window, or (date only) the whole day. */
export function eventWindow(e: DatasetEvent): [number, number] {
  if (e.earliest && e.latest) return [startOf(e.earliest), e.latest.includes('T') ? startOf(e.latest) : availableFrom(e.latest)];
  if (e.time) return e.time.includes('T') ? [startOf(e.time), startOf(e.time)] : [startOf(e.time), availableFrom(e.time)];
  return [Number.NaN, Number.NaN];
}

export function keyEventMarks(events: readonly DatasetEvent[], steps: readonly TimeStep[] = TIME_STEPS): EventMark[] {
  return events
    .filter((e) => e.key)
    .map((event) => {
      const [a, b] = eventWindow(event);
      return { event, from: axisFraction(a, steps), to: axisFraction(b, steps), start: stepAtOrAfter(a, steps) };
    })
    .filter((m) => Number.isFinite(m.from))
    .sort((x, y) => x.from - y.from);
}

/**
 * The latest published worldwide count of countries by a moment, and the latest total of each
 * kind: what a reader at that moment could have read. Totals are listed side by side, never summed.
 */
export function totalsKnownBy(totals: Dataset['globalTotals'], at: number, periodEnd: number): { countries?: GlobalTotal; latest: GlobalTotal[] } {
  // "All reports" still shows what was published during the outbreak: later totals (2018, 2019)
  // count residual infections and would read as if the outbreak had grown.
  const until = Math.min(at, periodEnd);
  const known = totals.filter((t) => availableFrom(t.reported) <= until).sort((a, b) => availableFrom(a.reported) - availableFrom(b.reported));
  const withCountries = known.filter((t) => t.countries !== undefined);
  const byMetric = new Map<string, GlobalTotal>();
  for (const t of known) byMetric.set(t.metric, t);
  const latest = [...byMetric.values()].sort((a, b) => availableFrom(b.reported) - availableFrom(a.reported));
  return { ...(withCountries.length ? { countries: withCountries.at(-1)! } : {}), latest };
}
