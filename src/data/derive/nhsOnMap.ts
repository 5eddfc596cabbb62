/**
 * The NHS on the map. England's health service is the best-known victim, and the NHS section
 * already holds its timeline with sources; the map's United Kingdom entry reads the same rows
 * rather than a copy of them, so a correction to the NHS timeline corrects the map too.
 *
 * A timeline row is a public report of the NHS being hit when its source was published on the
 * day of the event it describes (a news report of 12 May, not the auditors' report of 2018). It
 * counts from that publication, at the precision the source gives (never from the event itself).
 */
import type { CountryReport, Dataset } from '../schema.ts';
import { availableFrom } from './time.ts';

export const NHS_COUNTRY = 'GBR';
/** The name the map writes beside the United Kingdom once the first NHS report is public. */
export const NHS_MAP_LABEL = 'NHS England';

export function nhsPublicReports(dataset: Pick<Dataset, 'nhs' | 'sources'>): CountryReport[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const reports: CountryReport[] = [];
  for (const entry of dataset.nhs.timeline) {
    const published = sources.get(entry.sourceId)?.date;
    if (!published || published.slice(0, 10) !== entry.day || published.length < 10) continue;
    // A source stamped with a time earlier than the moment it describes cannot have reported it then.
    if (entry.time && published.includes('T') && published < entry.time) continue;
    reports.push({
      kind: 'named-victim',
      subject: `NHS England: ${entry.text}`,
      eventDate: entry.time ?? entry.day,
      reported: published,
      sourceId: entry.sourceId,
      locator: entry.locator,
      ...(entry.quote ? { quote: entry.quote } : {}),
      note: `From the NHS section's timeline (${entry.id}).${entry.note ? ` ${entry.note}` : ''}`,
    });
  }
  // The report public first carries the map's label (a report dated to the day counts from its end).
  const first = [...reports].sort((a, b) => availableFrom(a.reported) - availableFrom(b.reported))[0];
  if (first) first.mapLabel = NHS_MAP_LABEL;
  return reports;
}

/** The dataset as the map reads it: the United Kingdom's entry carries the NHS's public reports. */
export function withNhsOnMap(dataset: Dataset): Dataset {
  const nhs = nhsPublicReports(dataset);
  if (!nhs.length) return dataset;
  const hasUk = dataset.countries.some((c) => c.iso3 === NHS_COUNTRY);
  const countries = hasUk
    ? dataset.countries.map((c) => (c.iso3 === NHS_COUNTRY ? { ...c, reports: [...nhs, ...c.reports] } : c))
    : [...dataset.countries, { iso3: NHS_COUNTRY, figures: [], reports: nhs }];
  return { ...dataset, countries };
}
