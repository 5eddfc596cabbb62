/**
 * The page's state in its URL, in one place: reading the configuration (the public contract's
 * parameters, docs/contract.md), writing the map's state back as the reader moves it, and the
 * link a reader shares. Parsing never throws: an unknown or malformed value falls back to its
 * default, because a mistyped embed code must still show a working graphic.
 */
import { ISO3_CODES } from '../data/iso3.generated.ts';
import { VIEW_IDS, type View } from '../views.ts';

export type { View } from '../views.ts';
import { readThemeParam, type Theme } from './theme.ts';

export interface Config {
  view: View;
  embed: boolean;
  theme: Theme;
  /** ISO 3166-1 alpha-3, upper case. */
  country?: string;
  /**
   * The time-control position, normalised: a day ("2017-05-13", meaning as of its end) or a UTC
   * minute ("2017-05-12T15:00Z").
   */
  date?: string;
  /** pym.js child id, echoed in its height messages. */
  childId?: string;
  initialWidth?: number;
}

export const DEFAULT_CONFIG: Config = { view: 'story', embed: false, theme: 'auto' };

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (values as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as T) : fallback;

// ISO 8601 date or UTC date-time (a trailing Z or offset is required for times, so that a link
// means the same moment everywhere).
const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseDate(value: string | null): string | undefined {
  if (!value || !DATE_RE.test(value)) return undefined;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // A day stays a day; a time becomes its UTC minute (offsets are applied, seconds dropped).
  return value.length === 10 ? (iso.slice(0, 10) === value ? value : undefined) : `${iso.slice(0, 16)}Z`;
}

export function parseConfig(search: string): Config {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_CONFIG };
  }
  const config: Config = {
    view: oneOf(VIEW_IDS, params.get('view'), DEFAULT_CONFIG.view),
    embed: params.get('embed') === '1' || params.get('embed') === 'true',
    theme: readThemeParam(search),
  };
  const country = params.get('country')?.trim().toUpperCase();
  if (country && ISO3_CODES.has(country)) config.country = country;
  const date = parseDate(params.get('date'));
  if (date !== undefined) config.date = date;
  const childId = params.get('childId');
  // pym echoes the id inside its message string; keep it to characters that cannot break that format.
  if (childId && /^[\w-]{1,64}$/.test(childId)) config.childId = childId;
  const initialWidth = Number(params.get('initialWidth'));
  if (Number.isFinite(initialWidth) && initialWidth > 0 && initialWidth < 10000) config.initialWidth = initialWidth;
  return config;
}

/** The query string for a config, with defaults omitted (for "copy link" and history). */
export function serializeConfig(config: Config): string {
  const params: Array<[string, string]> = [];
  if (config.view !== DEFAULT_CONFIG.view) params.push(['view', config.view]);
  if (config.embed) params.push(['embed', '1']);
  if (config.theme !== DEFAULT_CONFIG.theme) params.push(['theme', config.theme]);
  if (config.country) params.push(['country', config.country]);
  if (config.date !== undefined) params.push(['date', config.date]);
  if (config.childId) params.push(['childId', config.childId]);
  // Colons stay readable in a shared link ("date=2017-05-12T15:00Z"); RFC 3986 allows them in a query.
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%3A/g, ':')}`).join('&');
  return query ? `?${query}` : '';
}

/** Keeps the address bar in step with the map (country and time), without a history entry per move. */
export function writeMapState(config: Config, map: { country?: string | undefined; date?: string | undefined }, location: Location = window.location): void {
  const next: Config = { ...config };
  delete next.country;
  delete next.date;
  if (map.country) next.country = map.country;
  if (map.date) next.date = map.date;
  window.history.replaceState(window.history.state, '', `${location.pathname}${serializeConfig(next)}${location.hash}`);
}

/**
 * The link a reader shares: the full page (never the chrome-less embed page a reader may be
 * looking at inside an iframe) showing this view in its current state.
 */
export function shareLink(view: View, href: string): string {
  const current = parseConfig(new URL(href).search);
  const link: Config = { view, embed: false, theme: 'auto' };
  if (current.country) link.country = current.country;
  if (current.date) link.date = current.date;
  return new URL(`./${serializeConfig(link)}`, href).href;
}
