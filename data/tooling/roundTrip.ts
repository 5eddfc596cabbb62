/**
 * The spreadsheet round trip, with a real spreadsheet engine: LibreOffice Calc, headless. Every
 * table in data/ is opened as a double-click opens it, with "Detect special numbers" on (Excel and
 * Google Sheets always convert dates, times and numbers they recognise, so this is the stricter
 * setting), saved as .xlsx, and saved back to CSV in the forms journalists' spreadsheets write.
 * Then every cell is compared with the original, and data:check is run on the round-tripped
 * folder: a cell that changed must be named by data:check (its file, line and column), or its file
 * refused as a whole with a message saying how to save it instead. Anything else is a silent change.
 *
 * Used by roundTrip.test.ts (in `npm test`) and by `node data/tooling/round-trip.mjs` (the
 * before/after table of issue 15).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsvText } from 'csv-parse/sync';
import { checkSourceFiles, type Problem } from './assemble.ts';
import { formatProblem } from './cli.ts';
import { decodeWindows1252 } from './encoding.ts';
import { TABLES, type CellType, type TableSpec } from './sourceFiles.ts';

const run = promisify(execFile);

/** The locale a spreadsheet opens a file in: its number and date habits, and LibreOffice's language id. */
export const LOCALES = {
  'en-US': 1033,
  'de-DE': 1031,
} as const;
export type Locale = keyof typeof LOCALES;

export interface SpreadsheetForm {
  id: string;
  /** As in the report: what a journalist would have clicked. */
  label: string;
  /** The locale the table is opened in (the import) and saved from. */
  locale: Locale;
  /** How it is opened: as a double-click does (converting what looks like a date, a time or a number), or as data/README.md says (every column Text). */
  open: 'double-click' | 'as-text';
  /** LibreOffice's CSV export options: separator, quote, character set, first line, formats, language, quote all, -, save as shown. */
  exportOptions: string;
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
}

/**
 * The forms the test saves. Character set 76 is UTF-8 and 1 Windows-1252 (LibreOffice's
 * rtl_TextEncoding numbers; "ANSI" means the same on this system, but 1 does not depend on it).
 * "Save cell contents as shown" is on (token 9), as Excel always saves CSV.
 */
export const FORMS: readonly SpreadsheetForm[] = [
  { id: 'csv-utf8', label: 'opened with a double-click (en-US), saved as "CSV UTF-8" (comma)', locale: 'en-US', open: 'double-click', exportOptions: '44,34,76,1,,0,false,true,true', encoding: 'utf-8', delimiter: ',' },
  { id: 'european-csv', label: 'opened with a double-click (en-US), saved as European "CSV" (semicolon, Windows-1252)', locale: 'en-US', open: 'double-click', exportOptions: '59,34,1,1,,0,false,true,true', encoding: 'windows-1252', delimiter: ';' },
  { id: 'german-csv-utf8', label: 'opened with a double-click (de-DE), saved as German "CSV UTF-8" (semicolon)', locale: 'de-DE', open: 'double-click', exportOptions: '59,34,76,1,,0,false,true,true', encoding: 'utf-8', delimiter: ';' },
  { id: 'readme', label: 'opened as data/README.md says (every column Text, en-US), saved as "CSV UTF-8" (comma)', locale: 'en-US', open: 'as-text', exportOptions: '44,34,76,1,,0,false,true,true', encoding: 'utf-8', delimiter: ',' },
];

/** Column format codes for LibreOffice's import: every column (up to 40) as Text (code 2). */
const ALL_TEXT = Array.from({ length: 40 }, (_, i) => `${i + 1}/2`).join('/');

/**
 * LibreOffice's CSV import: comma, double quote, UTF-8, from line 1, in `locale`. A double-click
 * with "Detect special numbers" on; as text: every column Text, quoted fields as text, nothing detected.
 */
export const importOptions = (locale: Locale, open: SpreadsheetForm['open']) =>
  open === 'double-click' ? `44,34,76,1,,${LOCALES[locale]},false,true` : `44,34,76,1,${ALL_TEXT},${LOCALES[locale]},true,false`;

export async function findSoffice(): Promise<string | undefined> {
  // SOFFICE_PATH, when set, is the only candidate (and a way to try the test without LibreOffice).
  const candidates = process.env.SOFFICE_PATH ? [process.env.SOFFICE_PATH] : ['soffice', 'libreoffice'];
  for (const candidate of candidates) {
    try {
      await run(candidate, ['--version'], { timeout: 60_000 });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** A private LibreOffice profile in `locale`, so that runs neither collide nor depend on the machine's LANG. */
async function makeProfile(dir: string, locale: Locale): Promise<string> {
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** One soffice call converting `inputs` into `outDir`; throws unless every output was written (soffice exits 0 even when one fails). */
async function soffice(binary: string, profile: string, args: string[], inputs: string[], outDir: string, ext: string) {
  await run(binary, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args, '--outdir', outDir, ...inputs], {
    timeout: 300_000,
    env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' },
  });
  const written = new Set(await readdir(outDir).catch(() => []));
  const missing = inputs.map((i) => basename(i).replace(/\.[a-z]+$/, `.${ext}`)).filter((f) => !written.has(f));
  if (missing.length) throw new Error(`LibreOffice did not write ${missing.join(', ')} in ${outDir}`);
}

export interface TripOutput {
  form: SpreadsheetForm;
  /** A copy of data/ in which every table is the round-tripped one. */
  dir: string;
}

/**
 * Opens every table of `dataDir` in LibreOffice (one soffice call per locale), saves .xlsx, and
 * saves each form (one call per form). The locales run side by side, each with its own profile.
 */
export async function roundTrip(binary: string, dataDir: string, workDir: string, forms = FORMS): Promise<TripOutput[]> {
  const files = Object.values(TABLES).map((t) => t.file);
  const locales = [...new Set(forms.map((f) => f.locale))];
  const outputs: TripOutput[] = [];
  await Promise.all(
    locales.map(async (locale) => {
      const profile = await makeProfile(join(workDir, `profile-${locale}`), locale);
      for (const open of ['double-click', 'as-text'] as const) {
        const opened = forms.filter((f) => f.locale === locale && f.open === open);
        if (!opened.length) continue;
        const xlsxDir = join(workDir, `xlsx-${locale}-${open}`);
        await soffice(binary, profile, [`--infilter=Text - txt - csv (StarCalc):${importOptions(locale, open)}`, '--convert-to', 'xlsx'], files.map((f) => join(dataDir, f)), xlsxDir, 'xlsx');
        for (const form of opened) {
          const csvDir = join(workDir, `csv-${form.id}`);
          await soffice(binary, profile, ['--convert-to', `csv:Text - txt - csv (StarCalc):${form.exportOptions}`], files.map((f) => join(xlsxDir, f.replace(/\.csv$/, '.xlsx'))), csvDir, 'csv');
          const dir = join(workDir, `data-${form.id}`);
          await cp(dataDir, dir, { recursive: true, filter: (src) => !src.includes('tooling') });
          for (const file of await readdir(csvDir)) await cp(join(csvDir, file), join(dir, file));
          outputs.push({ form, dir });
        }
      }
    }),
  );
  return forms.map((form) => outputs.find((o) => o.form === form)!);
}

interface RawRow {
  line: number;
  cells: string[];
}

/** A CSV read the way the test knows it was written (the form's encoding and separator): independent of data:check's reader. */
function readKnownCsv(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252', delimiter: string): RawRow[] {
  let text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = parseCsvText(text, { delimiter, relax_column_count: true, info: true, raw: true }) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  return records.map(({ record, info, raw }) => ({ line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0), cells: record }));
}

/** The value a cell stands for: numbers as numbers (4.0 is 4), true/TRUE alike, text as written. */
function sameValue(a: string, b: string, type: CellType): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  const plain = /^-?\d+(\.\d+)?$/;
  if (type === 'number' && plain.test(x) && plain.test(y)) return Number(x) === Number(y);
  if (type === 'boolean') return x.toLowerCase() === y.toLowerCase();
  return false;
}

export interface CellChange {
  file: string;
  line: number;
  column: string;
  before: string;
  after: string;
}

export interface TableVerdict {
  file: string;
  changed: CellChange[];
  /** Changed, and data:check named the cell (line and column). */
  named: CellChange[];
  /** Changed, and data:check said nothing about the cell or its file. */
  silent: CellChange[];
  /** The file refused as a whole (encoding, separator, header, syntax): its first such message. */
  refused?: string;
  /** Everything data:check said about this file. */
  messages: string[];
  /** How data:check read it, when not in the plain form ("read as UTF-8, semicolon-separated …"). */
  note?: string;
}

const whole = (p: Problem) => !/^row \d+/.test(p.message) && !/^expected \d+ cells like the header/.test(p.message);

/** Where a problem names a cell: "row N, column name: …" at line L. */
const namesCell = (p: Problem, line: number, column: string) =>
  p.line === line && (p.message.startsWith(`row `) ? p.message.includes(`, column ${column}:`) : p.message.includes(`column ${column}`));

export async function compareTrip(dataDir: string, trip: TripOutput): Promise<TableVerdict[]> {
  const { problems, notes } = await checkSourceFiles(trip.dir);
  const verdicts: TableVerdict[] = [];
  for (const spec of Object.values(TABLES) as TableSpec[]) {
    const original = readKnownCsv(await readFile(join(dataDir, spec.file)), 'utf-8', ',');
    const after = readKnownCsv(await readFile(join(trip.dir, spec.file)), trip.form.encoding, trip.form.delimiter);
    const [head, ...rows] = original.filter((r) => r.cells.some((c) => c.trim() !== ''));
    const [headAfter, ...rowsAfter] = after.filter((r) => r.cells.some((c) => c.trim() !== ''));
    const changed: CellChange[] = [];
    head!.cells.forEach((name, i) => {
      if (headAfter?.cells[i] !== name) changed.push({ file: spec.file, line: 1, column: name, before: name, after: headAfter?.cells[i] ?? '' });
    });
    rows.forEach((row, r) => {
      const other = rowsAfter[r];
      head!.cells.forEach((name, i) => {
        const before = row.cells[i] ?? '';
        const now = other?.cells[i] ?? '';
        const type = (spec.columns as Record<string, CellType>)[name] ?? 'text';
        if (!sameValue(before, now, type)) changed.push({ file: spec.file, line: other?.line ?? row.line, column: name, before, after: now });
      });
    });
    const own = problems.filter((p) => p.file === spec.file);
    const refusal = own.find(whole);
    const named = changed.filter((c) => own.some((p) => namesCell(p, c.line, c.column)));
    const silent = refusal ? [] : changed.filter((c) => !named.includes(c));
    const note = notes.find((n) => n.file === spec.file);
    verdicts.push({
      file: spec.file,
      changed,
      named,
      silent,
      ...(refusal ? { refused: formatLine(refusal) } : {}),
      messages: own.map(formatLine),
      ...(note ? { note: formatLine(note) } : {}),
    });
  }
  return verdicts;
}

const formatLine = (p: Problem) => formatProblem(p, 'data');

export const describeChange = (c: CellChange) => `data/${c.file}:${c.line} column ${c.column}: ${JSON.stringify(c.before)} became ${JSON.stringify(c.after)}`;

