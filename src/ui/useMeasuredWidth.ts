/**
 * The one sizing hook (map and charts): the width of the element the ref is attached to, in CSS
 * pixels, kept up to date by a ResizeObserver. Everything below it receives a plain width.
 *
 * The page is prerendered, and the first client render must equal the server's, so both start
 * from DEFAULT_CHART_WIDTH; the real width is measured in a layout effect. The re-layout it causes
 * is a transition: until it is ready the reader keeps seeing the prerendered layout (which they
 * have been seeing all along), and the main thread is never held for the whole re-layout (the map's
 * was a 50 ms task on a phone, right after hydrating). Where ResizeObserver does not exist (the
 * server, jsdom) the default stays.
 */
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const DEFAULT_CHART_WIDTH = 640;

/** Below this a chart cannot lay out legibly; narrower containers scale the SVG down instead. */
const MIN_WIDTH = 240;

export function useMeasuredWidth<T extends HTMLElement>(initial = DEFAULT_CHART_WIDTH): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (measured: number) => {
      // Whole pixels: sub-pixel jitter while a page reflows must not re-lay out every chart.
      if (measured > 0) startTransition(() => setWidth(Math.max(MIN_WIDTH, Math.round(measured))));
    };
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
