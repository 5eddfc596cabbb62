/** What afterFirstPaint needs of the window (tests pass their own). */
export type PaintClock = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'> & {
  PerformanceObserver?: typeof PerformanceObserver | undefined;
};

/**
 * Resolves once the page has painted its first content, so that work started afterwards (fetching
 * and running the app's code) cannot delay that paint. It waits at most `maxWaitMs`, because a
 * browser may paint late or never report it: an off-screen cross-origin iframe has its rendering
 * paused, and a browser without the paint timing API waits for the next frame instead.
 */
export function afterFirstPaint(clock: PaintClock, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    let observer: PerformanceObserver | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clock.clearTimeout(timer);
      resolve();
    };
    const timer = clock.setTimeout(finish, maxWaitMs);
    if (maxWaitMs <= 0) return;
    const Observer = clock.PerformanceObserver;
    if (Observer?.supportedEntryTypes?.includes('paint')) {
      const watching = new Observer((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) finish();
      });
      observer = watching;
      // `buffered` also delivers a paint that happened before this script ran.
      watching.observe({ type: 'paint', buffered: true });
    } else {
      clock.requestAnimationFrame(() => clock.setTimeout(finish, 0));
    }
  });
}
