/**
 * The files journalists edit in data/, and how each becomes part of the published dataset.
 * Tabular parts are CSV (opens in any spreadsheet); the rest is JSON with a JSON Schema for
 * editor autocompletion. Column names are snake_case in CSV and camelCase in the dataset.
 */
export type CellType = 'text' | 'number' | 'boolean';

export interface TableSpec {
  file: string;
  /** snake_case column → type; every column must be present in the header (cells may be empty). */
  columns: Record<string, CellType>;
}

const citation = { source_id: 'text', locator: 'text', quote: 'text', note: 'text' } as const;
const figureCitation = { ...citation, derived: 'text' } as const;

export const TABLES = {
  sources: {
    file: 'sources.csv',
    columns: { id: 'text', short: 'text', publisher: 'text', title: 'text', date: 'text', first_seen: 'text', url: 'text', via_url: 'text', language: 'text', note: 'text' },
  },
  countryFigures: {
    file: 'country-figures.csv',
    columns: { iso3: 'text', measure: 'text', value: 'number', unit: 'text', period_start: 'text', period_end: 'text', reported: 'text', ...figureCitation },
  },
  countryReports: {
    file: 'country-reports.csv',
    columns: { iso3: 'text', kind: 'text', subject: 'text', event_date: 'text', reported: 'text', map_label: 'text', ...citation },
  },
  events: {
    file: 'events.csv',
    columns: { id: 'text', time: 'text', earliest: 'text', latest: 'text', time_text: 'text', label: 'text', description: 'text', key: 'boolean', ...citation },
  },
  globalTotals: {
    file: 'global-totals.csv',
    columns: { id: 'text', reported: 'text', period_start: 'text', period_end: 'text', metric: 'text', value: 'number', value_max: 'number', unit: 'text', countries: 'number', who: 'text', ...figureCitation },
  },
  nhsFigures: {
    file: 'nhs-figures.csv',
    columns: { id: 'text', label: 'text', value: 'number', value_max: 'number', text: 'text', unit: 'text', period: 'text', ...figureCitation },
  },
  nhsTrusts: {
    file: 'nhs-trusts.csv',
    columns: { name: 'text', category: 'text', acute: 'boolean', ae_diverted: 'text', ...citation },
  },
  nhsTimeline: {
    file: 'nhs-timeline.csv',
    columns: { id: 'text', day: 'text', time: 'text', time_text: 'text', text: 'text', ...citation },
  },
  ransomFacts: {
    file: 'ransom-facts.csv',
    columns: { id: 'text', label: 'text', value: 'number', value_max: 'number', text: 'text', unit: 'text', period: 'text', ...figureCitation },
  },
  corrections: {
    file: 'corrections.csv',
    columns: { date: 'text', text: 'text' },
  },
  attribution: {
    file: 'attribution.csv',
    columns: { id: 'text', date: 'text', actor: 'text', actor_kind: 'text', claim: 'text', confidence: 'text', ...citation },
  },
} as const satisfies Record<string, TableSpec>;

export const JSON_FILES = {
  meta: 'meta.json',
  measures: 'measures.json',
  ransom: 'ransom.json',
  myths: 'myths.json',
} as const;

export const camelCase = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const snakeCase = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const NUMBER_RE = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A CSV cell as the schema should see it. Empty cells are absent. Numbers and booleans are
 * converted only when they are unambiguous; anything else stays text so that the schema reports
 * exactly what was found (e.g. "1,000" or "about 300"), rather than a guess.
 */
export function convertCell(raw: string, type: CellType): unknown {
  const cell = raw.trim();
  if (cell === '') return undefined;
  if (type === 'number') return NUMBER_RE.test(cell) ? Number(cell) : cell;
  if (type === 'boolean') {
    const lower = cell.toLowerCase();
    if (lower === 'true' || lower === 'yes') return true;
    if (lower === 'false' || lower === 'no') return false;
    return cell;
  }
  return cell;
}
