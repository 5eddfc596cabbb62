/** The trusts chart's text summary, generated from the data (meta.summaries.trusts may replace it). */
import { formatNumber } from '../../format/format.ts';
import type { Trust } from '../../data/schema.ts';
import type { Edition } from './editions.ts';
import { noDisruptionCount } from './layout.ts';

export function trustSummary(shown: Edition, other: Edition, aeDiverted: readonly Trust[]): string {
  const n = formatNumber;
  const parts = [
    `Each square is one of the ${n(shown.total.value)} NHS trusts in England, as the National Audit Office counted them in its ${shown.label} edition: ` +
      `${n(shown.infected.value)} infected and locked out of devices, ${n(shown.disrupted.value)} not infected but reporting disruption, ` +
      `and ${n(noDisruptionCount(shown.counts))} with no disruption reported (${n(shown.total.value)} minus the ${n(shown.affected.value)} affected).`,
  ];
  if (shown.named.length && aeDiverted.length) {
    parts.push(`Marked: the acute trusts whose A&E departments diverted ambulances: ${aeDiverted.map((t) => `${t.aeDiverted} (${t.name})`).join('; ')}.`);
  }
  parts.push(
    `The ${other.label} edition counted ${n(other.infected.value)} infected and ${n(other.disrupted.value)} disrupted, ${n(other.affected.value)} in all.`,
  );
  return parts.join(' ');
}
