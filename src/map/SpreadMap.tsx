/**
 * The spread map's one stateful container: layer, time step, selection, keyboard focus, tooltip
 * and zoom. Everything it draws comes from pure functions (mapLooks, layers, viewBox,
 * navigation); the pieces it renders are stateless.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useModel } from '../ui/ModelContext.tsx';
import { useMeasuredWidth } from '../ui/useMeasuredWidth.ts';
import { CountryTable } from './CountryTable.tsx';
import { SectionTools } from '../downloads/SectionTools.tsx';
import { EVIDENCE_LAYER, layerFigures, mapLayers } from './layers.ts';
import { MapControls, ZoomControls } from './MapControls.tsx';
import { MapLegend } from './MapLegend.tsx';
import { layerScale, placeLooks } from './mapLooks.ts';
import { MapTooltip } from './MapTooltip.tsx';
import { mapSummary } from './mapSummary.ts';
import { createHoverStore } from './hoverStore.ts';
import { nextPlace, type Direction } from './navigation.ts';
import { TimeControl } from './TimeControl.tsx';
import { ALL_REPORTS, TIME_STEPS } from './timeSteps.ts';
import { fitBox, zoomViewBox, type ViewBox } from './viewBox.ts';
import type { World } from '../geo/world.ts';
import { WorldMap } from './WorldMap.tsx';
import './map.css';

// The details panel is needed only once a reader picks a country: its code loads then.
const CountryDetails = lazy(() => import('./CountryDetails.tsx').then((m) => ({ default: m.CountryDetails })));

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface MapSelection {
  country?: string;
  step: number;
}

interface Props {
  initial: MapSelection;
  /** Called when the selection changes, so the page can keep its URL in step. */
  onSelectionChange?: (selection: MapSelection) => void;
}

export function SpreadMap({ initial, onSelectionChange }: Props) {
  const model = useModel();
  const { world } = model;
  const ids = useId();
  const titleId = `${ids}-title`;
  const descriptionId = `${ids}-description`;
  const tooltipId = `${ids}-tooltip`;
  const summaryId = `${ids}-summary`;

  const steps = TIME_STEPS;
  const summary = useMemo(
    () => model.dataset.meta.summaries?.map ?? mapSummary(model.evidence.values(), (iso3) => model.places.get(iso3)?.name ?? iso3),
    [model],
  );
  const layers = useMemo(() => mapLayers(model), [model]);
  const [layerId, setLayerId] = useState(EVIDENCE_LAYER);
  const [step, setStep] = useState(initial.step);
  const [selected, setSelected] = useState(initial.country);
  const [focused, setFocused] = useState<string | undefined>();
  // Hover is not React state here (see hoverStore.ts); only a keyboard tooltip is, for aria-describedby.
  const [hover] = useState(createHoverStore);
  const [keyboardTip, setKeyboardTip] = useState(false);
  const fullView = useMemo<ViewBox>(() => ({ x: 0, y: 0, width: world.width, height: world.height }), [world]);
  const [viewBox, setViewBox] = useState<ViewBox>(() => (initial.country ? focusBox(initial.country) : fullView));
  const [frameRef, width] = useMeasuredWidth<HTMLDivElement>(1000);
  const pxPerUnit = width / viewBox.width;

  function focusBox(iso3: string): ViewBox {
    const shape = world.shapes.find((s) => s.iso3 === iso3);
    if (shape) return fitBox(shape.bbox, world, 0.6, 160);
    const place = model.places.get(iso3);
    return place?.x !== undefined && place.y !== undefined ? fitBox([place.x, place.y, place.x, place.y], world, 0, 160) : fullView;
  }

  const at = steps[step]!.at;
  const measure = layers.find((m) => m.id === layerId);
  const figures = useMemo(() => (measure ? layerFigures(model, measure.id) : undefined), [model, measure]);
  const scale = useMemo(() => (figures ? layerScale(figures) : undefined), [figures]);
  const looks = useMemo(
    () => placeLooks(model, at, measure && figures && scale ? { kind: 'measure', figures, scale, unit: measure.unit } : { kind: 'evidence' }),
    [model, at, measure, figures, scale],
  );
  // Dots: small places with any record, plus whatever the reader has picked.
  const dots = useMemo(() => {
    const set = new Set<string>();
    for (const d of world.dots) if (model.countries.has(d.iso3) || d.iso3 === selected || d.iso3 === focused) set.add(d.iso3);
    return set;
  }, [world, model, selected, focused]);
  const markers = useMemo(
    () => (measure ? [] : world.shapes.filter((s) => looks.get(s.iso3)?.status === 'named-victim').map(({ iso3, x, y }) => ({ iso3, x, y }))),
    [measure, world, looks],
  );
  // Keyboard: the map is one tab stop; arrows move among the places drawn.
  const navigable = useMemo(
    () => [...world.shapes.map(({ iso3, x, y }) => ({ iso3, x, y })), ...world.dots.filter((d) => dots.has(d.iso3)).map(({ iso3, x, y }) => ({ iso3, x, y }))],
    [world, dots],
  );
  const firstReported = useMemo(
    () => [...model.evidence.values()].filter((e) => e.firstReport && model.places.get(e.iso3)?.kind === 'shape').sort((a, b) => a.firstReport!.at - b.firstReport!.at)[0]?.iso3,
    [model],
  );
  const tabStop = focused ?? selected ?? firstReported ?? world.shapes[0]!.iso3;

  useEffect(() => onSelectionChange?.({ step, ...(selected ? { country: selected } : {}) }), [step, selected, onSelectionChange]);

  const toFramePoint = useCallback(
    (x: number, y: number) => ({ x: (x - viewBox.x) * pxPerUnit, y: (y - viewBox.y) * pxPerUnit }),
    [viewBox, pxPerUnit],
  );
  const anchorOf = (iso3: string) => {
    const place = model.places.get(iso3);
    return place?.x !== undefined && place.y !== undefined ? toFramePoint(place.x, place.y) : { x: width / 2, y: 40 };
  };

  const hideTooltip = useCallback(() => {
    hover.set(undefined);
    setKeyboardTip(false);
  }, [hover]);
  const select = useCallback(
    (iso3: string | undefined) => {
      setSelected(iso3);
      hideTooltip();
    },
    [hideTooltip],
  );

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.pointerType !== 'mouse' || hover.get()?.pinned) return;
    const iso3 = (e.target as Element).closest('[data-iso3]')?.getAttribute('data-iso3') ?? undefined;
    if (!iso3) return hover.set(undefined);
    const frame = frameRef.current!.getBoundingClientRect();
    hover.set({ iso3, x: e.clientX - frame.left, y: e.clientY - frame.top, pinned: false });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const iso3 = (e.target as Element).closest('[data-iso3]')?.getAttribute('data-iso3') ?? undefined;
    if (!iso3) return;
    if (e.pointerType === 'mouse') return select(iso3);
    // Touch and pen: a tap pins the tooltip, with a close button and a way to the details.
    const frame = frameRef.current!.getBoundingClientRect();
    hover.set({ iso3, x: e.clientX - frame.left, y: e.clientY - frame.top, pinned: true });
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const current = tabStop;
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      const here = navigable.find((p) => p.iso3 === current);
      const next = here && nextPlace(here, direction, navigable);
      if (next) {
        setFocused(next.iso3);
        (frameRef.current?.querySelector(`[data-iso3="${next.iso3}"]`) as SVGElement | null)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(current);
    } else if (e.key === 'Escape') {
      hideTooltip();
    }
  };
  const onFocusPlace = (iso3: string, keyboard: boolean) => {
    setFocused(iso3);
    if (!keyboard) return;
    hover.set({ iso3, ...anchorOf(iso3), pinned: false, keyboard: true });
    setKeyboardTip(true);
  };

  // Escape closes the tooltip first, then the details panel, wherever focus is.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (hover.get()) hideTooltip();
      else if (selected) select(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hover, hideTooltip, select, selected]);

  const chooseCountry = useCallback(
    (iso3: string) => {
      select(iso3);
      setViewBox(focusBox(iso3));
    },
    // focusBox reads only the world and the model, both fixed for the life of the map.
    [select, world, model],
  );
  const onRegion = useCallback((bbox: World['regions'][number]['bbox'] | undefined) => setViewBox(bbox ? fitBox(bbox, world, 0.02) : fullView), [world, fullView]);
  const onZoom = useCallback((factor: number) => setViewBox((v) => zoomViewBox(v, factor, world)), [world]);

  return (
    <div className="spread-map">
      <p id={titleId} className="visually-hidden">
        World map of public reports of WannaCry, {steps[step]!.longLabel}
      </p>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <MapControls layers={layers} layerId={layerId} onLayer={setLayerId} onChooseCountry={chooseCountry} />
      <div className="map-and-details">
        <div className="map-frame" ref={frameRef}>
          <WorldMap
            world={world}
            titleId={titleId}
            descriptionId={`${summaryId} ${descriptionId}`}
            viewBox={viewBox}
            pxPerUnit={pxPerUnit}
            looks={looks}
            layer={measure ? 'measure' : 'evidence'}
            dots={dots}
            markers={markers}
            tabStop={tabStop}
            selected={selected}
            hover={hover}
            describedBy={keyboardTip && focused ? { iso3: focused, id: tooltipId } : undefined}
            onPointerMove={onPointerMove}
            onPointerLeave={() => !hover.get()?.pinned && !hover.get()?.keyboard && hover.set(undefined)}
            onPointerUp={onPointerUp}
            onKeyDown={onKeyDown}
            onFocusPlace={onFocusPlace}
          />
          <MapTooltip id={tooltipId} hover={hover} frameWidth={width} frameHeight={viewBox.height * pxPerUnit} looks={looks} measure={measure} figures={figures} onDetails={select} />
        </div>
        {selected ? (
          <Suspense fallback={<p className="country-details" role="status">Loading the details…</p>}>
            <CountryDetails iso3={selected} onClose={() => select(undefined)} />
          </Suspense>
        ) : null}
      </div>
      <ZoomControls regions={world.regions} onRegion={onRegion} onZoom={onZoom} canZoomOut={viewBox.width < world.width} />
      <MapLegend measure={measure} scale={scale} descriptionId={descriptionId} />
      <TimeControl steps={steps} step={step} onStep={setStep} allReports={ALL_REPORTS} />
      <CountryTable onSelect={chooseCountry} />
      <SectionTools view="map" chartRef={frameRef} />
    </div>
  );
}
