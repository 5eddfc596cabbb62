/**
 * The one home of a chart's tooltip state: which item it shows, where (an anchor in the chart
 * wrapper's pixels, and the wrapper's size so placeTooltip keeps it inside), and whether the
 * keyboard opened it (then a mouse leaving the chart does not close it). It closes when the reader
 * touches outside the chart (a finger never "leaves"). The trusts, cost and payment charts use it.
 */
import { useCallback, useRef, useState } from 'react';
import type { Anchor, Size } from '../ui/placeTooltip.ts';
import { useDismissOutside } from './useDismissOutside.ts';

export interface ActiveTooltip {
  index: number;
  anchor: Anchor;
  bounds: Size;
  byKeyboard: boolean;
}

export function useChartTooltip() {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<ActiveTooltip | null>(null);
  const hide = useCallback(() => setActive(null), []);
  useDismissOutside(wrapperRef, active !== null, hide);
  /** Shows item `index` at `anchor`, given in the wrapper's pixels (or computed from the wrapper's box). */
  const show = useCallback((index: number, anchor: Anchor | ((wrapper: DOMRect) => Anchor | undefined), byKeyboard: boolean) => {
    const wrapper = wrapperRef.current?.getBoundingClientRect();
    if (!wrapper) return;
    const at = typeof anchor === 'function' ? anchor(wrapper) : anchor;
    if (at) setActive({ index, anchor: at, bounds: { width: wrapper.width, height: wrapper.height }, byKeyboard });
  }, []);
  /** Shows item `index` above `element` (a bar, a square): the trusts and cost charts. */
  const showAbove = useCallback((index: number, element: Element, byKeyboard: boolean) => show(index, anchorAbove(element), byKeyboard), [show]);
  /** A mouse left the chart: a tooltip the keyboard opened stays. */
  const pointerLeft = useCallback(() => setActive((a) => (a?.byKeyboard ? a : null)), []);
  /** Focus left item `index`: its tooltip closes. */
  const blurred = useCallback((index: number) => setActive((a) => (a?.index === index ? null : a)), []);
  return { wrapperRef, active, show, showAbove, hide, pointerLeft, blurred };
}

/** An anchor at the top centre of an element, in its chart wrapper's pixels. */
const anchorAbove = (element: Element) => (wrapper: DOMRect): Anchor => {
  const box = element.getBoundingClientRect();
  return { x: box.left - wrapper.left + box.width / 2, y: box.top - wrapper.top, height: box.height };
};
