/**
 * The map's controls, kept compact so the map stays in the first screen of an embed: above it,
 * what the map shows, a region to zoom to, and the country search; on it, zoom buttons. There is
 * no wheel or drag zoom, so the map never traps the page's scroll.
 */
import { memo, useId } from 'react';
import type { Measure } from '../data/schema.ts';
import { CountrySearch } from './CountrySearch.tsx';
import { EVIDENCE_LAYER } from './layers.ts';
import { STRINGS } from '../strings.ts';

interface Props {
  layers: readonly Measure[];
  layerId: string;
  onLayer: (id: string) => void;
  regions: ReadonlyArray<{ id: string; label: string }>;
  /** '' for the whole world, a region's id, or undefined when the map shows neither (zoomed or a country). */
  regionId: string | undefined;
  onRegion: (id: string) => void;
  onChooseCountry: (iso3: string) => void;
}

/** The region menu's value while the view is not one it offers: shown, never chosen. */
const OTHER_VIEW = 'other';

export const MapControls = memo(function MapControls({ layers, layerId, onLayer, regions, regionId, onRegion, onChooseCountry }: Props) {
  const id = useId();
  return (
    <div className="map-controls">
      <div className="map-select">
        <label htmlFor={`${id}-layer`}>{STRINGS.map.show}</label>
        <select id={`${id}-layer`} value={layerId} onChange={(e) => onLayer(e.target.value)}>
          <option value={EVIDENCE_LAYER}>{STRINGS.map.anyReport}</option>
          {layers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="map-select region-select">
        <label htmlFor={`${id}-region`}>{STRINGS.map.zoomTo}</label>
        <select id={`${id}-region`} value={regionId ?? OTHER_VIEW} onChange={(e) => onRegion(e.target.value)}>
          <option value="">{STRINGS.map.world}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
          {regionId === undefined ? (
            <option value={OTHER_VIEW} disabled>
              {STRINGS.map.otherView}
            </option>
          ) : null}
        </select>
      </div>
      <CountrySearch onChoose={onChooseCountry} />
    </div>
  );
});

/** Zoom in, out and back to the world, in the map's corner. */
export const ZoomButtons = memo(function ZoomButtons({ onZoom, onReset, canZoomOut }: { onZoom: (factor: number) => void; onReset: () => void; canZoomOut: boolean }) {
  return (
    <div className="zoom-buttons" role="group" aria-label={STRINGS.map.zoomGroup}>
      <button type="button" onClick={() => onZoom(1.5)} aria-label={STRINGS.map.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => onZoom(1 / 1.5)} aria-label={STRINGS.map.zoomOut} disabled={!canZoomOut}>
        −
      </button>
      <button type="button" onClick={onReset} aria-label={STRINGS.map.zoomReset} disabled={!canZoomOut}>
        ⤢
      </button>
    </div>
  );
});
