/**
 * The map's text summary for screen readers, generated from the data (meta.summaries.map may
 * replace it): how the count of reported countries grew day by day, and the strongest evidence.
 */
import { countByStatus, countReportedBy, type CountryEvidence } from '../data/derive/evidence.ts';
import { formatNumber, formatUtcDay, plural } from '../format/format.ts';
import { DAY } from './timeSteps.ts';

// The summary reads the growth at the end of each of the first four days (UTC).
const DAY_ENDS = [13, 14, 15, 16].map((d) => Date.UTC(2017, 4, d));

export function mapSummary(evidence: Iterable<CountryEvidence>, name: (iso3: string) => string): string {
  const all = [...evidence];
  const counts = countByStatus(all);
  const growth = DAY_ENDS.map((end) => `${formatNumber(countReportedBy(all, end))} by the end of ${formatUtcDay(end - DAY)}`).join(', ');
  const firstDay = all.filter((e) => e.firstReport && e.firstReport.at <= DAY_ENDS[0]!).map((e) => name(e.iso3)).sort();
  return (
    `Countries with a dated public report of WannaCry: ${growth}, and ${formatNumber(countReportedBy(all, Infinity))} in all. ` +
    `Reported by the end of 12 May: ${firstDay.join(', ')}. ` +
    `Strongest evidence: a named victim organisation in ${plural(counts['named-victim'], 'country', 'countries')}, a published count in ${formatNumber(counts['published-count'])}, ` +
    `a statement or ranking in ${formatNumber(counts.reported)}; ${plural(counts.denial, 'country has', 'countries have')} only an official denial.`
  );
}
