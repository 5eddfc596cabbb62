/**
 * Pointer and keyboard input on the map, in one hook: hover (mouse) fills the hover store, a tap
 * pins the tooltip, a click or Enter selects, arrow keys move between places, Escape closes the
 * tooltip and then the details. The hover store is the one place the tooltip's state lives.
 */
import { useCallback, useEffect, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Model } from '../data/model.ts';
import type { HoverStore } from './hoverStore.ts';
import { nextPlace, type Direction } from './navigation.ts';
import type { ViewBox } from './viewBox.ts';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface Options {
  model: Model;
  hover: HoverStore;
  frameRef: RefObject<HTMLDivElement | null>;
  viewBox: ViewBox;
  pxPerUnit: number;
  width: number;
  navigable: ReadonlyArray<{ iso3: string; x: number; y: number }>;
  tabStop: string;
  selected: string | undefined;
  setSelected: (iso3: string | undefined) => void;
  setFocused: (iso3: string | undefined) => void;
}

/** The place (or map label) under an event's target. */
export const placeOf = (target: EventTarget) => {
  const el = (target as Element).closest('[data-iso3], [data-label-for]');
  return el?.getAttribute('data-iso3') ?? el?.getAttribute('data-label-for') ?? undefined;
};

export function useMapInput({ model, hover, frameRef, viewBox, pxPerUnit, width, navigable, tabStop, selected, setSelected, setFocused }: Options) {
  const hideTooltip = useCallback(() => hover.set(undefined), [hover]);
  const select = useCallback(
    (iso3: string | undefined) => {
      setSelected(iso3);
      hideTooltip();
    },
    [setSelected, hideTooltip],
  );

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

  const framePoint = (e: PointerEvent) => {
    const frame = frameRef.current!.getBoundingClientRect();
    return { x: e.clientX - frame.left, y: e.clientY - frame.top };
  };
  const anchorOf = (iso3: string) => {
    const place = model.places.get(iso3);
    return place?.x !== undefined && place.y !== undefined ? { x: (place.x - viewBox.x) * pxPerUnit, y: (place.y - viewBox.y) * pxPerUnit } : { x: width / 2, y: 40 };
  };

  const mapHandlers = {
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
      if (e.pointerType !== 'mouse' || hover.get()?.pinned) return;
      const iso3 = placeOf(e.target);
      hover.set(iso3 ? { iso3, ...framePoint(e), pinned: false } : undefined);
    },
    onPointerLeave: () => {
      const state = hover.get();
      if (!state?.pinned && !state?.keyboard) hover.set(undefined);
    },
    onPointerUp: (e: PointerEvent<SVGSVGElement>) => {
      const iso3 = placeOf(e.target);
      if (!iso3) return;
      if (e.pointerType === 'mouse') return select(iso3);
      // Touch and pen: a tap pins the tooltip, with a close button and a way to the details.
      hover.set({ iso3, ...framePoint(e), pinned: true });
    },
    onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => {
      const direction = ARROWS[e.key];
      if (direction) {
        e.preventDefault();
        const here = navigable.find((p) => p.iso3 === tabStop);
        const next = here && nextPlace(here, direction, navigable);
        if (next) {
          setFocused(next.iso3);
          (frameRef.current?.querySelector(`[data-iso3="${next.iso3}"]`) as SVGElement | null)?.focus();
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select(tabStop);
      }
    },
    /** `keyboard` is true when focus came from the keyboard (:focus-visible), not a click. */
    onFocusPlace: (iso3: string, keyboard: boolean) => {
      setFocused(iso3);
      if (keyboard) hover.set({ iso3, ...anchorOf(iso3), pinned: false, keyboard: true });
    },
  };
  return { select, mapHandlers };
}
