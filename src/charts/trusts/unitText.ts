/** What a square of the unit chart says on hover, focus and tap, and to a screen reader. */
import { formatNumber } from '../../format/format.ts';
import type { TrustCategory, TrustUnit } from './layout.ts';

export const CATEGORY_LABELS: Record<TrustCategory, string> = {
  infected: 'Infected and locked out of devices',
  disrupted: 'Not infected, but reported disruption',
  none: 'No disruption reported',
};

export interface UnitText {
  title: string;
  lines: string[];
}

/**
 * `reclassified` is the published number of trusts that contested their category; it is given
 * for editions without names, whose squares cannot be matched to trusts.
 */
export function describeUnit(unit: TrustUnit, edition: { label: string; hasNames: boolean; reclassified: number }): UnitText {
  const category = CATEGORY_LABELS[unit.category];
  if (unit.trust) {
    const lines = [category];
    if (unit.trust.acute) lines.push('Acute trust');
    if (unit.trust.aeDiverted) lines.push(`A&E diverted ambulances: ${unit.trust.aeDiverted}`);
    return { title: unit.trust.name, lines };
  }
  if (!edition.hasNames) {
    return {
      title: `Not named (${edition.label} edition)`,
      lines: [category, `The NAO did not publish which ${formatNumber(edition.reclassified)} trusts changed category, so this edition's squares are not named.`],
    };
  }
  return { title: 'Not named by the NAO', lines: [category] };
}

export const unitAccessibleName = (text: UnitText): string => [text.title, ...text.lines].join('. ');
