/**
 * The legend says exactly what the current layer measures: the evidence categories, or one
 * measure's bins with its unit, period and source. It also describes the map to screen readers.
 */
import { useMemo, memo } from 'react';
import type { CountryStatus } from '../data/derive/evidence.ts';
import type { CountryFigure, Measure } from '../data/schema.ts';
import { formatCompact } from '../format/format.ts';
import { Cite } from '../ui/Cite.tsx';
import type { LayerScale } from './mapLooks.ts';
import { STRINGS } from '../strings.ts';
import { STATUS_LEGEND } from './statusLabels.ts';

const ORDER: CountryStatus[] = ['named-victim', 'published-count', 'reported', 'denial', 'none'];

function Swatch({ status, bin }: { status?: CountryStatus; bin?: number }) {
  // The layer class makes the swatch use exactly the map's fill rules.
  return (
    <svg className={`legend-swatch ${bin === undefined && status ? 'layer-evidence' : 'layer-measure'}`} viewBox="0 0 20 14" aria-hidden="true">
      <rect className="place country" data-status={status} data-bin={bin} x="1" y="1" width="18" height="12" />
      {status === 'named-victim' ? <path className="victim-marker" d="M10,3.5l3.5,3.5l-3.5,3.5l-3.5,-3.5z" /> : null}
    </svg>
  );
}

function binLabel(i: number, thresholds: readonly number[]): string {
  if (!thresholds.length) return 'Any value';
  if (i === 0) return `Under ${formatCompact(thresholds[0]!)}`;
  if (i === thresholds.length) return `${formatCompact(thresholds[i - 1]!)} or more`;
  return `${formatCompact(thresholds[i - 1]!)} to under ${formatCompact(thresholds[i]!)}`;
}

interface Props {
  measure?: Measure | undefined;
  scale?: LayerScale | undefined;
  /** The layer's figures, as the scene found them (never computed twice). */
  figures?: ReadonlyMap<string, CountryFigure> | undefined;
  descriptionId: string;
}

export const MapLegend = memo(function MapLegend({ measure, scale, figures, descriptionId }: Props) {
  const sources = useMemo(() => {
    const seen = new Map<string, { sourceId: string; locator: string }>();
    for (const f of figures?.values() ?? []) if (!seen.has(f.sourceId)) seen.set(f.sourceId, f);
    return [...seen.values()];
  }, [figures]);

  if (!measure || !scale) {
    return (
      <div className="map-legend">
        <p id={descriptionId} className="legend-title">
          {STRINGS.map.legendEvidence}
        </p>
        <ul className="legend-items">
          {ORDER.map((status) => (
            <li key={status}>
              <Swatch status={status} /> {STATUS_LEGEND[status]}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="map-legend">
      <p id={descriptionId} className="legend-title">
        {measure.label}, in {measure.unit}: {measure.description} Only countries with a published figure are shaded.
      </p>
      <ul className="legend-items">
        {scale.ramp.map((rampIndex, i) => (
          <li key={i}>
            <Swatch bin={rampIndex} /> {binLabel(i, scale.thresholds)}
          </li>
        ))}
        <li>
          <Swatch /> {STRINGS.map.noFigure}
        </li>
      </ul>
      {measure.caveat ? <p className="caveat">{measure.caveat}</p> : null}
      <p className="legend-source">
        Source:{' '}
        {sources.map((s, i) => (
          <span key={s.sourceId}>
            {i ? '; ' : ''}
            <Cite citation={s} />
          </span>
        ))}
      </p>
    </div>
  );
});
