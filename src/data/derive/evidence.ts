/**
 * Dataset → per-country evidence: what kind of public record each country has, and when it was
 * first reported. The map, the table, the time control and the counts all read this one result.
 */
import type { Citation, Country, Dataset, Measure } from '../schema.ts';
import { availableFrom } from './time.ts';

/** Strongest first. A country is shown in the strongest category it has evidence for. */
export const EVIDENCE_CATEGORIES = ['named-victim', 'published-count', 'reported'] as const;
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];
/** "denial": the only record is an authority saying the country was not affected. */
export type CountryStatus = EvidenceCategory | 'denial' | 'none';

export interface FirstReport {
  /** UTC ms from which the report counts as public (see availableFrom). */
  at: number;
  /** The date as the dataset gives it, e.g. "2017-05-13" or "2017-05-12T09:25Z". */
  reported: string;
  /** The row's own citation (source, locator, quote). */
  citation: Citation;
  /** What was reported, in a few words. */
  what: string;
}

export interface CountryEvidence {
  iso3: string;
  status: CountryStatus;
  /** Every category the country has evidence for (a country can have several). */
  categories: EvidenceCategory[];
  /** Earliest dated evidence; undefined for denial-only countries. */
  firstReport?: FirstReport;
  /** When each category first applied, so the time control can show how the record grew. */
  categoryFrom: Partial<Record<EvidenceCategory, number>>;
  denials: number;
  /** When the earliest denial was public. */
  denialFrom?: number;
}

/** The rows that evidence an outbreak in the country (denials and non-outbreak measures aside). */
export function evidenceRows(country: Country, measures: ReadonlyMap<string, Measure>) {
  const out: Array<{ category: EvidenceCategory; reported: string; citation: Citation; what: string }> = [];
  for (const r of country.reports) {
    if (r.kind === 'denial') continue;
    out.push({ category: r.kind === 'named-victim' ? 'named-victim' : 'reported', reported: r.reported, citation: r, what: r.subject });
  }
  for (const f of country.figures) {
    const measure = measures.get(f.measure);
    // A figure is evidence only if its measure shows the May 2017 outbreak and it is not zero
    // (a published "0 cases" is a statement of absence, not of presence).
    if (!measure?.evidencesOutbreak || f.value === 0) continue;
    out.push({ category: 'published-count', reported: f.reported, citation: f, what: `${measure.label}: ${f.unit}` });
  }
  return out;
}

export function classifyCountry(country: Country, measures: ReadonlyMap<string, Measure>): CountryEvidence {
  const found = evidenceRows(country, measures);
  const categoryFrom: CountryEvidence['categoryFrom'] = {};
  let first: FirstReport | undefined;
  for (const c of found) {
    const at = availableFrom(c.reported);
    if (!(c.category in categoryFrom) || at < categoryFrom[c.category]!) categoryFrom[c.category] = at;
    if (!first || at < first.at) first = { at, reported: c.reported, citation: c.citation, what: c.what };
  }
  const categories = EVIDENCE_CATEGORIES.filter((c) => c in categoryFrom);
  const denialTimes = country.reports.filter((r) => r.kind === 'denial').map((r) => availableFrom(r.reported));
  const denials = denialTimes.length;
  const status: CountryStatus = categories[0] ?? (denials ? 'denial' : 'none');
  return {
    iso3: country.iso3, status, categories, categoryFrom, denials,
    ...(denials ? { denialFrom: Math.min(...denialTimes) } : {}),
    ...(first ? { firstReport: first } : {}),
  };
}

export function classifyCountries(dataset: Pick<Dataset, 'countries' | 'measures'>): Map<string, CountryEvidence> {
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  return new Map(dataset.countries.map((c) => [c.iso3, classifyCountry(c, measures)]));
}

/**
 * A country's status as known at a moment: the strongest category whose first evidence was public
 * by then. Before any evidence, a country with a denial shows the denial only if it was made by
 * then (denials are dated like everything else); otherwise it shows no report.
 */
export function statusAt(evidence: CountryEvidence, at: number): CountryStatus {
  for (const category of EVIDENCE_CATEGORIES) {
    const from = evidence.categoryFrom[category];
    if (from !== undefined && from <= at) return category;
  }
  if (evidence.denialFrom !== undefined && evidence.denialFrom <= at) return 'denial';
  return 'none';
}

/** The count the time control shows: countries with evidence public by `at`. */
export function countReportedBy(all: Iterable<CountryEvidence>, at: number): number {
  let n = 0;
  for (const e of all) if (e.firstReport && e.firstReport.at <= at) n++;
  return n;
}

export function countByStatus(all: Iterable<CountryEvidence>): Record<CountryStatus, number> {
  const counts: Record<CountryStatus, number> = { 'named-victim': 0, 'published-count': 0, reported: 0, denial: 0, none: 0 };
  for (const e of all) counts[e.status]++;
  return counts;
}
