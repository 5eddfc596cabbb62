/**
 * The graphic's views, in one place: what each is called, which sections it shows, and how an
 * embed of it is sized before it reports its own height. The app, the prerender, the static
 * fallbacks, the downloads and the embed codes all read this registry; adding a view means adding
 * an entry here (and, for a new section, the section itself).
 */
export const VIEW_IDS = ['story', 'map', 'nhs', 'ransom', 'sources'] as const;
export type View = (typeof VIEW_IDS)[number];

/** The story's sections in reading order; each view shows a subset, in this order. */
export const SECTION_IDS = ['spread', 'nhs', 'ransom', 'attribution', 'sources'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ViewSpec {
  id: View;
  /** The title hosts, social cards and downloads show for the view. */
  title: string;
  sections: readonly SectionId[];
  /**
   * The iframe height to use before the graphic reports its own (or for good, where a host strips
   * scripts), measured on the built embed page at 600 px wide: a little too tall beats cut off.
   */
  fallbackHeight: number;
}

export const VIEWS: Readonly<Record<View, ViewSpec>> = {
  story: { id: 'story', title: 'WannaCry, May 2017: the full story', sections: SECTION_IDS, fallbackHeight: 4200 },
  map: { id: 'map', title: 'WannaCry, May 2017: where it was reported', sections: ['spread'], fallbackHeight: 1500 },
  nhs: { id: 'nhs', title: "WannaCry, May 2017: what it did to England's NHS", sections: ['nhs'], fallbackHeight: 2600 },
  ransom: { id: 'ransom', title: 'WannaCry, May 2017: the ransom payments', sections: ['ransom'], fallbackHeight: 1500 },
  sources: { id: 'sources', title: 'WannaCry, May 2017: sources and methods', sections: ['sources'], fallbackHeight: 2400 },
};

/** The page prerendered with this view alone and no page chrome, which embed codes point at. */
export const embedPageFile = (view: View) => `embed-${view}.html`;

export const viewShows = (view: View, section: SectionId) => VIEWS[view].sections.includes(section);
