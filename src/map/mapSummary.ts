/**
 * The map's text summary for screen readers, generated from the data (meta.summaries.map may
 * replace it): how the count of reported countries grew day by day, and the strongest evidence.
 */
import { countByStatus, countReportedBy, type CountryEvidence } from '../data/derive/evidence.ts';
import { formatNumber, plural } from '../format/format.ts';
import type { TimeStep } from './timeSteps.ts';

export function mapSummary(evidence: Iterable<CountryEvidence>, steps: readonly TimeStep[], name: (iso3: string) => string): string {
  const all = [...evidence];
  const counts = countByStatus(all);
  const growth = [0, 1, 2, 3]
    .map((i) => steps[i])
    .filter((s): s is TimeStep => s !== undefined)
    .map((s) => `${formatNumber(countReportedBy(all, s.at))} by the end of ${s.label}`)
    .join(', ');
  const firstDay = all.filter((e) => e.firstReport && e.firstReport.at <= steps[0]!.at).map((e) => name(e.iso3)).sort();
  return (
    `Countries with a dated public report of WannaCry: ${growth}, and ${formatNumber(countReportedBy(all, Infinity))} in all. ` +
    `Reported by the end of 12 May: ${firstDay.join(', ')}. ` +
    `Strongest evidence: a named victim organisation in ${plural(counts['named-victim'], 'country', 'countries')}, a published count in ${formatNumber(counts['published-count'])}, ` +
    `a statement or ranking in ${formatNumber(counts.reported)}; ${plural(counts.denial, 'country has', 'countries have')} only an official denial.`
  );
}
