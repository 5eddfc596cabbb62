/**
 * Map layers: the categorical "any public report" layer, and one layer per measure the dataset
 * allows on the map. A measure layer shows only that measure's published values, binned on a
 * log scale with round thresholds; countries without a value are "no published figure", never 0.
 */
import type { Model } from '../data/model.ts';
import type { CountryFigure, Measure } from '../data/schema.ts';

export const EVIDENCE_LAYER = 'evidence';
export const RAMP_SIZE = 5;

export function mapLayers(model: Model): Measure[] {
  return model.dataset.measures.filter((m) => m.mapLayer);
}

/** Each country's figure for a measure (the dataset check keeps units consistent within a layer). */
export function layerFigures(model: Model, measureId: string): Map<string, CountryFigure> {
  const out = new Map<string, CountryFigure>();
  for (const country of model.dataset.countries) {
    const figure = country.figures.find((f) => f.measure === measureId);
    if (figure) out.set(country.iso3, figure);
  }
  return out;
}

/**
 * Round thresholds between min and max: the 1-2-5 series per decade when it gives at most
 * `maxBins` bins, else 1-3, else powers of ten. Returns the inner thresholds (bins = length + 1).
 */
export function niceLogThresholds(min: number, max: number, maxBins = RAMP_SIZE): number[] {
  if (!(min > 0) || !(max > min)) return [];
  for (const mantissas of [[1, 2, 5], [1, 3], [1]]) {
    const thresholds: number[] = [];
    for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
      for (const m of mantissas) {
        const t = m * 10 ** exp;
        if (t > min && t <= max) thresholds.push(t);
      }
    }
    if (thresholds.length + 1 <= maxBins) return thresholds;
  }
  return [];
}

/** Index of the bin a value falls in: values equal to a threshold go to the upper bin. */
export function binIndex(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]!) i++;
  return i;
}

/** The ramp colours a layer uses: spread across the ramp so few bins still span light to dark. */
export function rampIndices(bins: number): number[] {
  if (bins <= 1) return [RAMP_SIZE - 1];
  return Array.from({ length: bins }, (_, i) => Math.round((i * (RAMP_SIZE - 1)) / (bins - 1)));
}
