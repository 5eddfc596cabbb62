import { useEffect, type RefObject } from 'react';

/**
 * Hides a chart's tooltip when the reader touches or clicks anywhere outside the chart. A mouse
 * leaving the chart already hides it; a finger never "leaves", so without this a tapped tooltip
 * would stay up while the reader moved on to another chart.
 */
export function useDismissOutside(ref: RefObject<HTMLElement | null>, isOpen: boolean, dismiss: () => void): void {
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) dismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [ref, isOpen, dismiss]);
}
