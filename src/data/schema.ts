/**
 * The dataset's single source of truth. The same schema validates the journalists' source files
 * (in the data:check CLI and the build) and the published `data/wannacry.json` in the browser.
 * Types are inferred from it; nothing else declares the dataset's shape.
 *
 * Structural rules live here; rules that relate one part to another (every sourceId resolves,
 * ids are unique, required NHS figures exist, provenance) live in `validate.ts` and
 * `provenance.ts`, which run after this.
 *
 * Every message says what was expected; the formatter adds what was found.
 */
import * as v from 'valibot';
import { parseIsoDate } from '../format/isoDate.ts';
import { ISO3_CODES } from './iso3.generated.ts';

const text = (what: string) => v.pipe(v.string(`expected ${what} (text)`), v.trim(), v.nonEmpty(`expected ${what}, not empty`));
const optionalText = (what: string) => v.optional(text(what));

/** True when `value` is a date as sources give it (format/isoDate.ts) and names a real calendar moment. */
export function isIsoDate(value: string): boolean {
  const p = parseIsoDate(value);
  if (!p) return false;
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = p;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day &&
    date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second
  );
}

const isoDate = (what: string) =>
  v.pipe(
    v.string(`expected ${what} as an ISO 8601 date`),
    v.check(isIsoDate, `expected ${what} as an ISO 8601 date: 2017-05, 2017-05-12 or 2017-05-12T09:25Z (UTC)`),
  );
const isoDateTime = (what: string) =>
  v.pipe(
    v.string(`expected ${what} as an ISO 8601 UTC time`),
    v.check((s) => isIsoDate(s) && s.includes('T'), `expected ${what} as an ISO 8601 UTC time like 2017-05-12T15:08Z`),
  );

const httpUrl = v.pipe(
  v.string('expected a URL'),
  v.check((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'expected an http(s) URL like https://example.org/page'),
);

const id = v.pipe(
  v.string('expected an id'),
  v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected an id of lowercase letters, digits, "-" or "_"'),
);
const sourceId = v.pipe(v.string('expected a source id from sources'), v.nonEmpty('expected a source id from sources, not empty'));
const finite = (what: string) => v.pipe(v.number(`expected ${what} as a number`), v.finite(`expected ${what} as a finite number`));

export const iso3 = v.pipe(
  v.string('expected an ISO 3166-1 alpha-3 country code'),
  v.check((s) => ISO3_CODES.has(s), 'expected an ISO 3166-1 alpha-3 country code that exists, like GBR'),
);

/** Where a claim is found: the source, the place inside it, and its exact words where we have them. */
const citation = {
  sourceId,
  locator: text('a locator inside the source (page, paragraph, table)'),
  quote: optionalText('the exact quoted words'),
  note: optionalText('a note'),
};

/**
 * A figure's own citation. When its quote does not contain the number (the source gives the
 * inputs, not the result), `derived` shows the arithmetic and its inputs, e.g. "34 + 46 = 80
 * (paras 1.4 and 1.5)"; the graphic labels such figures as arithmetic.
 */
const figureCitation = {
  ...citation,
  derived: optionalText('the arithmetic and its inputs'),
};

export const SourceSchema = v.strictObject({
  id,
  /** A short name shown beside figures ("NAO"); the publisher's name is used when absent. */
  short: v.optional(v.pipe(text('a short name'), v.maxLength(32, 'expected a short name of at most 32 characters'))),
  publisher: text('the publisher'),
  title: text('the title'),
  /** When the original was published. Absent when the page shows no date; the page then says "undated". */
  date: v.optional(isoDate('the publication date')),
  /**
   * For an undated source: the earliest moment the page is proven to exist (an archive capture's
   * timestamp, a dated copy); `note` says what proves it. Rows from the source count from then.
   */
  firstSeen: v.optional(isoDate('the earliest moment the page is proven to exist')),
  url: httpUrl,
  /** Where the text was read when the original was not reachable (an archive or a syndicated copy). */
  viaUrl: v.optional(httpUrl),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'expected an ISO 639-1 language code like en'))),
  note: optionalText('a note'),
});

/** A dataset that gives numbers for several countries; each is its own map layer, never mixed. */
export const MeasureSchema = v.strictObject({
  id,
  label: text('a label'),
  unit: text('the unit'),
  description: text('what the measure counts'),
  /** False for numbers that do not show the May 2017 outbreak (e.g. unpatched share, 2019 detections). */
  evidencesOutbreak: v.boolean('expected true or false'),
  /** True when the map may draw this measure as its own layer. */
  mapLayer: v.boolean('expected true or false'),
  caveat: optionalText('a caveat'),
});

export const CountryFigureSchema = v.strictObject({
  measure: id,
  value: finite('the value'),
  unit: text('the unit'),
  periodStart: v.optional(isoDate('the start of the period')),
  periodEnd: v.optional(isoDate('the end of the period')),
  /** When the source made it public: used for the "first public report" on the time control. */
  reported: isoDate('when it was reported'),
  ...figureCitation,
});

export const REPORT_KINDS = ['named-victim', 'statement', 'listed', 'denial'] as const;
export const CountryReportSchema = v.strictObject({
  kind: v.picklist(REPORT_KINDS, `expected a kind: ${REPORT_KINDS.join(', ')}`),
  subject: text('what was reported'),
  eventDate: v.optional(
    v.pipe(
      v.string(),
      v.check((s) => s.split('/').length <= 2 && s.split('/').every(isIsoDate), 'expected an ISO 8601 date or a range like 2017-05-12/2017-05-15'),
    ),
  ),
  reported: isoDate('when it was reported'),
  /**
   * For the best-known victims only: the short name the map writes beside the country
   * ("Telefónica"), from the moment the report was public.
   */
  mapLabel: v.optional(v.pipe(text('a map label'), v.maxLength(24, 'expected a map label of at most 24 characters'))),
  ...citation,
});

export const CountrySchema = v.strictObject({
  iso3,
  figures: v.array(CountryFigureSchema),
  reports: v.array(CountryReportSchema),
});

/** A sourced statement of fact: a number (or range), or a short text where the source gives no number. */
export const FactSchema = v.strictObject({
  id,
  label: text('a label'),
  value: v.optional(finite('the value')),
  /** The upper end when the source gives a range ("14 to 16 million"). */
  valueMax: v.optional(finite('the upper value')),
  text: optionalText('the value as text'),
  unit: optionalText('the unit'),
  period: optionalText('the period'),
  ...figureCitation,
});

export const EventSchema = v.strictObject({
  id,
  /** The moment in UTC, when the source allows one. */
  time: v.optional(isoDate('the time')),
  /** The window a moment is known to lie in, when the sources leave it uncertain. */
  earliest: v.optional(isoDate('the earliest possible time')),
  latest: v.optional(isoDate('the latest possible time')),
  /** How the source states the time, when it gives no clock time ("evening"). */
  timeText: optionalText('the time as the source states it'),
  label: text('a short label'),
  description: text('a description'),
  /** Key events are marked on the map's time axis. */
  key: v.boolean('expected true or false'),
  ...citation,
});

export const GlobalTotalSchema = v.strictObject({
  id,
  /** When the source published it: the time control shows a total from then, never earlier. */
  reported: isoDate('when it was reported'),
  /** The time the total covers, when the source gives one (a daily count published later). */
  periodStart: v.optional(isoDate('the start of the period')),
  periodEnd: v.optional(isoDate('the end of the period')),
  metric: text('what is counted'),
  value: finite('the value'),
  valueMax: v.optional(finite('the upper value')),
  unit: text('the unit'),
  countries: v.optional(v.pipe(finite('the number of countries'), v.integer('expected a whole number of countries'))),
  who: text('who published it'),
  ...figureCitation,
});

export const TRUST_CATEGORIES = ['infected', 'disrupted'] as const;
export const TrustSchema = v.strictObject({
  name: text('the trust name'),
  /** NAO April 2018 edition, Appendix Two. */
  category: v.picklist(TRUST_CATEGORIES, `expected a category: ${TRUST_CATEGORIES.join(', ')}`),
  /** Only set where a source says so; unknown otherwise. */
  acute: v.optional(v.boolean('expected true or false')),
  aeDiverted: optionalText('the hospital that diverted ambulances'),
  ...citation,
});

export const NhsTimelineSchema = v.strictObject({
  id,
  time: v.optional(isoDate('the time (UTC)')),
  timeText: optionalText('the time as the source states it'),
  day: isoDate('the day (UK)'),
  text: text('what happened'),
  ...citation,
});

export const PaymentSchema = v.strictObject({
  time: isoDateTime('the payment time'),
  wallet: v.pipe(finite('the wallet index'), v.integer(), v.minValue(0, 'expected a wallet index of 0 or more')),
  satoshi: v.pipe(finite('the amount in satoshi'), v.integer('expected a whole number of satoshi'), v.minValue(1, 'expected a positive amount')),
});

export const WalletSchema = v.strictObject({
  address: v.pipe(v.string(), v.regex(/^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$/, 'expected a bitcoin address')),
});

export const MythSchema = v.strictObject({
  id,
  claim: text('the claim as it appeared'),
  correction: text('the correction'),
  evidence: v.pipe(
    v.array(v.strictObject(citation)),
    v.minLength(1, 'expected at least one source for the correction'),
  ),
  examples: v.array(v.strictObject({ ...citation, quote: text('the words of the error') })),
});

/** Who blamed whom for WannaCry: a claim as its speaker made it, never our own finding. */
export const ATTRIBUTION_KINDS = ['researchers', 'government', 'law-enforcement', 'accused'] as const;
export const AttributionSchema = v.strictObject({
  id,
  /** When the statement was made (to the day, or to the minute where the source gives it). */
  date: isoDate('the date of the statement'),
  actor: text('who made the statement'),
  actorKind: v.picklist(ATTRIBUTION_KINDS, `expected who spoke: ${ATTRIBUTION_KINDS.join(', ')}`),
  claim: text('the claim, in a short sentence'),
  /** The speaker's own words about how sure they were ("quite strongly"), when they gave any. */
  confidence: optionalText("the speaker's words about their confidence"),
  ...citation,
});

export const CorrectionSchema = v.strictObject({
  date: isoDate('the date of the correction'),
  text: text('what was corrected'),
});

export const MetaSchema = v.strictObject({
  title: text('a headline'),
  dek: text('a standfirst'),
  credits: v.pipe(v.array(v.strictObject({ role: text('a role'), name: text('a name') })), v.minLength(1, 'expected at least one credit')),
  updated: isoDateTime('the last update'),
  /** Methods notes shown under Sources and methods. Keep figures out of them: figures belong in the tables. */
  methods: v.array(v.strictObject({ heading: text('a heading'), paragraphs: v.pipe(v.array(text('a paragraph')), v.minLength(1, 'expected at least one paragraph')) })),
  /** Editors may replace the generated screen-reader summaries (by chart id). */
  summaries: v.optional(v.record(v.picklist(['map', 'trusts', 'ransom'], 'expected a chart id: map, trusts, ransom'), text('a summary'))),
});

export const DatasetSchema = v.strictObject({
  schemaVersion: v.literal(1, 'expected schemaVersion 1'),
  meta: MetaSchema,
  corrections: v.array(CorrectionSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'expected at least one source')),
  measures: v.array(MeasureSchema),
  countries: v.array(CountrySchema),
  events: v.array(EventSchema),
  globalTotals: v.array(GlobalTotalSchema),
  nhs: v.strictObject({
    figures: v.array(FactSchema),
    trusts: v.array(TrustSchema),
    timeline: v.array(NhsTimelineSchema),
  }),
  ransom: v.strictObject({
    facts: v.array(FactSchema),
    wallets: v.pipe(v.array(WalletSchema), v.minLength(1, 'expected at least one wallet')),
    payments: v.array(PaymentSchema),
    paymentsSourceId: sourceId,
  }),
  myths: v.array(MythSchema),
  attribution: v.array(AttributionSchema),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type CountryFigure = v.InferOutput<typeof CountryFigureSchema>;
export type CountryReport = v.InferOutput<typeof CountryReportSchema>;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Fact = v.InferOutput<typeof FactSchema>;
export type DatasetEvent = v.InferOutput<typeof EventSchema>;
export type GlobalTotal = v.InferOutput<typeof GlobalTotalSchema>;
export type Trust = v.InferOutput<typeof TrustSchema>;
export type NhsTimelineEntry = v.InferOutput<typeof NhsTimelineSchema>;
export type Payment = v.InferOutput<typeof PaymentSchema>;
export type Attribution = v.InferOutput<typeof AttributionSchema>;
export type Citation = { sourceId: string; locator: string; quote?: string | undefined; note?: string | undefined };
