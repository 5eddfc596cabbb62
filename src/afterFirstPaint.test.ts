import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintClock } from './afterFirstPaint.ts';

/** A PerformanceObserver that reports the paint entries a test gives it. */
function fakeObserver() {
  const watchers: Array<{ report: (names: string[]) => void; disconnected: boolean }> = [];
  class Observer {
    static supportedEntryTypes = ['paint', 'longtask'];
    watcher;
    constructor(callback: (list: { getEntries: () => Array<{ name: string }> }) => void) {
      this.watcher = { report: (names: string[]) => callback({ getEntries: () => names.map((name) => ({ name })) }), disconnected: false };
      watchers.push(this.watcher);
    }
    observe() {}
    disconnect() {
      this.watcher.disconnected = true;
    }
  }
  return { Observer: Observer as unknown as typeof PerformanceObserver, paint: (...names: string[]) => watchers.forEach((w) => w.report(names)), watchers };
}

describe('afterFirstPaint()', () => {
  let frames: Array<() => void>;
  let clock: PaintClock;
  const settled = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => (state.done = true));
    return state;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    clock = { setTimeout, clearTimeout, requestAnimationFrame: (f: FrameRequestCallback) => frames.push(() => f(0)) };
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the first contentful paint, not any paint, and stops watching', async () => {
    const { Observer, paint, watchers } = fakeObserver();
    const state = settled(afterFirstPaint({ ...clock, PerformanceObserver: Observer }, 1500));
    paint('first-paint');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.done).toBe(false);
    paint('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
    expect(watchers[0]!.disconnected).toBe(true);
  });
  it('gives up waiting after the longest wait (a paused off-screen frame never paints)', async () => {
    const { Observer } = fakeObserver();
    const state = settled(afterFirstPaint({ ...clock, PerformanceObserver: Observer }, 1500));
    await vi.advanceTimersByTimeAsync(1499);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
  });
  it('waits for the next frame where paint timing is missing', async () => {
    const state = settled(afterFirstPaint({ ...clock, PerformanceObserver: undefined }, 1500));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.done).toBe(false);
    frames.forEach((frame) => frame());
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
  });
  it('does not wait at all when there is nothing to paint first', async () => {
    const { Observer, watchers } = fakeObserver();
    const state = settled(afterFirstPaint({ ...clock, PerformanceObserver: Observer }, 0));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
    expect(watchers).toHaveLength(0);
  });
});
