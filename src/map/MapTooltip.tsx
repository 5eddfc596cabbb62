/**
 * The map's tooltip: follows the pointer, sits on the focused country for keyboard readers, and
 * is pinned with a close button after a tap. Always placed inside the frame (placeTooltip).
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CountryFigure, Measure } from '../data/schema.ts';
import { formatIsoDate, formatNumber } from '../format/format.ts';
import { useModel } from '../ui/ModelContext.tsx';
import { placeTooltip } from '../ui/placeTooltip.ts';
import { STATUS_LABEL } from './statusLabels.ts';
import type { PlaceLook } from './mapLooks.ts';
import type { CountryStatus } from '../data/derive/evidence.ts';

import type { HoverStore } from './hoverStore.ts';
import { STRINGS } from '../strings.ts';

interface Props {
  id: string;
  hover: HoverStore;
  frameWidth: number;
  frameHeight: number;
  looks: ReadonlyMap<string, PlaceLook>;
  measure?: Measure | undefined;
  figures?: ReadonlyMap<string, CountryFigure> | undefined;
  onDetails: (iso3: string) => void;
}

/** Renders nothing until the hover store holds a country. */
export function MapTooltip(props: Props) {
  const state = useSyncExternalStore(props.hover.subscribe, props.hover.get, () => undefined);
  return state ? <TooltipBox {...props} state={state} /> : null;
}

function TooltipBox({ id, hover, state, frameWidth, frameHeight, looks, measure, figures, onDetails }: Props & { state: NonNullable<ReturnType<HoverStore['get']>> }) {
  const model = useModel();
  const look = looks.get(state.iso3);
  const figure = figures?.get(state.iso3);
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 240, height: 90 });
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box && (Math.round(box.width) !== size.width || Math.round(box.height) !== size.height)) setSize({ width: Math.round(box.width), height: Math.round(box.height) });
  });
  const { left, top } = placeTooltip({ x: state.x, y: state.y - 4 }, size, { width: frameWidth, height: Math.max(frameHeight, size.height + 8) });
  const place = model.places.get(state.iso3);
  const evidence = model.evidence.get(state.iso3);
  const status = (look?.status ?? 'none') as CountryStatus;
  return (
    <div ref={ref} className={`map-tooltip${state.pinned ? ' pinned' : ''}`} style={{ left, top }}>
      <div role="tooltip" id={id}>
        <p className="tooltip-name">{place?.name ?? state.iso3}</p>
        {measure ? (
          <p>{figure && look?.bin !== undefined ? `${formatNumber(figure.value)} ${measure.unit}` : STRINGS.map.noFigure}</p>
        ) : (
          <p>
            <span className={`swatch swatch-${status}`} aria-hidden="true" /> {STATUS_LABEL[status]}
          </p>
        )}
        {evidence?.firstReport ? <p className="tooltip-meta">{STRINGS.map.firstReport}: {formatIsoDate(evidence.firstReport.reported)}</p> : null}
        {!state.pinned ? <p className="tooltip-hint">{model.countries.has(state.iso3) ? STRINGS.map.tooltipHintDetails : STRINGS.map.tooltipHint}</p> : null}
      </div>
      {state.pinned ? (
        <div className="tooltip-actions">
          <button type="button" onClick={() => onDetails(state.iso3)}>
            {STRINGS.map.detailsAndSources}
          </button>
          <button type="button" onClick={() => hover.set(undefined)} aria-label={STRINGS.map.closeTooltip(place?.name ?? state.iso3)}>
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
