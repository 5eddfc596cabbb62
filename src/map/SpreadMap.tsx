/**
 * The spread map's one stateful container: layer, time step, selection, keyboard focus, zoom and
 * the hover store. What it draws comes from one pure function (scene.ts); the pieces it renders are
 * stateless, and the pointer and keyboard handling lives in useMapInput.
 */
import { lazy, startTransition, Suspense, useCallback, useEffect, useId, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { MotionToggle } from '../ui/MotionToggle.tsx';
import { useMeasuredWidth } from '../ui/useMeasuredWidth.ts';
import { CountryTable } from './CountryTable.tsx';
import { createHoverStore } from './hoverStore.ts';
import { EVIDENCE_LAYER, mapLayers } from './layers.ts';
import { MapControls, ZoomButtons } from './MapControls.tsx';
import { InsetSpace, insetViewBox, MapInset, showsInset } from './MapInset.tsx';
import { MapLegend } from './MapLegend.tsx';
import { mapSummary } from './mapSummary.ts';
import { MapTooltip } from './MapTooltip.tsx';
import { buildScene, navigablePlaces } from './scene.ts';
import { KeyEvents } from './KeyEvents.tsx';
import { TimeControl } from './TimeControl.tsx';
import { ALL_REPORTS, TIME_STEPS } from './timeSteps.ts';
import { useMapInput } from './useMapInput.ts';
import { fitBox, mapExtent, sameView, zoomViewBox, type ViewBox } from './viewBox.ts';
import { WorldMap } from './WorldMap.tsx';
import './map.css';
import { STRINGS } from '../strings.ts';

// The details panel is needed only once a reader picks a country: its code loads then.
const CountryDetails = lazy(() => import('./CountryDetails.tsx').then((m) => ({ default: m.CountryDetails })));

export interface MapSelection {
  country?: string;
  step: number;
}

interface Props {
  initial: MapSelection;
  /** The section's "How we know", shown in the row of disclosures under the map. */
  notes?: ReactNode;
  /** Called when the selection changes, so the page can keep its URL in step. */
  onSelectionChange?: (selection: MapSelection) => void;
}

export function SpreadMap({ initial, onSelectionChange, notes }: Props) {
  const model = useModel();
  const { world } = model;
  const ids = useId();
  const titleId = `${ids}-title`;
  const descriptionId = `${ids}-description`;
  const tooltipId = `${ids}-tooltip`;
  const summaryId = `${ids}-summary`;

  const summary = useMemo(() => model.dataset.meta.summaries?.map ?? mapSummary(model.evidence.values(), (iso3) => model.places.get(iso3)?.name ?? iso3), [model]);
  const layers = useMemo(() => mapLayers(model), [model]);
  const [layerId, setLayerId] = useState(EVIDENCE_LAYER);
  const [step, setStep] = useState(initial.step);
  const [selected, setSelected] = useState(initial.country);
  const [focused, setFocused] = useState<string | undefined>();
  const [hover] = useState(createHoverStore);
  const extent = useMemo(() => mapExtent(world), [world]);
  const fullView = useMemo<ViewBox>(() => ({ x: 0, y: 0, ...extent }), [extent]);
  const focusBox = useCallback(
    (iso3: string): ViewBox => {
      const shape = world.shapes.find((s) => s.iso3 === iso3);
      if (shape) return fitBox(shape.bbox, extent, 0.6, 160);
      const place = model.places.get(iso3);
      return place?.x !== undefined && place.y !== undefined ? fitBox([place.x, place.y, place.x, place.y], extent, 0, 160) : fullView;
    },
    [world, model, fullView, extent],
  );
  const [viewBox, setViewBox] = useState<ViewBox>(() => (initial.country ? focusBox(initial.country) : fullView));
  const [frameRef, width] = useMeasuredWidth<HTMLDivElement>(1000);
  // Until the map is measured (the prerendered page), phones keep the inset's room (InsetSpace).
  // A transition, like the measured width's: the two land in the same render, so the room is never
  // given up before the inset that fills it is drawn (no layout shift).
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => startTransition(() => setMeasured(true)), []);
  const pxPerUnit = width / viewBox.width;

  const inset = showsInset(width, viewBox, fullView);
  const scene = useMemo(
    () => buildScene(model, { layerId, step, selected, focused }, { viewBox, pxPerUnit }, { labelsElsewhere: inset ? insetViewBox(world) : undefined }),
    [model, world, layerId, step, selected, focused, viewBox, pxPerUnit, inset],
  );
  const navigable = useMemo(() => navigablePlaces(model, scene.dots), [model, scene.dots]);

  useEffect(() => onSelectionChange?.({ step, ...(selected ? { country: selected } : {}) }), [step, selected, onSelectionChange]);

  const { select, mapHandlers } = useMapInput({ model, hover, frameRef, viewBox, pxPerUnit, width, navigable, tabStop: scene.tabStop, selected, setSelected, setFocused });
  const chooseCountry = useCallback(
    (iso3: string) => {
      select(iso3);
      setViewBox(focusBox(iso3));
    },
    [select, focusBox],
  );
  // The region menu shows what the map shows: derived from the view, so zooming, resetting or
  // choosing a country can never leave it naming a region the map has left.
  const regionViews = useMemo(() => world.regions.map((r) => ({ id: r.id, view: fitBox(r.bbox, extent, 0.02) })), [world, extent]);
  const regionId = sameView(viewBox, fullView) ? '' : regionViews.find((r) => sameView(r.view, viewBox))?.id;
  const onRegion = useCallback((id: string) => setViewBox(regionViews.find((r) => r.id === id)?.view ?? fullView), [regionViews, fullView]);
  const onZoom = useCallback((factor: number) => setViewBox((v) => zoomViewBox(v, factor, extent)), [extent]);

  return (
    <div className="spread-map">
      <p id={titleId} className="visually-hidden">
        {STRINGS.map.mapTitle(scene.step.longLabel)}
      </p>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <MapControls layers={layers} layerId={layerId} onLayer={setLayerId} regions={world.regions} regionId={regionId} onRegion={onRegion} onChooseCountry={chooseCountry} />
      <div className="map-and-details">
        <div className="map-frame" ref={frameRef}>
          <WorldMap
            world={world}
            viewBox={viewBox}
            pxPerUnit={pxPerUnit}
            scene={scene}
            layer={scene.measure ? 'measure' : 'evidence'}
            selected={selected}
            hover={hover}
            accessible={{ titleId, descriptionId: `${summaryId} ${descriptionId}`, tooltipId }}
            {...mapHandlers}
          />
          <ZoomButtons onZoom={onZoom} onReset={() => setViewBox(fullView)} canZoomOut={viewBox.width < extent.width} />
          <MapTooltip id={tooltipId} hover={hover} frameWidth={width} frameHeight={viewBox.height * pxPerUnit} looks={scene.looks} measure={scene.measure} figures={scene.figures} onDetails={select} />
        </div>
        {inset ? <MapInset scene={scene} width={width} onPick={chooseCountry} /> : measured ? null : <InsetSpace />}
        {selected ? (
          <Suspense fallback={<p className="country-details" role="status">{STRINGS.states.loadingDetails}</p>}>
            <CountryDetails iso3={selected} onClose={() => select(undefined)} />
          </Suspense>
        ) : null}
      </div>
      <div className="map-side">
        <MapLegend measure={scene.measure} scale={scene.scale} figures={scene.figures} descriptionId={descriptionId} />
        <TimeControl steps={TIME_STEPS} step={step} onStep={setStep} allReports={ALL_REPORTS} />
      </div>
      <div className="map-extras">
        <KeyEvents steps={TIME_STEPS} onStep={setStep} />
        <CountryTable onSelect={chooseCountry} />
        <SectionTools view="map" chartRef={frameRef} />
        <MotionToggle />
        {notes}
      </div>
    </div>
  );
}
