/**
 * The sections after the map, by name. In the browser they are lazy (code loads as the reader
 * nears them, see lazyWhenVisible); the server renders them eagerly, inside the same Suspense
 * boundaries, so the prerendered HTML holds them in full and hydrates boundary by boundary.
 */
import { createContext, useContext, type ComponentType } from 'react';
import { lazyWhenVisible } from '../ui/lazyWhenVisible.ts';
import { SECTION_IDS, type SectionId } from '../views.ts';

export type LaterSectionId = Exclude<SectionId, 'spread'>;
/** The sections after the map, in reading order (each section's element id is its name). */
export const LATER_SECTION_IDS = SECTION_IDS.filter((id): id is LaterSectionId => id !== 'spread');

/** `expanded`: the section is its own view, not embedded; the sources section then opens its lists. */
export type SectionComponents = Record<LaterSectionId, ComponentType<{ expanded?: boolean }>>;

export const LAZY_SECTIONS: SectionComponents = {
  nhs: lazyWhenVisible('nhs', () => import('./NhsSection.tsx').then((m) => m.NhsSection)),
  ransom: lazyWhenVisible('ransom', () => import('./RansomSection.tsx').then((m) => m.RansomSection)),
  attribution: lazyWhenVisible('attribution', () => import('./AttributionSection.tsx').then((m) => m.AttributionSection)),
  sources: lazyWhenVisible('sources', () => import('./SourcesSection.tsx').then((m) => m.SourcesSection)),
};

export const SectionsContext = createContext<SectionComponents>(LAZY_SECTIONS);
export const useSections = () => useContext(SectionsContext);
