import { memo } from 'react';
/** Above the map: the layer switch and the country search. */
import type { Measure } from '../data/schema.ts';
import type { World } from '../geo/world.ts';
import { CountrySearch } from './CountrySearch.tsx';
import { EVIDENCE_LAYER } from './layers.ts';

interface Props {
  layers: readonly Measure[];
  layerId: string;
  onLayer: (id: string) => void;
  onChooseCountry: (iso3: string) => void;
}

export const MapControls = memo(function MapControls({ layers, layerId, onLayer, onChooseCountry }: Props) {
  return (
    <div className="map-controls controls">
      <div className="control-group" role="group" aria-label="What the map shows">
        <span className="control-label" aria-hidden="true">
          Show
        </span>
        <button type="button" aria-pressed={layerId === EVIDENCE_LAYER} onClick={() => onLayer(EVIDENCE_LAYER)}>
          Any public report
        </button>
        {layers.map((m) => (
          <button key={m.id} type="button" aria-pressed={layerId === m.id} onClick={() => onLayer(m.id)}>
            {m.label}
          </button>
        ))}
      </div>
      <CountrySearch onChoose={onChooseCountry} />
    </div>
  );
});

interface ZoomProps {
  regions: World['regions'];
  onRegion: (bbox: World['regions'][number]['bbox'] | undefined) => void;
  onZoom: (factor: number) => void;
  canZoomOut: boolean;
}

/** Region presets and zoom buttons. There is no wheel or drag zoom, so the map never traps page scroll. */
export const ZoomControls = memo(function ZoomControls({ regions, onRegion, onZoom, canZoomOut }: ZoomProps) {
  return (
    <div className="zoom-controls controls">
      <div className="control-group" role="group" aria-label="Zoom the map">
        <button type="button" onClick={() => onRegion(undefined)}>
          World
        </button>
        {regions.map((r) => (
          <button key={r.id} type="button" onClick={() => onRegion(r.bbox)}>
            {r.label}
          </button>
        ))}
        <button type="button" onClick={() => onZoom(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => onZoom(1 / 1.5)} aria-label="Zoom out" disabled={!canZoomOut}>
          −
        </button>
      </div>
    </div>
  );
});
