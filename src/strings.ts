/**
 * The interface's words for readers, in one place: controls, labels, states and the names a
 * screen reader hears. Data text (titles, claims, quotes) comes from the dataset, and the prose of
 * the sections' ledes lives with the section that builds it from figures. Numbers and dates go
 * through format/format.ts, written for LOCALE. To localise the graphic, give this module,
 * format/format.ts and LOCALE another language.
 */
export const LOCALE = 'en-GB';

export const STRINGS = {
  states: {
    loading: 'Loading the graphic…',
    loadingSection: 'Loading this section…',
    loadingDetails: 'Loading the details…',
    loadingInteractive: 'Loading the interactive graphic…',
    failed: 'The interactive graphic could not be loaded.',
    failedSnapshot: 'The interactive graphic could not be loaded. Below is the copy saved when it was published; the controls will not work until the data loads.',
    failedUnknown: 'Something went wrong while loading the graphic.',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  map: {
    show: 'Show',
    anyReport: 'Any public report',
    zoomTo: 'Zoom to',
    world: 'World',
    otherView: 'Zoomed in',
    findCountry: 'Find a country',
    findPlaceholder: 'e.g. Spain, BRA',
    zoomGroup: 'Zoom the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show the whole world',
    mapTitle: (when: string) => `World map of public reports of WannaCry, ${when}`,
    europe: 'Europe',
    countriesTable: 'Countries table',
    tableScrolls: 'Countries table, scrolls sideways on small screens',
    detailsAndSources: 'Details and sources',
    closeTooltip: (name: string) => `Close the tooltip for ${name}`,
    closeDetails: (name: string) => `Close the details for ${name}`,
    tooltipHintDetails: 'Click or press Enter for every figure and source',
    tooltipHint: 'Click or press Enter for details',
    noFigure: 'No published figure (not zero)',
    firstReport: 'First public report',
    legendEvidence: 'Strongest public evidence of WannaCry in each country (not how many computers it hit)',
  },
  time: {
    date: 'Date',
    play: 'Play the spread hour by hour, then day by day',
    pause: 'Pause',
    previous: (unit: string) => `Previous ${unit}`,
    next: (unit: string) => `Next ${unit}`,
    allReports: 'All reports, including later ones',
    keyEvents: 'Key events',
    noWorldCount: 'No worldwide count had been published yet.',
    latestWorldCount: 'Latest worldwide count',
    worldCountByThen: 'Worldwide count by then',
  },
  tools: {
    menu: 'Download or share',
    summary: 'Download',
    csv: 'Data (CSV)',
    json: 'Data (JSON)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    copyLink: 'Copy link to this view',
    linkCopied: 'Link copied',
    /** The source line a downloaded or shared image carries. */
    imageSources: (count: number, updated: string) => `Sources: ${count} public sources, listed in the graphic · data updated ${updated}`,
    animation: (on: boolean) => `Animation ${on ? 'on' : 'off'}`,
  },
  citation: {
    openSource: 'Open the source',
    copyRead: 'the copy we read',
    close: 'Close',
    undated: 'undated',
    sourceOf: (publisher: string) => `Source: ${publisher}`,
  },
  howWeKnow: 'How we know',
  asAPage: (what: string) => `${what} as a page`,
  worksWithoutJs: ' (it works without JavaScript).',
} as const;
