/**
 * Sections below the first screen load their code only when the reader scrolls near them. On a
 * prerendered page their HTML is already there (readable, links working); React leaves it as it
 * is until the code arrives, then hydrates it. Rendered from scratch (no prerendered element to
 * watch), they load at once.
 */
import { lazy, type ComponentType } from 'react';

/** Starts loading this far before the section enters the viewport. */
// Close enough that a scrolling reader never waits, far enough that a short first screen does not
// pull in (and hydrate) every section at once on a phone.
const MARGIN = '300px 0px';

export function whenNear(id: string): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  const element = document.getElementById(id);
  if (!element) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
  });
}

export function lazyWhenVisible<P extends object>(id: string, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    await whenNear(id);
    return { default: await load() };
  });
}
