/**
 * The moment from which a dated claim counts as public. A claim dated only to a day (or month)
 * is counted from the end of that day (or month) in UTC, so the graphic never shows a report
 * earlier than its source allows: "reported 13 May" appears at 14 May 00:00 UTC.
 */
export function availableFrom(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$/.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m;
  if (h !== undefined) return Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +(s ?? 0));
  if (d !== undefined) return Date.UTC(+y!, +mo! - 1, +d + 1);
  if (mo !== undefined) return Date.UTC(+y!, +mo);
  return Date.UTC(+y! + 1, 0);
}

/** The start of the period an ISO date names (used to place events and periods). */
export function startOf(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$/.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m;
  return Date.UTC(+y!, +mo - 1, +d, +h, +mi, +s);
}
