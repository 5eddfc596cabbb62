import { parseIsoDate } from '../../format/isoDate.ts';

/**
 * The moment from which a dated claim counts as public. A claim dated only to a day (or month)
 * is counted from the end of that day (or month) in UTC, so the graphic never shows a report
 * earlier than its source allows: "reported 13 May" appears at 14 May 00:00 UTC.
 */
export function availableFrom(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p) return Number.NaN;
  if (p.hour !== undefined) return Date.UTC(p.year, p.month! - 1, p.day!, p.hour, p.minute!, p.second ?? 0);
  if (p.day !== undefined) return Date.UTC(p.year, p.month! - 1, p.day + 1);
  if (p.month !== undefined) return Date.UTC(p.year, p.month);
  return Date.UTC(p.year + 1, 0);
}

/** The start of the period an ISO date names (used to place events and periods). */
export function startOf(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}
