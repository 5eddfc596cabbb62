/**
 * The data behind each view, as rows for CSV and as JSON: every figure with its unit, period and
 * source, so a download can be checked and cited like the graphic itself.
 */
import type { Model } from '../data/model.ts';
import type { Citation } from '../data/schema.ts';
import type { View } from '../views.ts';
import type { Cell } from './csv.ts';

export interface ViewData {
  name: string;
  columns: string[];
  rows: Cell[][];
  json: unknown;
}

function sourceCells(model: Model, c: Citation): Cell[] {
  const s = model.sources.get(c.sourceId);
  return [s?.publisher, s?.title, s?.date, s?.url, c.locator, c.quote];
}
const SOURCE_COLUMNS = ['source_publisher', 'source_title', 'source_date', 'source_url', 'locator', 'quote'];

export function viewData(view: View, model: Model): ViewData {
  const { dataset } = model;
  if (view === 'map') {
    const rows: Cell[][] = [];
    for (const c of dataset.countries) {
      const name = model.places.get(c.iso3)?.name ?? c.iso3;
      const status = model.evidence.get(c.iso3)?.status;
      for (const f of c.figures) {
        rows.push([c.iso3, name, status, 'figure', f.measure, f.value, f.unit, f.periodStart, f.periodEnd, f.reported, '', ...sourceCells(model, f), f.note]);
      }
      for (const r of c.reports) {
        rows.push([c.iso3, name, status, r.kind, '', '', '', r.eventDate, '', r.reported, r.subject, ...sourceCells(model, r), r.note]);
      }
    }
    return {
      name: 'wannacry-countries',
      columns: ['iso3', 'country', 'strongest_evidence', 'kind', 'measure', 'value', 'unit', 'period_start', 'period_end', 'reported', 'subject', ...SOURCE_COLUMNS, 'note'],
      rows,
      json: { countries: dataset.countries, measures: dataset.measures, sources: dataset.sources },
    };
  }
  if (view === 'nhs') {
    const rows: Cell[][] = dataset.nhs.figures.map((f) => ['figure', f.id, f.label, f.value, f.valueMax, f.text, f.unit, f.period, ...sourceCells(model, f), f.note]);
    for (const t of dataset.nhs.trusts) rows.push(['trust', '', t.name, '', '', t.category, t.acute === undefined ? '' : t.acute ? 'acute' : 'not acute', t.aeDiverted, ...sourceCells(model, t), t.note]);
    return {
      name: 'wannacry-nhs',
      columns: ['kind', 'id', 'label', 'value', 'value_max', 'text', 'unit', 'period', ...SOURCE_COLUMNS, 'note'],
      rows,
      json: { nhs: dataset.nhs, sources: dataset.sources },
    };
  }
  if (view === 'ransom') {
    const rows: Cell[][] = dataset.ransom.payments.map((p) => [p.time, dataset.ransom.wallets[p.wallet]?.address, p.satoshi, p.satoshi / 1e8]);
    return {
      name: 'wannacry-ransom-payments',
      columns: ['time_utc', 'wallet', 'satoshi', 'btc'],
      rows,
      json: { ransom: dataset.ransom, sources: dataset.sources.filter((s) => s.id === dataset.ransom.paymentsSourceId || dataset.ransom.facts.some((f) => f.sourceId === s.id)) },
    };
  }
  return {
    name: view === 'sources' ? 'wannacry-sources' : 'wannacry-dataset',
    columns: ['id', 'publisher', 'title', 'date', 'url', 'copy_read', 'language', 'note'],
    rows: dataset.sources.map((s) => [s.id, s.publisher, s.title, s.date, s.url, s.viaUrl, s.language, s.note]),
    json: view === 'sources' ? { sources: dataset.sources } : dataset,
  };
}
