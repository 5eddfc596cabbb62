/**
 * The one sizing hook: the width of an element, from a ResizeObserver. It returns `fallback`
 * on the server and on the first client render, so hydration matches the prerendered HTML, then
 * the measured width.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (w: number) => setWidth((previous) => (Math.abs(previous - w) >= 1 ? Math.round(w) : previous));
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
