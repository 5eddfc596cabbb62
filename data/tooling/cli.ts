/**
 * `npm run data:check [-- <file or folder>]`: validates the dataset and prints one line per
 * problem as `file:line:column: where: expected ..., found ...` (the form editors and CI annotate);
 * for a value a spreadsheet rewrote, `file:line: row N, column C: found ..., what it is: write ...`.
 * A table saved in another form than UTF-8, comma, LF (semicolons, a byte-order mark, UTF-16, CRLF)
 * is read and named in one line, `file: read as ...`, before the verdict.
 *
 * - no argument: the source files in data/
 * - a folder: the source files in that folder
 * - one of the source files: that file's problems (the folder is assembled, since a file's
 *   sourceIds can only be resolved against sources.csv)
 * - any other JSON file: a published wannacry.json
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema.ts';
import { formatIssue, validateDataset } from '../../src/data/validate.ts';
import { checkSourceFiles, type Problem } from './assemble.ts';
import { parseJson, TextSyntaxError } from './parseText.ts';
import { JSON_FILES, TABLES } from './sourceFiles.ts';

const SOURCE_FILES: ReadonlySet<string> = new Set([...Object.values(TABLES).map((t) => t.file), ...Object.values(JSON_FILES)]);

export function formatProblem(p: Problem, prefix = ''): string {
  const file = prefix && prefix !== '.' ? `${prefix}/${p.file}` : p.file;
  return `${file}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}

export function summarise(d: Dataset): string {
  const figures = d.countries.reduce((n, c) => n + c.figures.length, 0);
  const reports = d.countries.reduce((n, c) => n + c.reports.length, 0);
  return `${d.sources.length} sources, ${d.countries.length} countries (${figures} figures, ${reports} reports), ` +
    `${d.events.length} events, ${d.globalTotals.length} global totals, ${d.nhs.figures.length} NHS figures, ` +
    `${d.nhs.trusts.length} named trusts, ${d.ransom.payments.length} ransom payments, ${d.myths.length} corrections of common errors, ` +
    `${d.attribution.length} attribution statements`;
}

export interface CliResult {
  lines: string[];
  exitCode: 0 | 1 | 2;
}

async function checkPublished(path: string, shown: string): Promise<CliResult> {
  let value: unknown;
  try {
    value = parseJson(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof TextSyntaxError) {
      const { line, column, message } = error.problem;
      return { lines: [`${shown}:${line}:${column}: ${message}`], exitCode: 1 };
    }
    throw error;
  }
  const result = validateDataset(value);
  if (result.ok) return { lines: [`${shown}: valid (${summarise(result.dataset)})`], exitCode: 0 };
  return { lines: result.issues.map((issue) => `${shown}: ${formatIssue(issue)}`), exitCode: 1 };
}

export async function runDataCheck(args: readonly string[], cwd: string, defaultDir: string): Promise<CliResult> {
  if (args.length > 1) return { lines: ['usage: npm run data:check [-- <file or folder>]'], exitCode: 2 };
  const target = resolve(cwd, args[0] ?? defaultDir);
  const shown = relative(cwd, target) || '.';
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch {
    return { lines: [`${shown}: not found; expected a data folder, one of its files, or a published wannacry.json`], exitCode: 2 };
  }
  if (!isDirectory && !SOURCE_FILES.has(basename(target))) return checkPublished(target, shown);

  const dir = isDirectory ? target : dirname(target);
  const prefix = relative(cwd, dir);
  const { dataset, problems, notes } = await checkSourceFiles(dir);
  // Files read in another form than UTF-8, comma, LF (e.g. semicolons from European Excel): one line each, first.
  const file = isDirectory ? undefined : basename(target);
  const noteLines = notes.filter((n) => !file || n.file === file).map((n) => formatProblem(n, prefix));
  if (!problems.length && dataset) return { lines: [...noteLines, `${prefix || '.'}: valid (${summarise(dataset)})`], exitCode: 0 };
  if (isDirectory) return { lines: [...noteLines, ...problems.map((p) => formatProblem(p, prefix))], exitCode: 1 };

  const own = problems.filter((p) => p.file === file);
  const elsewhere = problems.length - own.length;
  const lines = [...noteLines, ...own.map((p) => formatProblem(p, prefix))];
  if (elsewhere) lines.push(`${prefix || '.'}: ${elsewhere} more problem(s) in other files; run npm run data:check to list them`);
  if (!own.length && !elsewhere) lines.push(`${shown}: valid`);
  return { lines, exitCode: own.length ? 1 : 0 };
}
