/**
 * Every number and date the graphic shows is formatted here, once. Dates are UTC unless a
 * function says otherwise; UK times use Europe/London explicitly (BST in May 2017).
 */
import { parseIsoDate } from './isoDate.ts';
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 8 });

/** A number exactly as published: no rounding beyond what the source gave. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** Compact form for axis ticks and legends only ("6.2m"), never for the figures themselves. */
export function formatCompact(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (abs >= 1e9) return `${trim(value / 1e9)}bn`;
  if (abs >= 1e6) return `${trim(value / 1e6)}m`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return formatNumber(value);
}

export function formatBtc(value: number, digits = 2): string {
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} BTC`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/**
 * An ISO 8601 date as written in the dataset, at the precision it was given:
 * "2017" → "2017", "2017-05" → "May 2017", "2017-05-12" → "12 May 2017",
 * "2017-05-12T09:25Z" → "12 May 2017, 09:25 UTC".
 */
export function formatIsoDate(iso: string, options: { short?: boolean } = {}): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  const months = options.short ? SHORT_MONTHS : MONTHS;
  const month = p.month ? months[p.month - 1] : undefined;
  if (!month) return String(p.year);
  if (!p.day) return `${month} ${p.year}`;
  const day = `${p.day} ${month} ${p.year}`;
  const two = (n: number) => String(n).padStart(2, '0');
  return p.hour !== undefined ? `${day}, ${two(p.hour)}:${two(p.minute!)} UTC` : day;
}

/** A UTC instant as "12 May, 15:00 UTC" (the year is 2017 throughout the story). */
export function formatUtc(ms: number, options: { year?: boolean } = {}): string {
  const date = new Date(ms);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${options.year ? ` ${date.getUTCFullYear()}` : ''}`;
  return `${day}, ${hh}:${mm} UTC`;
}

/** A UTC instant's day and clock time, for the time control's hourly steps: { day: "12 May", time: "15:00" }. */
export function formatUtcHour(ms: number): { day: string; time: string } {
  const date = new Date(ms);
  return { day: formatUtcDay(ms), time: `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}` };
}

export function formatUtcDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`;
}

const ukTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const ukDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' });

/** UK clock time of a UTC instant ("16:00"), as NHS sources state their times. */
export function formatUkTime(ms: number): string {
  return ukTime.format(ms);
}

export function formatUkDay(ms: number): string {
  return ukDay.format(ms);
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** "£92m" for sterling millions as the DHSC publishes them. */
export function formatGbpMillions(value: number): string {
  return `£${formatNumber(value)}m`;
}

export function formatUsd(value: number): string {
  return `$${formatNumber(value)}`;
}

/** Plural helper for counts in sentences: "1 country", "2 countries". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
