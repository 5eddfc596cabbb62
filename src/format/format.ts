/**
 * Every number and date the graphic shows is formatted here, once, with the locale as a parameter
 * (strings.ts's LOCALE by default). Dates are UTC unless a function says otherwise; UK times use
 * Europe/London explicitly (BST in May 2017).
 *
 * The graphic's own locale, en-GB, writes its numbers and month names here rather than through
 * Intl, with exactly Intl's output (format.test.ts compares the two on every number in the shipped
 * dataset). A page's first Intl call starts ICU: 30-110 ms of a phone's main thread at 4x CPU
 * slowdown, in the middle of hydrating the first screen. Other locales, UK clock times and any
 * number this cannot write exactly go through Intl.
 */
import { LOCALE } from '../strings.ts';
import { parseIsoDate } from './isoDate.ts';

// Intl formatters are costly to build and cheap to use: one per locale and style.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const EN_GB = 'en-GB';
const EN_GB_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * en-GB's form of a number with `minDigits` to `maxDigits` fraction digits, when that needs no
 * rounding (the shortest decimal that reads back as `value` fits): grouped in threes with commas,
 * "-" for negatives. Undefined when Intl must decide (rounding, exponents, minus zero).
 */
function writeEnGb(value: number, minDigits: number, maxDigits: number): string | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) return undefined;
  const [whole, fraction = ''] = shortest.split('.') as [string, string?];
  if (fraction.length > maxDigits) return undefined;
  const digits = fraction.padEnd(minDigits, '0');
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${digits ? `.${digits}` : ''}`;
}

function formatDecimal(value: number, minDigits: number, maxDigits: number, locale: string): string {
  return (
    (locale === EN_GB ? writeEnGb(value, minDigits, maxDigits) : undefined) ??
    numberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(value)
  );
}

/** Two digits, for clock times ("09:05"). */
const twoDigits = (n: number) => String(n).padStart(2, '0');
const utcClock = (date: Date) => `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;

/** A number exactly as published: no rounding beyond what the source gave. */
export function formatNumber(value: number, locale = LOCALE): string {
  return formatDecimal(value, 0, Number.isInteger(value) ? 0 : 8, locale);
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

export function formatBtc(value: number, digits = 2, locale = LOCALE): string {
  return `${formatDecimal(value, digits, digits, locale)} BTC`;
}

/** A month's name in the locale ("May", or "Sep" short). */
function monthName(month: number, short: boolean, locale: string): string {
  const name = locale === EN_GB ? EN_GB_MONTHS[month - 1]! : dateFormat(locale, { month: short ? 'short' : 'long', timeZone: 'UTC' }).format(Date.UTC(2017, month - 1, 1));
  // en-GB writes "Sept"; the graphic's short months are three letters, as in its tables.
  return short ? name.replace(/\.$/, '').slice(0, 3) : name;
}

/**
 * An ISO 8601 date as written in the dataset, at the precision it was given:
 * "2017" → "2017", "2017-05" → "May 2017", "2017-05-12" → "12 May 2017",
 * "2017-05-12T09:25Z" → "12 May 2017, 09:25 UTC".
 */
export function formatIsoDate(iso: string, options: { short?: boolean; locale?: string } = {}): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  const month = p.month ? monthName(p.month, options.short ?? false, options.locale ?? LOCALE) : undefined;
  if (!month) return String(p.year);
  if (!p.day) return `${month} ${p.year}`;
  const day = `${p.day} ${month} ${p.year}`;
  return p.hour !== undefined ? `${day}, ${twoDigits(p.hour)}:${twoDigits(p.minute!)} UTC` : day;
}

/** A UTC instant as "12 May, 15:00 UTC" (the year is 2017 throughout the story). */
export function formatUtc(ms: number, options: { year?: boolean; locale?: string } = {}): string {
  const date = new Date(ms);
  const day = `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1, false, options.locale ?? LOCALE)}${options.year ? ` ${date.getUTCFullYear()}` : ''}`;
  return `${day}, ${utcClock(date)} UTC`;
}

/** A UTC instant's day and clock time, for the time control's hourly steps: { day: "12 May", time: "15:00" }. */
export function formatUtcHour(ms: number): { day: string; time: string } {
  return { day: formatUtcDay(ms), time: utcClock(new Date(ms)) };
}

export function formatUtcDay(ms: number, locale = LOCALE): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1, true, locale)}`;
}

/** UK clock time of a UTC instant ("16:00"), as NHS sources state their times. */
export function formatUkTime(ms: number, locale = LOCALE): string {
  return dateFormat(locale, { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

export function formatUkDay(ms: number, locale = LOCALE): string {
  return dateFormat(locale, { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
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
