/**
 * Model + layer + moment → how every place looks, and what the tooltip and screen reader say.
 * Pure, so the map's encoding is tested without a browser.
 */
import type { CountryStatus } from '../data/derive/evidence.ts';
import { EVIDENCE_CATEGORIES, statusAt } from '../data/derive/evidence.ts';
import type { Model } from '../data/model.ts';
import type { CountryFigure } from '../data/schema.ts';
import { availableFrom } from '../data/derive/time.ts';
import { formatIsoDate, formatNumber } from '../format/format.ts';
import { binIndex, niceLogThresholds, rampIndices } from './layers.ts';
import { STATUS_SHORT } from './statusLabels.ts';

/** How one place is drawn and named: its status (the data-evidence hook when it is evidence) or its bin. */
export interface PlaceLook {
  status?: string;
  isEvidence?: boolean;
  /** Ramp index on a measure layer; undefined = no published figure. */
  bin?: number;
  label: string;
}

export interface LayerScale {
  thresholds: number[];
  /** Ramp index of each bin. */
  ramp: number[];
}

/** A measure layer's bins, from every value the layer can show (so the legend never jumps with time). */
export function layerScale(figures: ReadonlyMap<string, CountryFigure>): LayerScale {
  const values = [...figures.values()].map((f) => f.value).filter((v) => v > 0);
  const thresholds = values.length ? niceLogThresholds(Math.min(...values), Math.max(...values)) : [];
  return { thresholds, ramp: rampIndices(thresholds.length + 1) };
}

export function statusesAt(model: Model, at: number): Map<string, CountryStatus> {
  const out = new Map<string, CountryStatus>();
  for (const [iso3, evidence] of model.evidence) out.set(iso3, statusAt(evidence, at));
  return out;
}

export function placeLooks(
  model: Model,
  at: number,
  layer: { kind: 'evidence' } | { kind: 'measure'; figures: ReadonlyMap<string, CountryFigure>; scale: LayerScale; unit: string },
): Map<string, PlaceLook> {
  const statuses = statusesAt(model, at);
  const looks = new Map<string, PlaceLook>();
  for (const [iso3, place] of model.places) {
    if (place.kind === 'unmapped') continue;
    const status = statuses.get(iso3) ?? 'none';
    const isEvidence = (EVIDENCE_CATEGORIES as readonly string[]).includes(status);
    let label = `${place.name}: ${STATUS_SHORT[status]}`;
    const first = model.evidence.get(iso3)?.firstReport;
    if (isEvidence && first) label += `, first public report ${formatIsoDate(first.reported)}`;
    const look: PlaceLook = { status, isEvidence, label };
    if (layer.kind === 'measure') {
      const figure = layer.figures.get(iso3);
      if (figure && availableFrom(figure.reported) <= at) {
        look.bin = layer.scale.ramp[binIndex(figure.value, layer.scale.thresholds)];
        look.label = `${place.name}: ${formatNumber(figure.value)} ${layer.unit}`;
      } else {
        look.label = `${place.name}: no published figure`;
      }
    }
    looks.set(iso3, look);
  }
  return looks;
}
