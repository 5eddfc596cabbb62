/**
 * The sections after the map, by name. In the browser they are lazy (code loads as the reader
 * nears them, see lazyWhenVisible); the server renders them eagerly, inside the same Suspense
 * boundaries, so the prerendered HTML holds them in full and hydrates boundary by boundary.
 */
import { createContext, useContext, type ComponentType } from 'react';
import { lazyWhenVisible } from '../ui/lazyWhenVisible.ts';

export interface SectionComponents {
  Nhs: ComponentType;
  Ransom: ComponentType;
  Attribution: ComponentType;
  Sources: ComponentType<{ expanded?: boolean }>;
}

export const LAZY_SECTIONS: SectionComponents = {
  Nhs: lazyWhenVisible('nhs', () => import('./NhsSection.tsx').then((m) => m.NhsSection)),
  Ransom: lazyWhenVisible('ransom', () => import('./RansomSection.tsx').then((m) => m.RansomSection)),
  Attribution: lazyWhenVisible('attribution', () => import('./AttributionSection.tsx').then((m) => m.AttributionSection)),
  Sources: lazyWhenVisible<{ expanded?: boolean }>('sources', () => import('./SourcesSection.tsx').then((m) => m.SourcesSection)),
};

export const SectionsContext = createContext<SectionComponents>(LAZY_SECTIONS);
export const useSections = () => useContext(SectionsContext);
