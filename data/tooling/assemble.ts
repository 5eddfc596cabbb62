/**
 * Reads the journalists' files in data/ and assembles the one dataset the graphic publishes
 * (dist/data/wannacry.json). Assembly never drops a row: each CSV row becomes one object in the
 * dataset, and each object remembers where it came from, so that a validation problem found in
 * the assembled dataset is reported against the file, line and column a person can fix.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssue, validateDataset, type Issue, type IssuePath } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { hashText, type LoadedDataset } from '../../src/data/load.ts';
import { parseJson, TextSyntaxError } from './parseText.ts';
import { describeForm, readCsv } from './readCsv.ts';
import { camelCase, convertCell, JSON_FILES, snakeCase, TABLES, type TableSpec } from './sourceFiles.ts';
import { columnKind, rowProblems, spreadsheetFormProblem } from './spreadsheetForms.ts';

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** The dataset path, and for CSV the row and column, followed by what was expected and found. */
  message: string;
}

type Origin =
  | { kind: 'csv'; file: string; line: number; row: number }
  | { kind: 'json'; file: string; path: IssuePath };

export interface Assembly {
  dataset: unknown;
  problems: Problem[];
  origins: WeakMap<object, Origin>;
  /** How files not in the plain form (UTF-8, comma, LF) were read: one line each (readCsv.ts). */
  notes: Problem[];
  /** "file:line:column" of cells refused as a spreadsheet's form, whose schema issue would only repeat it. */
  spreadsheetCells: Set<string>;
}

/** The part of the dataset each file fills: when a file cannot be read, the schema's view of that
 *  part would only repeat the problem ("expected a list, found nothing"), so it is left out. */
const PART_OF_FILE: Record<string, string> = {
  [TABLES.sources.file]: 'sources', [TABLES.countryFigures.file]: 'countries', [TABLES.countryReports.file]: 'countries',
  [TABLES.events.file]: 'events', [TABLES.globalTotals.file]: 'globalTotals', [TABLES.nhsFigures.file]: 'nhs.figures',
  [TABLES.nhsTrusts.file]: 'nhs.trusts', [TABLES.nhsTimeline.file]: 'nhs.timeline', [TABLES.ransomFacts.file]: 'ransom.facts',
  [TABLES.corrections.file]: 'corrections', [TABLES.attribution.file]: 'attribution', [JSON_FILES.meta]: 'meta', [JSON_FILES.measures]: 'measures',
  [JSON_FILES.ransom]: 'ransom', [JSON_FILES.myths]: 'myths',
};

/** The field of ransom.json naming the raw transaction file the payments derive from. */
export const RAW_PAYMENTS_FIELD = 'paymentsFile';

async function readText(dir: string, file: string, problems: Problem[]): Promise<string | undefined>;
async function readText(dir: string, file: string, problems: Problem[], bytes: 'bytes'): Promise<Uint8Array | undefined>;
async function readText(dir: string, file: string, problems: Problem[], bytes?: 'bytes'): Promise<string | Uint8Array | undefined> {
  try {
    return bytes ? await readFile(join(dir, file)) : await readFile(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file, message: code === 'ENOENT' ? 'file missing: expected it in the data folder' : `cannot read: ${code}` });
    return undefined;
  }
}

function syntaxProblem(file: string, error: unknown): Problem {
  if (error instanceof TextSyntaxError) {
    const { line, column, message } = error.problem;
    return { file, line, column, message };
  }
  throw error;
}

async function readTable(dir: string, spec: TableSpec, assembly: Pick<Assembly, 'origins' | 'problems' | 'notes' | 'spreadsheetCells'>) {
  const { origins, problems } = assembly;
  const bytes = await readText(dir, spec.file, problems, 'bytes');
  if (bytes === undefined) return [];
  const expected = Object.keys(spec.columns);
  let table;
  try {
    const read = readCsv(bytes, expected, spec.file);
    table = read.table;
    const note = describeForm(read.form);
    if (note) assembly.notes.push({ file: spec.file, message: note });
  } catch (error) {
    problems.push(syntaxProblem(spec.file, error));
    return [];
  }
  for (const name of expected) {
    if (!table.header.includes(name)) problems.push({ file: spec.file, line: 1, message: `header: expected a column "${name}", found none (columns: ${expected.join(', ')})` });
  }
  for (const name of table.header) {
    if (!expected.includes(name)) problems.push({ file: spec.file, line: 1, message: `header: expected only the columns ${expected.join(', ')}, found "${name}"` });
  }
  for (const { line, cells } of table.raggedRows) {
    problems.push({ file: spec.file, line, message: `expected ${table.header.length} cells like the header, found ${cells} (a stray comma or quote?)` });
  }
  return table.rows.map(({ line, cells }, row) => {
    const object: Record<string, unknown> = {};
    for (const [name, type] of Object.entries(spec.columns)) {
      // A form a spreadsheet writes ("05/01/17" for May 2017, "1,5", "1.2E+07"): what it became and what to write instead.
      const sheetForm = spreadsheetFormProblem(cells[name] ?? '', columnKind(name, type));
      if (sheetForm) {
        problems.push({ file: spec.file, line, message: `row ${row + 1}, column ${name}: ${sheetForm}` });
        assembly.spreadsheetCells.add(`${spec.file}:${line}:${name}`);
      }
      const value = convertCell(cells[name] ?? '', type);
      if (value !== undefined) object[camelCase(name)] = value;
    }
    for (const { column, message } of rowProblems(spec.file, cells)) problems.push({ file: spec.file, line, message: `row ${row + 1}, column ${column}: ${message}` });
    origins.set(object, { kind: 'csv', file: spec.file, line, row: row + 1 });
    return object;
  });
}

async function readJsonValue(dir: string, file: string, problems: Problem[]): Promise<unknown> {
  const text = await readText(dir, file, problems);
  if (text === undefined) return undefined;
  try {
    return parseJson(text);
  } catch (error) {
    problems.push(syntaxProblem(file, error));
    return undefined;
  }
}

async function readJson(dir: string, file: string, allowed: readonly string[] | null, problems: Problem[]): Promise<Record<string, unknown> | undefined> {
  const value = await readJsonValue(dir, file, problems);
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, line: 1, column: 1, message: '(top level): expected a JSON object' });
    return undefined;
  }
  // "$schema" only points editors at the JSON Schema; it is not part of the data.
  const { $schema: _schema, ...rest } = value as Record<string, unknown>;
  // Files that wrap their data (measures.json holds "measures") may hold nothing else; meta.json
  // is checked field by field by the schema itself (allowed = null).
  for (const key of Object.keys(rest)) {
    if (allowed && !allowed.includes(key)) problems.push({ file, message: `${key}: expected only the fields $schema, ${allowed.join(', ')}, found "${key}"` });
  }
  return rest;
}

/** The raw @actual_ransom transaction file, kept verbatim as provenance; payments derive from it. */
function paymentsFrom(raw: unknown, file: string, wallets: unknown, problems: Problem[]) {
  const addresses = Array.isArray(wallets) ? wallets.map((w) => (w as { address?: unknown })?.address) : [];
  if (!Array.isArray(raw)) {
    problems.push({ file, message: '(top level): expected a list of transactions' });
    return [];
  }
  const payments = raw.map((tx: Record<string, unknown>, i) => {
    const wallet = addresses.indexOf(tx?.address_to);
    if (wallet < 0) problems.push({ file, message: `[${i}].address_to: expected one of the wallets in ransom.json, found ${JSON.stringify(tx?.address_to)}` });
    if (!Number.isInteger(tx?.unix_time)) problems.push({ file, message: `[${i}].unix_time: expected whole seconds since 1970, found ${JSON.stringify(tx?.unix_time)}` });
    const time = Number.isInteger(tx?.unix_time) ? new Date((tx.unix_time as number) * 1000).toISOString().replace('.000Z', 'Z') : String(tx?.unix_time);
    return { time, wallet, satoshi: tx?.val_satoshi };
  });
  return payments.sort((a, b) => a.time.localeCompare(b.time));
}

export async function assembleDataset(dir: string): Promise<Assembly> {
  const problems: Problem[] = [];
  const origins: Assembly['origins'] = new WeakMap();
  const notes: Problem[] = [];
  const spreadsheetCells = new Set<string>();
  const table = (spec: TableSpec) => readTable(dir, spec, { origins, problems, notes, spreadsheetCells });

  const [sources, countryFigures, countryReports, events, globalTotals, nhsFigures, nhsTrusts, nhsTimeline, ransomFacts, corrections, attribution] =
    await Promise.all([
      table(TABLES.sources), table(TABLES.countryFigures), table(TABLES.countryReports), table(TABLES.events),
      table(TABLES.globalTotals), table(TABLES.nhsFigures), table(TABLES.nhsTrusts), table(TABLES.nhsTimeline),
      table(TABLES.ransomFacts), table(TABLES.corrections), table(TABLES.attribution),
    ]);
  const [meta, measuresFile, ransomFile, mythsFile] = await Promise.all([
    readJson(dir, JSON_FILES.meta, null, problems),
    readJson(dir, JSON_FILES.measures, ['measures'], problems),
    readJson(dir, JSON_FILES.ransom, ['wallets', RAW_PAYMENTS_FIELD, 'paymentsSourceId'], problems),
    readJson(dir, JSON_FILES.myths, ['myths'], problems),
  ]);
  const fromJson = <T,>(value: T, file: string, path: IssuePath): T => {
    if (value && typeof value === 'object') origins.set(value as object, { kind: 'json', file, path });
    return value;
  };

  // Countries are grouped from both tables, in ISO code order, keeping every row.
  const countries = new Map<string, { iso3: unknown; figures: object[]; reports: object[] }>();
  const countryOf = (row: Record<string, unknown>) => {
    const key = String(row.iso3 ?? '');
    let country = countries.get(key);
    if (!country) {
      country = { iso3: row.iso3, figures: [], reports: [] };
      countries.set(key, country);
      const origin = origins.get(row);
      if (origin) origins.set(country, origin);
    }
    return country;
  };
  const strip = (row: Record<string, unknown>) => {
    const { iso3: _iso3, ...rest } = row;
    origins.set(rest, origins.get(row)!);
    return rest;
  };
  for (const row of countryFigures) countryOf(row).figures.push(strip(row));
  for (const row of countryReports) countryOf(row).reports.push(strip(row));

  let payments: unknown[] = [];
  const paymentsFile = ransomFile?.[RAW_PAYMENTS_FIELD];
  if (typeof paymentsFile === 'string') {
    const raw = await readJsonValue(dir, paymentsFile, problems);
    if (raw !== undefined) payments = paymentsFrom(raw, paymentsFile, ransomFile?.wallets, problems);
  } else if (ransomFile) {
    problems.push({ file: JSON_FILES.ransom, message: `${RAW_PAYMENTS_FIELD}: expected the path of the raw transaction file, found ${JSON.stringify(paymentsFile)}` });
  }

  const dataset = {
    schemaVersion: 1,
    meta: fromJson(meta, JSON_FILES.meta, []),
    corrections,
    sources,
    measures: fromJson(measuresFile?.measures, JSON_FILES.measures, ['measures']),
    countries: [...countries.values()].sort((a, b) => String(a.iso3).localeCompare(String(b.iso3))),
    events,
    globalTotals,
    nhs: { figures: nhsFigures, trusts: nhsTrusts, timeline: nhsTimeline },
    ransom: {
      facts: ransomFacts,
      wallets: fromJson(ransomFile?.wallets, JSON_FILES.ransom, ['wallets']),
      payments,
      paymentsSourceId: ransomFile?.paymentsSourceId,
    },
    myths: fromJson(mythsFile?.myths, JSON_FILES.myths, ['myths']),
    attribution,
  };
  return { dataset, problems, origins, notes, spreadsheetCells };
}

/** Where in data/ an issue of the assembled dataset belongs: the deepest node that knows its origin. */
export function locateIssue(assembly: Assembly, issue: Issue): Problem {
  let node: unknown = assembly.dataset;
  let best: { origin: Origin; rest: IssuePath } | undefined;
  issue.path.forEach((key, depth) => {
    if (node && typeof node === 'object') {
      const origin = assembly.origins.get(node as object);
      if (origin) best = { origin, rest: issue.path.slice(depth) };
      node = (node as Record<string | number, unknown>)[key];
    }
  });
  if (node && typeof node === 'object' && assembly.origins.has(node as object)) {
    best = { origin: assembly.origins.get(node as object)!, rest: [] };
  }
  const described = formatIssue(issue);
  if (!best) {
    // Parts assembled from several files (e.g. ransom.paymentsSourceId) are named by dataset path.
    const file = issue.path[0] === 'ransom' ? JSON_FILES.ransom : 'dataset';
    return { file, message: described };
  }
  const { origin, rest } = best;
  if (origin.kind === 'json') {
    return { file: origin.file, message: formatIssue({ ...issue, path: [...origin.path, ...rest] }) };
  }
  const column = typeof rest[0] === 'string' ? snakeCase(rest[0]) : undefined;
  const where = `row ${origin.row}${column ? `, column ${column}` : ''}`;
  return { file: origin.file, line: origin.line, message: `${where}: ${described}` };
}

export interface CheckResult {
  dataset?: Dataset;
  problems: Problem[];
  /** One line for each file read in another form than UTF-8, comma, LF (e.g. semicolons): not problems. */
  notes: Problem[];
}

/** Assemble and validate data/: the verdict the build, the dev server and data:check share. */
export async function checkSourceFiles(dir: string): Promise<CheckResult> {
  const assembly = await assembleDataset(dir);
  // Syntax and column problems come first: the schema's view of a broken file would only echo them.
  const result = validateDataset(assembly.dataset);
  const brokenParts = assembly.problems
    .filter((p) => p.message.startsWith('invalid ') || p.message.startsWith('not read') || p.message.startsWith('file missing') || p.message.startsWith('cannot read') || p.message.startsWith('(top level)'))
    .map((p) => PART_OF_FILE[p.file] ?? (p.file.startsWith('raw/') ? 'ransom.payments' : undefined))
    .filter((part): part is string => part !== undefined);
  const inBrokenPart = (issue: Issue) => {
    const path = issue.path.join('.');
    return brokenParts.some((part) => path === part || path.startsWith(`${part}.`));
  };
  // A cell already refused as a spreadsheet's form ("05/12/2017" in a date column) is not reported twice.
  const repeatsSpreadsheetForm = (p: Problem) => {
    const column = /^row \d+, column ([a-z0-9_]+):/.exec(p.message)?.[1];
    return column !== undefined && assembly.spreadsheetCells.has(`${p.file}:${p.line}:${column}`);
  };
  const schemaProblems = result.ok ? [] : result.issues.filter((issue) => !inBrokenPart(issue)).map((issue) => locateIssue(assembly, issue)).filter((p) => !repeatsSpreadsheetForm(p));
  const problems = [...assembly.problems, ...schemaProblems];
  const notes = assembly.notes;
  return problems.length || !result.ok ? { problems, notes } : { dataset: result.dataset, problems, notes };
}

/** The published form of a valid data/ folder: the file's text and the dataset it holds. */
export type Publication = { ok: true; text: string; loaded: LoadedDataset } | { ok: false; problems: Problem[] };

/** Assemble, validate and serialise data/ once, for the build and the dev server. */
export async function publishDataset(dir: string): Promise<Publication> {
  const { dataset, problems } = await checkSourceFiles(dir);
  if (!dataset || problems.length) return { ok: false, problems };
  const text = JSON.stringify(dataset);
  return { ok: true, text, loaded: { dataset, version: hashText(text) } };
}
