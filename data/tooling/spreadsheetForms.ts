/**
 * Values a spreadsheet rewrites when it opens a CSV and saves it again (Excel, LibreOffice and
 * Google Sheets all do, unless told to read every column as Text): text that looks like a date,
 * a time, a number or a formula is converted, and saved back in the spreadsheet's own format.
 * "May 2017" comes back as "05/01/17", "13:06" as "01:06:00 PM", "416,989" as "416989",
 * "4.7%" as "4.70%", a long number as "1.23457E+13", "=1+1" as "2".
 *
 * The policy, column by column (data/README.md, "Editing in Excel, LibreOffice or Google Sheets"):
 *
 * - The stored forms stay as they are: they are what the sources say, and the graphic shows them.
 *   Turning "May 2017" into a structured "2017-05" would not help anyway: Excel converts that too.
 * - Instead, data:check refuses every form a spreadsheet writes and this dataset never uses, with
 *   what the cell became and what to write instead. A converted cell therefore never passes
 *   silently; `roundTrip.test.ts` proves it with LibreOffice on every shipped table.
 * - Numbers are read only in one form, digits with a dot for decimals and no separators. Anything
 *   else is refused, never guessed: "12.345" is 12345 in Germany and twelve point three four five
 *   in Britain, so it is refused in every number column (a count must be a whole number, and no
 *   figure in the data has exactly three decimals); "1,5" is a decimal comma; "1,500" could be
 *   either. The message names the reading(s) and the form to write.
 * - Cells a spreadsheet would run as a formula ("=…") are refused as stored; "+", "-" and "@"
 *   at the start of text are left alone by LibreOffice and Google Sheets, and where Excel turns
 *   them into "#NAME?", that error is refused.
 *
 * Each rule returns the message for one cell, or undefined when the cell is not a spreadsheet's form.
 */
import { formatUkTime, MONTHS } from '../../src/format/format.ts';
import type { CellType } from './sourceFiles.ts';

/** Columns holding ISO 8601 dates (by name: the same name means the same thing in every table). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['date', 'first_seen', 'reported', 'period_start', 'period_end', 'event_date', 'time', 'earliest', 'latest', 'day']);

export type ColumnKind = 'number' | 'boolean' | 'date' | 'text';
export const columnKind = (name: string, type: CellType): ColumnKind => (type !== 'text' ? type : DATE_COLUMNS.has(name) ? 'date' : 'text');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const words = (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`;
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const q = (s: string) => JSON.stringify(s);

const OPEN_AS_TEXT = 'open the file with every column as Text (data/README.md)';

/** A date as a spreadsheet writes it: 05/01/17, 13.05.2017, 01-05-2017, optionally with a time. */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
/** Excel's and LibreOffice's dates with month names: 12-May-17, 12-May, May-17, 12. Mai 2017. */
const NAMED_DATE = /^(?:(\d{1,2})[-. ]+)?([A-Za-zäéû]{3,9})\.?(?:[-. ]+(\d{2}|\d{4}))?$/;
/** A date with a time, as LibreOffice writes an ISO date-time it recognised: 2017-05-12 09:25:00. */
const ISO_SPACE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** A time as a spreadsheet writes it: with seconds (13:06:00) or a 12-hour clock (01:06:00 PM). */
const SHEET_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?$|^(\d{1,2}):(\d{2}):(\d{2})$/;
const SCIENTIFIC = /^[-+]?\d+(?:[.,]\d+)?[eE][-+]?\d+$/;
const SHEET_ERROR = /^(?:#(?:NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)|Err:\d{3}|#{3,})$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The calendar readings of a numeric date: day-first, month-first, or both when it is ambiguous. */
function readings(a: number, b: number, sep: string, y: number): Array<{ m: number; d: number; order: string }> {
  // Dots (13.05.2017) and dashes (13-05-2017) are day-first wherever spreadsheets write them.
  const dayFirst = validDay(y, b, a) ? [{ m: b, d: a, order: 'day first, as in Britain and most of Europe' }] : [];
  const monthFirst = sep === '/' && validDay(y, a, b) && a !== b ? [{ m: a, d: b, order: 'month first, as in the US' }] : [];
  return [...dayFirst, ...monthFirst];
}

function timeOf(h: number, min: string, s: string | undefined, ampm: string | undefined): string | undefined {
  let hour = h;
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (hour > 23 || Number(min) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  return `${pad(hour)}:${min}${s !== undefined && s !== '00' ? `:${s}` : ''}`;
}

/** "05/01/17" → the message for a date column (ISO expected) or a text column (the source's words expected). */
function numericDateMessage(cell: string, kind: ColumnKind): string | undefined {
  const m = NUMERIC_DATE.exec(cell);
  if (!m) return undefined;
  const [, a, sep, b, y, h, min, s, ampm] = m;
  const year = fullYear(y!);
  const options = readings(Number(a), Number(b), sep!, year);
  if (!options.length) return undefined;
  const time = h !== undefined ? timeOf(Number(h), min!, s, ampm) : undefined;
  if (kind === 'date') {
    const forms = options.map((o) => `${iso(year, o.m, o.d)}${time ? `T${time}Z` : ''}`);
    const which = forms.length > 1 ? `${forms[0]} (${options[0]!.order}) or ${forms[1]} (${options[1]!.order}), whichever the source says` : forms[0];
    const month = options.some((o) => o.d === 1) && !time ? `; if the source gives only the month, ${iso(year, options.find((o) => o.d === 1)!.m, 1).slice(0, 7)} (a spreadsheet turns a month into its first day)` : '';
    return `found ${q(cell)}, a date as a spreadsheet writes it: write ${which}${time ? ' (in UTC)' : ''}${month}`;
  }
  const read = options.map((o) => `${words(year, o.m, o.d)}${options.length > 1 ? ` (${o.order.split(',')[0]})` : ''}`).join(' or ');
  const first = options.find((o) => o.d === 1);
  const examples = first ? `${q(`${MONTHS[first.m - 1]} ${year}`)} or ${q(words(year, first.m, 1))}` : q(words(year, options[0]!.m, options[0]!.d));
  return `found ${q(cell)}, a date a spreadsheet made from text: it reads ${read}; write the words the source uses (such as ${examples}), and ${OPEN_AS_TEXT}`;
}

function namedDateMessage(cell: string, kind: ColumnKind): string | undefined {
  const m = NAMED_DATE.exec(cell);
  if (!m) return undefined;
  const [, d, name, y] = m;
  if (d === undefined && y === undefined) return undefined; // a word on its own ("evening")
  const month = MONTHS.findIndex((full) => full.slice(0, 3).toLowerCase() === name!.slice(0, 3).toLowerCase()) + 1;
  const german = ['jan', 'feb', 'mär', 'mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'];
  if (!month && !german.includes(name!.slice(0, 3).toLowerCase())) return undefined;
  // Only the spreadsheet forms with a dash (12-May-17, May-17) or a German day (12. Mai); "12 May 2017" is how sources write.
  if (!cell.includes('-') && !(d && cell.includes('.'))) return undefined;
  if (kind === 'date' && month && y) {
    const year = fullYear(y);
    const form = d ? iso(year, month, Number(d)) : `${year}-${pad(month)}`;
    return `found ${q(cell)}, a date as a spreadsheet writes it: write ${form}`;
  }
  const example = month && y ? (d ? words(fullYear(y), month, Number(d)) : `${MONTHS[month - 1]} ${fullYear(y)}`) : '12 May 2017';
  return `found ${q(cell)}, a date as a spreadsheet writes it: write the words the source uses, e.g. ${example}, and ${OPEN_AS_TEXT}`;
}

function dateTimeMessage(cell: string, kind: ColumnKind): string | undefined {
  const m = ISO_SPACE_TIME.exec(cell);
  if (!m) return undefined;
  const [, y, mo, d, h, min, s] = m;
  const form = `${y}-${mo}-${d}T${h}:${min}${s && s !== '00' ? `:${s}` : ''}Z`;
  if (kind === 'date') return `found ${q(cell)}, a date and time as a spreadsheet writes it: write ${form} (in UTC, with T and Z)`;
  return `found ${q(cell)}, a date and time as a spreadsheet writes it: write the words the source uses, and ${OPEN_AS_TEXT}`;
}

function timeMessage(cell: string): string | undefined {
  const m = SHEET_TIME.exec(cell);
  if (!m) return undefined;
  const time = m[1] !== undefined ? timeOf(Number(m[1]), m[2]!, m[3], m[4]) : timeOf(Number(m[5]), m[6]!, m[7], undefined);
  if (!time) return undefined;
  return `found ${q(cell)}, a time as a spreadsheet writes it: write ${time}`;
}

function scientificMessage(cell: string, kind: ColumnKind): string | undefined {
  if (!SCIENTIFIC.test(cell)) return undefined;
  const value = Number(cell.replace(',', '.'));
  const full = Number.isFinite(value) && Math.abs(value) < 1e21 ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : undefined;
  const what = kind === 'number' ? 'the number in full, as the source gives it' : 'it as the source prints it';
  return `found ${q(cell)}, a number in scientific notation, as spreadsheets write long numbers (keeping at most 15 digits, often 6): write ${what}${full ? ` (${full}, if no digit was lost)` : ''}`;
}

function errorMessage(cell: string): string | undefined {
  if (!SHEET_ERROR.test(cell)) return undefined;
  return `found ${q(cell)}, a spreadsheet's error: it read the cell as a formula (text beginning with =, +, - or @): write back the value from the source (git diff shows what it was), and ${OPEN_AS_TEXT}`;
}

function formulaMessage(cell: string): string | undefined {
  if (!cell.startsWith('=')) return undefined;
  return `found ${q(cell.length > 40 ? `${cell.slice(0, 37)}…` : cell)}: a cell beginning with "=" is a formula to a spreadsheet, which saves its result instead; reword it so that it does not begin with "="`;
}

/** A number in a number column written any way but the one way it is read: digits, a dot for decimals. */
function numberMessage(cell: string): string | undefined {
  const neg = cell.startsWith('-') ? '-' : '';
  const body = cell.replace(/^[-+]/, '');
  const found = `found ${q(cell)}`;
  if (cell.startsWith('+') && PLAIN_NUMBER.test(body)) return `${found}: write ${body}, without "+"`;
  // 12.345: German thousands or English decimals. Refused, never guessed.
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(body)) {
    const whole = body.replace('.', '');
    return `${found}: a dot followed by three digits is a thousands separator in much of Europe (${neg}${whole}) and a decimal point in English (${neg}${body}); a count must be a whole number: write ${neg}${whole}, or, for a decimal the source gives to three places, ${neg}${body}0`;
  }
  if (PLAIN_NUMBER.test(cell)) return undefined;
  // 1.234.567 or 1.234,5: German grouping with dots.
  let m = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  if (m && (m[1]!.split('.').length > 2 || m[2] !== undefined)) {
    return `${found}: dots as thousands separators${m[2] !== undefined ? ' and a decimal comma' : ''}: write ${neg}${m[1]!.replace(/\./g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`;
  }
  // 1,234,567 or 1,234.5: English grouping with commas; 1,500 alone could be 1500 or 1.5.
  m = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  if (m) {
    const whole = `${neg}${m[1]!.replace(/,/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`;
    if (m[1]!.split(',').length === 2 && m[2] === undefined) {
      const decimal = `${neg}${Number(body.replace(',', '.'))}`;
      return `${found}: a comma followed by three digits is a thousands separator in English (${whole}) and a decimal comma in much of Europe (${decimal}): write ${whole} or ${decimal}, whichever the source means, with no separator and a dot for decimals`;
    }
    return `${found}: commas as thousands separators: write ${whole}`;
  }
  // 1,5 or 0,1781: a decimal comma.
  m = /^(\d+),(\d+)$/.exec(body);
  if (m) return `${found}: a decimal comma: write ${neg}${m[1]}.${m[2]}`;
  // 12 345, 12 345, 12'345: spaces or apostrophes as thousands separators.
  m = /^(\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+)(?:([.,])(\d+))?$/.exec(body);
  if (m) return `${found}: spaces or apostrophes as thousands separators: write ${neg}${m[1]!.replace(/\D/g, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
  m = /^(\d+(?:[.,]\d+)?)\s?%$/.exec(body);
  if (m) return `${found}: write the number without "%" (${neg}${m[1]!.replace(',', '.')}); the unit says it is a percentage`;
  if (/^[$£€¥]|[$£€¥]$|^(?:USD|GBP|EUR)\s|\s(?:USD|GBP|EUR)$/.test(body)) return `${found}: write the number without a currency sign; the unit says the currency`;
  if (NUMERIC_DATE.test(cell) || /^\d{1,2}[./-]\d{1,2}\.?$/.test(cell) || (NAMED_DATE.test(cell) && /\d/.test(cell))) {
    return `${found}, a date: a spreadsheet read a number as a date (1.5 becomes 1 May in Germany, 5/12 the 12th of May in the US): write the number as the source gives it, with a dot for decimals, and ${OPEN_AS_TEXT}`;
  }
  return undefined; // anything else: the schema says "expected the value as a number"
}

const LOCAL_BOOLEANS: Record<string, boolean> = {
  wahr: true, falsch: false, vrai: true, faux: false, verdadero: true, falso: false, vero: true, waar: true, onwaar: false, sant: true, usant: false, sann: true, usann: false, prawda: true, fałsz: false,
};

/** Text with a bare number: how a spreadsheet leaves "416,989" (416989), "1.10" (1.1) or "007" (7). */
function bareNumberMessage(cell: string): string | undefined {
  if (!PLAIN_NUMBER.test(cell)) return undefined;
  const n = Number(cell);
  const year = /^(19[89]\d|20[0-3]\d)$/.test(cell);
  const leadingZero = /^-?0\d/.test(cell);
  if (!leadingZero && Number.isInteger(n) && !cell.includes('.') && (Math.abs(n) < 1000 || year)) return undefined;
  const example = Number.isInteger(n) && !cell.includes('.') && !leadingZero ? n.toLocaleString('en-US') : undefined;
  return `found ${q(cell)}, a bare number, which is what a spreadsheet leaves of 416,989 (416989), 1.10 (1.1) or 007 (7): write it as the source prints it${example ? `, e.g. ${example}` : ''}, and ${OPEN_AS_TEXT}`;
}

/** "4.70%" or "$300.00": the two decimals a spreadsheet adds to a percentage or an amount it recognised. */
function paddedMessage(cell: string): string | undefined {
  const m = /^(-?[$£€]?)(\d[\d,]*)\.(\d*0)(\s?%|)$/.exec(cell);
  if (!m || (!m[1] && !m[4]) || m[3]!.length !== 2) return undefined;
  const decimals = m[3]!.replace(/0+$/, '');
  const form = `${m[1]}${m[2]}${decimals ? `.${decimals}` : ''}${m[4]}`;
  return `found ${q(cell)}, ${m[4] ? 'a percentage' : 'an amount'} as a spreadsheet writes it, with two decimals: write it as the source gives it (e.g. ${form}), and ${OPEN_AS_TEXT}`;
}

/**
 * The problem with one cell, if it is a spreadsheet's form of a value: "found …, what it is: write …".
 * Empty cells and the dataset's own forms return undefined; forms the schema already words well
 * (e.g. "lots" in a number column) are left to the schema.
 */
export function spreadsheetFormProblem(raw: string, kind: ColumnKind): string | undefined {
  const cell = raw.trim();
  if (cell === '') return undefined;
  const general = formulaMessage(cell) ?? errorMessage(cell) ?? scientificMessage(cell, kind);
  if (general) return general;
  switch (kind) {
    case 'number':
      return numberMessage(cell);
    case 'boolean': {
      const local = LOCAL_BOOLEANS[cell.toLowerCase()];
      return local === undefined ? undefined : `found ${q(cell)}, a spreadsheet's word for ${local} in another language: write ${local}`;
    }
    case 'date':
      return numericDateMessage(cell, kind) ?? dateTimeMessage(cell, kind) ?? namedDateMessage(cell, kind);
    case 'text':
      return numericDateMessage(cell, kind) ?? dateTimeMessage(cell, kind) ?? namedDateMessage(cell, kind) ?? timeMessage(cell) ?? paddedMessage(cell) ?? bareNumberMessage(cell);
  }
}

/**
 * The structured form of nhs-timeline.csv's `time_text` when it is a clock time: "13:06", 24-hour,
 * UK time as the NHS sources state it, and the same moment as `time` (UTC). A spreadsheet's
 * rewrite ("01:06:00 PM", "13:06:00") is refused above; this catches any other drift between them.
 */
export function rowProblems(file: string, cells: Readonly<Record<string, string>>): Array<{ column: string; message: string }> {
  if (file !== 'nhs-timeline.csv') return [];
  const stated = (cells.time_text ?? '').trim();
  const time = (cells.time ?? '').trim();
  if (!/^\d{2}:\d{2}$/.test(stated) || !/T\d{2}:\d{2}(:\d{2})?Z$/.test(time)) return [];
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return [];
  const uk = formatUkTime(ms);
  return uk === stated ? [] : [{ column: 'time_text', message: `expected ${uk}, the UK time of time (${time}), found ${q(stated)}` }];
}
