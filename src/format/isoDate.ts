/**
 * The dataset's dates, read in one place: ISO 8601 at the precision a source gives, a year
 * ("2017"), a month ("2017-05"), a day ("2017-05-12") or a UTC time ("2017-05-12T09:25Z", seconds
 * optional). The schema, the time control and the formatters all read dates through this.
 */
export interface IsoDateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$/;

/** The parts a date gives, or undefined when it is not one of the forms above. */
export function parseIsoDate(iso: string): IsoDateParts | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const parts: IsoDateParts = { year: Number(y) };
  if (mo !== undefined) parts.month = Number(mo);
  if (d !== undefined) parts.day = Number(d);
  if (h !== undefined) parts.hour = Number(h);
  if (mi !== undefined) parts.minute = Number(mi);
  if (s !== undefined) parts.second = Number(s);
  return parts;
}
