/**
 * The tooltip's state lives outside React state: a pointer move updates this store, and only the
 * tooltip and the highlight re-render (not the map's 175 shapes, the legend or the table). This
 * is what keeps hover-to-tooltip within a frame or two on a slow phone.
 */
export interface TooltipState {
  iso3: string;
  /** Anchor in frame pixels. */
  x: number;
  y: number;
  pinned: boolean;
  /** Shown because a country has keyboard focus. */
  keyboard?: boolean;
}

export interface HoverStore {
  get: () => TooltipState | undefined;
  set: (next: TooltipState | undefined) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createHoverStore(): HoverStore {
  let state: TooltipState | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      if (next === state || (next && state && next.iso3 === state.iso3 && next.x === state.x && next.y === state.y && next.pinned === state.pinned)) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
