/**
 * The one citation card on the page: which chip it belongs to, where that chip is, and whether a
 * tap pinned it. A store outside React, like the map's hover store, so that hovering a chip
 * re-renders the card alone and not the section around it.
 */
import type { Citation } from '../data/schema.ts';

export interface CardState {
  citation: Citation;
  /** The chip's box in viewport pixels. */
  anchor: { left: number; top: number; width: number; height: number };
  /** Opened by a tap or a click: stays until closed; otherwise it follows hover and focus. */
  pinned: boolean;
  /** The chip, to give focus back when the card closes. */
  chip: HTMLElement;
}

type Listener = () => void;
let state: CardState | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((l) => l());

export const citationCard = {
  get: () => state,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  show(next: CardState) {
    clearTimeout(hideTimer);
    if (state?.pinned && !next.pinned && state.chip !== next.chip) return;
    state = next;
    emit();
  },
  /** Hide after a moment, so the pointer can travel from the chip onto the card (WCAG 1.4.13). */
  hideSoon(chip?: HTMLElement) {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (state && !state.pinned && (!chip || state.chip === chip)) {
        state = undefined;
        emit();
      }
    }, 250);
  },
  keep() {
    clearTimeout(hideTimer);
  },
  close() {
    clearTimeout(hideTimer);
    if (!state) return;
    state = undefined;
    emit();
  },
};
