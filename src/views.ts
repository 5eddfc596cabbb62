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
   * The embed page's height at four widths, measured on the built page (`npm run measure`) and
   * kept true by a browser test (e2e/embed.spec.ts): the starting heights of the embed codes.
   */
  heights: Readonly<Record<EmbedWidth, number>>;
}

export const EMBED_WIDTHS = [320, 375, 600, 1000] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];

export const VIEWS: Readonly<Record<View, ViewSpec>> = {
  story: { id: 'story', title: 'WannaCry, May 2017: the full story', sections: SECTION_IDS, heights: { 320: 8768, 375: 7721, 600: 5969, 1000: 5131 } },
  map: { id: 'map', title: 'WannaCry, May 2017: where it was reported', sections: ['spread'], heights: { 320: 927, 375: 895, 600: 723, 1000: 515 } },
  nhs: { id: 'nhs', title: "WannaCry, May 2017: what it did to England's NHS", sections: ['nhs'], heights: { 320: 2106, 375: 1726, 600: 1397, 1000: 1211 } },
  ransom: { id: 'ransom', title: 'WannaCry, May 2017: the ransom payments', sections: ['ransom'], heights: { 320: 1275, 375: 1195, 600: 1023, 1000: 954 } },
  sources: { id: 'sources', title: 'WannaCry, May 2017: sources and methods', sections: ['sources'], heights: { 320: 3984, 375: 3411, 600: 2421, 1000: 2041 } },
};

/**
 * The height an iframe starts at before the graphic reports its own, and keeps where a host strips
 * scripts: the height on the narrowest phone (320 px), so that no reader's copy is cut off; wider
 * pages show some space below until the height message arrives.
 */
export const fallbackHeight = (view: View) => VIEWS[view].heights[320];

/** The page prerendered with this view alone and no page chrome, which embed codes point at. */
export const embedPageFile = (view: View) => `embed-${view}.html`;

export const viewShows = (view: View, section: SectionId) => VIEWS[view].sections.includes(section);
