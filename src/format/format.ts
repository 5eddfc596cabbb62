/**
 * Every number and date the graphic shows is formatted here, once, in strings.ts's LOCALE (en-GB).
 * Dates are UTC unless a function says otherwise; UK times use Europe/London explicitly (BST in
 * May 2017).
 *
 * en-GB's numbers and month names are written here rather than through Intl, with exactly Intl's
 * output (format.test.ts compares the two on every number in the shipped dataset): a page's first
 * Intl call starts ICU, 30-110 ms of a phone's main thread at 4x CPU slowdown, in the middle of
 * hydrating the first screen. UK clock times and any number that needs rounding go through Intl.
 * To localise the graphic, give this module and strings.ts another language.
 */
import { LOCALE } from '../strings.ts';
import { parseIsoDate } from './isoDate.ts';

// Intl formatters are costly to build and cheap to use: one per style, built on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}
const numberFormat = (options: Intl.NumberFormatOptions) => cached(`n|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE, options));
const dateFormat = (options: Intl.DateTimeFormatOptions) => cached(`d|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALE, options));

/** The months' names, also read back from spreadsheet cells by data/tooling/spreadsheetForms.ts. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A number with `minDigits` to `maxDigits` fraction digits. Written here when that needs no
 * rounding (the shortest decimal that reads back as `value` fits): grouped in threes with commas,
 * "-" for negatives. Intl decides the rest (rounding, exponents, minus zero).
 */
function formatDecimal(value: number, minDigits: number, maxDigits: number): string {
  const shortest = String(Math.abs(value));
  const [whole, fraction = ''] = shortest.split('.') as [string, string?];
  if (!Number.isFinite(value) || Object.is(value, -0) || shortest.includes('e') || fraction.length > maxDigits) {
    return numberFormat({ minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(value);
  }
  const digits = fraction.padEnd(minDigits, '0');
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${digits ? `.${digits}` : ''}`;
}

/** Two digits, for clock times ("09:05"). */
const twoDigits = (n: number) => String(n).padStart(2, '0');
const utcClock = (date: Date) => `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;

/** A number exactly as published: no rounding beyond what the source gave. */
export function formatNumber(value: number): string {
  return formatDecimal(value, 0, Number.isInteger(value) ? 0 : 8);
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
  return `${formatDecimal(value, digits, digits)} BTC`;
}

/** A month's name ("May"), or its first three letters ("Sep"), as in the graphic's tables. */
function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1]!;
  return short ? name.slice(0, 3) : name;
}

/**
 * An ISO 8601 date as written in the dataset, at the precision it was given:
 * "2017" → "2017", "2017-05" → "May 2017", "2017-05-12" → "12 May 2017",
 * "2017-05-12T09:25Z" → "12 May 2017, 09:25 UTC".
 */
export function formatIsoDate(iso: string, options: { short?: boolean } = {}): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  const month = p.month ? monthName(p.month, options.short ?? false) : undefined;
  if (!month) return String(p.year);
  if (!p.day) return `${month} ${p.year}`;
  const day = `${p.day} ${month} ${p.year}`;
  return p.hour !== undefined ? `${day}, ${twoDigits(p.hour)}:${twoDigits(p.minute!)} UTC` : day;
}

/** A UTC instant as "12 May, 15:00 UTC" (the year is 2017 throughout the story). */
export function formatUtc(ms: number, options: { year?: boolean } = {}): string {
  const date = new Date(ms);
  const day = `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1, false)}${options.year ? ` ${date.getUTCFullYear()}` : ''}`;
  return `${day}, ${utcClock(date)} UTC`;
}

/** A UTC instant's day and clock time, for the time control's hourly steps: { day: "12 May", time: "15:00" }. */
export function formatUtcHour(ms: number): { day: string; time: string } {
  return { day: formatUtcDay(ms), time: utcClock(new Date(ms)) };
}

export function formatUtcDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1, true)}`;
}

/** UK clock time of a UTC instant ("16:00"), as NHS sources state their times. */
export function formatUkTime(ms: number): string {
  return dateFormat({ timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

export function formatUkDay(ms: number): string {
  return dateFormat({ timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
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
