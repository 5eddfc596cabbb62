/**
 * A visible switch for motion. It starts from the reader's system setting
 * (prefers-reduced-motion) and, when off, stops every transition and animation on the page by
 * marking <html> (like the theme, the attribute lives outside the React tree).
 */
import { useEffect, useState } from 'react';
import { useReducedMotion } from './useReducedMotion.ts';
import { STRINGS } from '../strings.ts';

export function MotionToggle() {
  const systemReduced = useReducedMotion();
  const [choice, setChoice] = useState<boolean | undefined>(undefined);
  const reduced = choice ?? systemReduced;
  useEffect(() => {
    document.documentElement.toggleAttribute('data-reduce-motion', reduced);
  }, [reduced]);
  return (
    <button type="button" className="motion-toggle" aria-pressed={!reduced} onClick={() => setChoice(!reduced)}>
      {STRINGS.tools.animation(!reduced)}
    </button>
  );
}
