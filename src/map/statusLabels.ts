import type { CountryStatus } from '../data/derive/evidence.ts';

/** How each status is named in the legend, tooltips, table and screen-reader labels. */
export const STATUS_LABEL: Record<CountryStatus, string> = {
  'named-victim': 'Named victim organisation',
  'published-count': 'Published count',
  reported: 'Reported (statement, ranking or map)',
  denial: 'Only an official denial',
  none: 'No public report found',
};

export const STATUS_SHORT: Record<CountryStatus, string> = {
  'named-victim': 'named victim',
  'published-count': 'published count',
  reported: 'reported',
  denial: 'denial only',
  none: 'no report found',
};

/** The legend's names, short enough for two or three a line on a phone. */
export const STATUS_LEGEND: Record<CountryStatus, string> = {
  'named-victim': 'Named victim',
  'published-count': 'Published count',
  reported: 'Statement, ranking or map',
  denial: 'Denial only',
  none: 'No report found',
};
