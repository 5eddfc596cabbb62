/**
 * Validates an unknown value as a Dataset: the schema first (shapes and formats), then the rules
 * that relate parts of the dataset to each other. Used by the browser loader, the build and the
 * data:check CLI, so a journalist sees the same verdict everywhere.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.ts';
import type { Issue, IssuePath } from './issue.ts';
import { checkProvenance } from './provenance.ts';

export type { Issue, IssuePath } from './issue.ts';
import { REQUIRED_ATTRIBUTION, REQUIRED_GLOBAL_TOTALS, REQUIRED_NHS_FIGURES, REQUIRED_RANSOM_FACTS } from './requiredFacts.ts';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: Issue[] };

/** `['countries', 12, 'figures', 0, 'sourceId']` → `countries[12].figures[0].sourceId` */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** A found value as the reader should see it: short, quoted, never more than one line. */
export function describeFound(found: unknown): string {
  if (found === undefined) return 'nothing';
  if (found === null) return 'null';
  if (typeof found === 'string') {
    const flat = found.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
  }
  if (Array.isArray(found)) return `a list of ${found.length}`;
  if (typeof found === 'object') return 'an object';
  return String(found);
}

export function formatIssue(issue: Issue): string {
  const where = formatPath(issue.path) || '(top level)';
  const expected = issue.expected.startsWith('expected ') ? issue.expected : `expected ${issue.expected}`;
  return `${where}: ${expected}${'found' in issue ? `, found ${describeFound(issue.found)}` : ''}`;
}

function fromValibot(issue: v.BaseIssue<unknown>): Issue {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  // Strict objects report both unknown keys (expected "never") and missing required keys.
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') {
      return { path, expected: 'expected no unknown field (check the spelling against the schema)', found: path.at(-1) };
    }
    return { path, expected: `expected a value for "${String(path.at(-1))}" (required)`, found: undefined };
  }
  // Our schemas word their own messages; valibot's defaults ("Invalid type: Expected Array but
  // received undefined") are reworded from the issue's expected type.
  if (issue.message.startsWith('Invalid ')) {
    const words: Record<string, string> = { Array: 'a list', Object: 'an object', string: 'text', number: 'a number', boolean: 'true or false' };
    const expected = issue.expected ?? 'another value';
    return { path, expected: `expected ${words[expected] ?? expected}`, found: issue.input };
  }
  return { path, expected: issue.message, found: issue.input };
}

/** The checks after the schema, in order. */
const RULES: ReadonlyArray<(d: Dataset) => Issue[]> = [checkRelations, checkProvenance];

/** The validation, pausing (yielding) before each step: the schema, then each rule. */
function* validation(input: unknown): Generator<undefined, ValidationResult, undefined> {
  yield;
  const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, issues: parsed.issues.map(fromValibot) };
  const issues: Issue[] = [];
  for (const rule of RULES) {
    yield;
    issues.push(...rule(parsed.output));
  }
  return issues.length ? { ok: false, issues } : { ok: true, dataset: parsed.output };
}

export function validateDataset(input: unknown): ValidationResult {
  const steps = validation(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same verdict as validateDataset, awaiting `pause` between its steps. The page validates its
 * dataset while it hydrates: in one piece that is a 100 ms task on a phone (4x CPU slowdown), in
 * steps none passes 50 ms, so a tap on the page is not kept waiting.
 */
export async function validateDatasetInSteps(input: unknown, pause: () => Promise<void>): Promise<ValidationResult> {
  const steps = validation(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, at: (index: number) => IssuePath, what: string): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else issues.push({ path: at(index), expected: `a unique ${what} (also used at index ${first})`, found: k });
  });
  return issues;
}

/** Every `sourceId` anywhere in the dataset, with its path. */
function* sourceRefs(node: unknown, path: Array<string | number> = []): Generator<[IssuePath, string]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* sourceRefs(node[i], [...path, i]);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'sourceId' || key === 'paymentsSourceId') && typeof value === 'string') yield [[...path, key], value];
      else yield* sourceRefs(value, [...path, key]);
    }
  }
}

const time = (s: string) => Date.parse(s.length === 4 ? `${s}-01-01` : s);

/** Rules between parts of a structurally valid dataset (provenance has its own module). */
function checkRelations(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  // `found` is optional but may legitimately be undefined (a missing value), hence the rest parameter.
  const push = (path: IssuePath, expected: string, ...found: [unknown?]) =>
    issues.push(found.length ? { path, expected, found: found[0] } : { path, expected });

  issues.push(...duplicates(d.sources, (s) => s.id, (i) => ['sources', i, 'id'], 'source id'));
  issues.push(...duplicates(d.measures, (m) => m.id, (i) => ['measures', i, 'id'], 'measure id'));
  issues.push(...duplicates(d.countries, (c) => c.iso3, (i) => ['countries', i, 'iso3'], 'country code (one entry per country)'));
  issues.push(...duplicates(d.events, (e) => e.id, (i) => ['events', i, 'id'], 'event id'));
  issues.push(...duplicates(d.globalTotals, (e) => e.id, (i) => ['globalTotals', i, 'id'], 'total id'));
  issues.push(...duplicates(d.nhs.figures, (f) => f.id, (i) => ['nhs', 'figures', i, 'id'], 'figure id'));
  issues.push(...duplicates(d.nhs.timeline, (f) => f.id, (i) => ['nhs', 'timeline', i, 'id'], 'timeline id'));
  issues.push(...duplicates(d.nhs.trusts, (t) => t.name, (i) => ['nhs', 'trusts', i, 'name'], 'trust name'));
  issues.push(...duplicates(d.ransom.facts, (f) => f.id, (i) => ['ransom', 'facts', i, 'id'], 'fact id'));
  issues.push(...duplicates(d.myths, (m) => m.id, (i) => ['myths', i, 'id'], 'correction id'));
  issues.push(...duplicates(d.attribution, (a) => a.id, (i) => ['attribution', i, 'id'], 'statement id'));

  const sourceIds = new Set(d.sources.map((s) => s.id));
  for (const [path, id] of sourceRefs(d)) {
    if (!sourceIds.has(id)) push(path, 'the id of a source listed in sources', id);
  }

  const measures = new Map(d.measures.map((m) => [m.id, m]));
  d.countries.forEach((country, c) => {
    if (country.figures.length === 0 && country.reports.length === 0) {
      push(['countries', c], 'at least one figure or report for the country', country.iso3);
    }
    country.figures.forEach((figure, f) => {
      const at = ['countries', c, 'figures', f];
      const measure = measures.get(figure.measure);
      if (!measure) push([...at, 'measure'], 'the id of a measure listed in measures', figure.measure);
      else if (measure.mapLayer && figure.unit !== measure.unit) {
        push([...at, 'unit'], `the unit of measure "${measure.id}" ("${measure.unit}"), because map layers never mix units`, figure.unit);
      }
      if (figure.periodStart && figure.periodEnd && time(figure.periodStart) > time(figure.periodEnd)) {
        push([...at, 'periodEnd'], `a period end on or after its start (${figure.periodStart})`, figure.periodEnd);
      }
    });
  });

  const checkRange = (value: number | undefined, valueMax: number | undefined, path: IssuePath) => {
    if (valueMax !== undefined && (value === undefined || valueMax < value)) {
      push([...path, 'valueMax'], `an upper value at or above the value (${value ?? 'missing'})`, valueMax);
    }
  };
  d.nhs.figures.forEach((f, i) => {
    checkRange(f.value, f.valueMax, ['nhs', 'figures', i]);
    if (f.value === undefined && f.text === undefined && f.note === undefined) {
      push(['nhs', 'figures', i], 'a value, a text, or a note saying why the value is unknown');
    }
  });
  d.ransom.facts.forEach((f, i) => checkRange(f.value, f.valueMax, ['ransom', 'facts', i]));
  d.globalTotals.forEach((f, i) => checkRange(f.value, f.valueMax, ['globalTotals', i]));

  d.events.forEach((e, i) => {
    if (!e.time && !(e.earliest && e.latest) && !e.timeText) {
      push(['events', i], 'a time, a window (earliest and latest), or the time as the source states it');
    }
    if (e.earliest && e.latest && time(e.earliest) > time(e.latest)) {
      push(['events', i, 'latest'], `a latest time on or after the earliest (${e.earliest})`, e.latest);
    }
  });

  const required = (list: ReadonlyArray<{ id: string; value?: number | undefined }>, ids: readonly string[], path: IssuePath, user: string) => {
    const byId = new Map(list.map((f) => [f.id, f]));
    for (const id of ids) {
      const fact = byId.get(id);
      if (!fact) push(path, `a figure with id "${id}" (${user} shows it)`);
      else if (fact.value === undefined) push([...path, list.indexOf(fact), 'value'], `a number for "${id}" (${user} shows it)`, fact.value);
    }
  };
  required(d.nhs.figures, REQUIRED_NHS_FIGURES, ['nhs', 'figures'], 'the NHS section');
  required(d.ransom.facts, REQUIRED_RANSOM_FACTS, ['ransom', 'facts'], 'the ransom section');
  required(d.globalTotals, REQUIRED_GLOBAL_TOTALS, ['globalTotals'], "the map's headline");
  const statements = new Set(d.attribution.map((a) => a.id));
  for (const id of REQUIRED_ATTRIBUTION) {
    if (!statements.has(id)) push(['attribution'], `a statement with id "${id}" (the attribution part's opening sentence cites it)`);
  }

  d.ransom.payments.forEach((p, i) => {
    if (p.wallet >= d.ransom.wallets.length) {
      push(['ransom', 'payments', i, 'wallet'], `a wallet index below ${d.ransom.wallets.length}`, p.wallet);
    }
  });

  return issues;
}
