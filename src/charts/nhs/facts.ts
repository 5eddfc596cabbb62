/**
 * Turning a published fact into words: its value as the source gave it (a number, a range or a
 * phrase) with its unit, and the month an edition of a report appeared. No figure is rounded or
 * converted here; numbers go through format.ts.
 */
import type { Fact, Source } from '../../data/schema.ts';
import { formatIsoDate, formatNumber } from '../../format/format.ts';

/** Units that classify a value rather than measure it; they read badly after the value. */
const NOT_MEASURES = new Set(['qualitative', 'category', 'status', 'date']);

function withUnit(value: string, unit: string | undefined): string {
  if (!unit || NOT_MEASURES.has(unit) || unit.startsWith('share of')) return value;
  // "percent of devices" after ">90" reads as ">90% of devices".
  if (unit.startsWith('percent')) return `${value}${value.endsWith('%') ? '' : '%'}${unit.slice('percent'.length)}`;
  return `${value} ${unit}`;
}

/** "5% (about)", "0 organisations (of 80)", "Windows 7 (supported but unpatched)". */
export function describeFact(fact: Fact): string {
  if (fact.value !== undefined) {
    const value = fact.valueMax !== undefined ? `${formatNumber(fact.value)} to ${formatNumber(fact.valueMax)}` : formatNumber(fact.value);
    return withUnit(value, fact.unit);
  }
  return fact.text ? withUnit(fact.text, fact.unit) : '';
}

/** The month a source appeared in ("April 2018"), which names an edition of a report. */
export function editionLabel(source: Source | undefined): string {
  return source?.date ? formatIsoDate(source.date.slice(0, 7)) : 'undated';
}

/** Facts whose id starts with a prefix, in dataset order (e.g. the NAO's findings, why_…). */
export function factsWithPrefix(facts: ReadonlyMap<string, Fact>, prefix: string): Fact[] {
  return [...facts.values()].filter((f) => f.id.startsWith(prefix));
}
