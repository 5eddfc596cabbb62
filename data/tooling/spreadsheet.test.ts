// @vitest-environment node
/**
 * Tables as spreadsheets save them (issue 15), without a spreadsheet: the forms Excel, LibreOffice
 * and Google Sheets write are made here byte for byte, and data:check either reads them to the very
 * same dataset (naming the form in one line) or refuses them saying what it found and what to do.
 * The LibreOffice round trip itself is roundTrip.test.ts; the messages quoted in data/README.md
 * ("Editing in Excel, LibreOffice or Google Sheets") are asserted at the end of this file.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSourceFiles } from './assemble.ts';
import { runDataCheck } from './cli.ts';
import { encodeWindows1252 } from './encoding.ts';
import { columnKind, spreadsheetFormProblem } from './spreadsheetForms.ts';

const DATA = join(process.cwd(), 'data');
let dir: string;
let plainDataset: unknown;

beforeAll(async () => {
  plainDataset = (await checkSourceFiles(DATA)).dataset;
  expect(plainDataset, 'the shipped data is valid').toBeDefined();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wannacry-sheet-'));
  await cp(DATA, dir, { recursive: true, filter: (src) => !src.includes('tooling') });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A table's rows as csv-parse reads the shipped file. */
const rowsOf = async (file: string): Promise<string[][]> => parse(await readFile(join(DATA, file)), { relax_column_count: true });

/** Rows written as a spreadsheet writes CSV: quoted only where needed. */
function serialise(rows: string[][], delimiter: string, eol: string): string {
  const cell = (c: string) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

const utf16 = (text: string, order: 'LE' | 'BE') => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'LE' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
};

const check = (args: string[] = []) => runDataCheck(args, dir, dir);
/** Changes the copied table's first cell in `column` that reads `from`; the row's index (the header is 0). */
async function editCell(file: string, column: string, from: string, to: string): Promise<number> {
  const rows = await rowsOf(file);
  const c = rows[0]!.indexOf(column);
  const r = rows.findIndex((row) => row[c] === from);
  expect(r, `${file} has ${from} in ${column}`).toBeGreaterThan(0);
  rows[r]![c] = to;
  await writeFile(join(dir, file), serialise(rows, ',', '\n'));
  return r;
}
const datasetOf = async () => (await checkSourceFiles(dir)).dataset;

describe('reading what spreadsheets save', () => {
  it('reads "CSV UTF-8" from European Excel (byte-order mark, semicolons, CRLF) to the same dataset, and says so in one line', async () => {
    await writeFile(join(dir, 'events.csv'), `\ufeff${serialise(await rowsOf('events.csv'), ';', '\r\n')}`);
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      'events.csv: read as UTF-8 with a byte-order mark, semicolon-separated, Windows line ends (CRLF) (as Excel saves "CSV UTF-8" where the list separator is ";", e.g. in Germany or France)',
      expect.stringMatching(/^\.: valid \(/),
    ]);
    expect(await datasetOf()).toEqual(plainDataset);
  });

  it('reads "CSV UTF-8" with commas and a byte-order mark, as Excel saves it elsewhere', async () => {
    await writeFile(join(dir, 'nhs-trusts.csv'), `\ufeff${serialise(await rowsOf('nhs-trusts.csv'), ',', '\r\n')}`);
    const { lines } = await check();
    expect(lines[0]).toBe('nhs-trusts.csv: read as UTF-8 with a byte-order mark, comma-separated, Windows line ends (CRLF) (as Excel saves "CSV UTF-8")');
    expect(await datasetOf()).toEqual(plainDataset);
  });

  it('reads Excel\'s "Unicode Text" (UTF-16 LE or BE with a byte-order mark, tab-separated) to the same dataset', async () => {
    await writeFile(join(dir, 'country-reports.csv'), utf16(serialise(await rowsOf('country-reports.csv'), '\t', '\r\n'), 'LE'));
    await writeFile(join(dir, 'sources.csv'), utf16(serialise(await rowsOf('sources.csv'), '\t', '\n'), 'BE'));
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(0);
    expect(lines).toContain('sources.csv: read as UTF-16 BE with a byte-order mark, tab-separated (as Excel saves "Unicode Text")');
    expect(lines).toContain('country-reports.csv: read as UTF-16 LE with a byte-order mark, tab-separated, Windows line ends (CRLF) (as Excel saves "Unicode Text")');
    expect(await datasetOf()).toEqual(plainDataset);
  });

  it('understands Excel\'s "sep=;" first line, and keeps line numbers', async () => {
    const rows = await rowsOf('nhs-timeline.csv');
    rows[3]![rows[0]!.indexOf('time_text')] = '01:06:00 PM';
    await writeFile(join(dir, 'nhs-timeline.csv'), `sep=;\n${serialise(rows, ';', '\n')}`);
    const { lines } = await check();
    expect(lines[0]).toBe('nhs-timeline.csv: read as UTF-8, semicolon-separated, after Excel\'s "sep=;" line (as spreadsheets save CSV where the list separator is ";", e.g. in Germany or France)');
    expect(lines).toContain('nhs-timeline.csv:5: row 3, column time_text: found "01:06:00 PM", a time as a spreadsheet writes it: write 13:06');
  });

  it('ignores the empty columns and rows a spreadsheet adds at the end, and says so', async () => {
    const rows = (await rowsOf('ransom-facts.csv')).map((r) => [...r, '', '']);
    rows.push(rows[0]!.map(() => ''), rows[0]!.map(() => ''));
    await writeFile(join(dir, 'ransom-facts.csv'), serialise(rows, ',', '\r\n'));
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('ransom-facts.csv: read as UTF-8, comma-separated, Windows line ends (CRLF), 2 empty columns at the end ignored');
    expect(await datasetOf()).toEqual(plainDataset);
  });

  it('still reports a cell in a column without a name, or a row longer than the header', async () => {
    const rows = (await rowsOf('corrections.csv')).map((r) => [...r, '']);
    rows[2]![2] = 'a value nobody named';
    await writeFile(join(dir, 'corrections.csv'), serialise(rows, ',', '\n'));
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(1);
    expect(lines).toContain('corrections.csv:1: header: expected only the columns date, text, found ""');
  });

  it('refuses Windows-1252 ("CSV" from European Excel), naming the byte, the encoding and how to save instead', async () => {
    const text = serialise(await rowsOf('events.csv'), ';', '\r\n');
    await writeFile(join(dir, 'events.csv'), encodeWindows1252(text));
    const line = text.split('\r\n').findIndex((l) => l.includes('Telefónica')) + 1;
    const column = text.split('\r\n')[line - 1]!.indexOf('ó') + 1;
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      `events.csv:${line}:${column}: not read: the file is not UTF-8 (byte 0xF3 in "Telefónica", as Windows-1252 reads it): ` +
        'Windows-1252, the encoding of "CSV" from European Excel and "Western Europe" in LibreOffice, has no room for this dataset\'s Cyrillic, Greek, Arabic, Chinese or Korean text ' +
        'and a spreadsheet writes "?" in its place without telling; save it as "CSV UTF-8 (Comma delimited) (*.csv)" in Excel, as "Text CSV (.csv)" with Character set "Unicode (UTF-8)" in LibreOffice, ' +
        'or with File > Download > "Comma-separated values (.csv)" in Google Sheets',
    ]);
  });

  it('refuses ISO-8859-1 the same way, and UTF-16 without a byte-order mark', async () => {
    await writeFile(join(dir, 'corrections.csv'), Buffer.from('date,text\n2026-12-04,Caf\u00e9 au lait\n', 'latin1'));
    await writeFile(join(dir, 'nhs-trusts.csv'), Buffer.from(serialise(await rowsOf('nhs-trusts.csv'), '\t', '\r\n'), 'utf16le'));
    const { lines } = await check();
    expect(lines).toContainEqual(expect.stringMatching(/^corrections\.csv:2:15: not read: the file is not UTF-8 \(byte 0xE9 in "Café", as Windows-1252 reads it\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^nhs-trusts\.csv:1:1: not read: the file is UTF-16 without a byte-order mark, so its byte order is unknown; save it as "CSV UTF-8/));
  });

  it('refuses a file whose rows were each read into one cell (a comma file opened by European Excel and saved again)', async () => {
    // Excel in a semicolon locale puts each line of a comma file into column A; saved as ";" CSV,
    // a line with quotes or semicolons comes back as one quoted cell.
    const lines = (await readFile(join(DATA, 'events.csv'), 'utf8')).trimEnd().split('\n');
    const saved = lines.map((l) => (/[";]/.test(l) ? `"${l.replace(/"/g, '""')}"` : l)).join('\r\n');
    await writeFile(join(dir, 'events.csv'), saved);
    const first = lines.findIndex((l) => /[";]/.test(l)) + 1;
    const { exitCode, lines: out } = await check();
    expect(exitCode).toBe(1);
    expect(out).toEqual([
      expect.stringMatching(new RegExp(`^events\\.csv:${first}:1: not read: line ${first} is a whole row in one cell \\(".*"\\): the file was opened in a spreadsheet that did not split it at its separators \\(European Excel does that to a comma-separated file on a double-click\\) and saved again; restore it \\(git checkout -- data/events\\.csv\\) and open it as data/README\\.md says`)),
    ]);
  });
});

describe('values a spreadsheet rewrites', () => {
  const cases: Array<[string, string, Parameters<typeof columnKind>[1], string | undefined]> = [
    // column, cell, type, message (undefined: accepted)
    ['value', '6200000', 'number', undefined],
    ['value', '0.1781', 'number', undefined],
    ['value', '4.0', 'number', undefined],
    ['value', '-6', 'number', undefined],
    ['value', '12.345', 'number', 'found "12.345": a dot followed by three digits is a thousands separator in much of Europe (12345) and a decimal point in English (12.345); a count must be a whole number: write 12345, or, for a decimal the source gives to three places, 12.3450'],
    ['value', '1,5', 'number', 'found "1,5": a decimal comma: write 1.5'],
    ['value', '0,1781', 'number', 'found "0,1781": a decimal comma: write 0.1781'],
    ['value', '1,500', 'number', 'found "1,500": a comma followed by three digits is a thousands separator in English (1500) and a decimal comma in much of Europe (1.5): write 1500 or 1.5, whichever the source means, with no separator and a dot for decimals'],
    ['value', '1,100,000', 'number', 'found "1,100,000": commas as thousands separators: write 1100000'],
    ['value', '1.100.000', 'number', 'found "1.100.000": dots as thousands separators: write 1100000'],
    ['value', '13.534,4', 'number', 'found "13.534,4": dots as thousands separators and a decimal comma: write 13534.4'],
    ['value', '12\u202f345', 'number', 'found "12\u202f345": spaces or apostrophes as thousands separators: write 12345'],
    ['value', "12'345", 'number', 'found "12\'345": spaces or apostrophes as thousands separators: write 12345'],
    ['value', '6.2E+06', 'number', 'found "6.2E+06", a number in scientific notation, as spreadsheets write long numbers (keeping at most 15 digits, often 6): write the number in full, as the source gives it (6200000, if no digit was lost)'],
    ['value', '4.7%', 'number', 'found "4.7%": write the number without "%" (4.7); the unit says it is a percentage'],
    ['value', '$300', 'number', 'found "$300": write the number without a currency sign; the unit says the currency'],
    ['value', '+5', 'number', 'found "+5": write 5, without "+"'],
    ['value', '01.05.', 'number', 'found "01.05.", a date: a spreadsheet read a number as a date (1.5 becomes 1 May in Germany, 5/12 the 12th of May in the US): write the number as the source gives it, with a dot for decimals, and open the file with every column as Text (data/README.md)'],
    ['value', 'lots', 'number', undefined], // the schema says "expected the value as a number"
    ['reported', '2017-05-12', 'text', undefined],
    ['reported', '2017-05-12T09:25Z', 'text', undefined],
    ['reported', '13/05/2017', 'text', 'found "13/05/2017", a date as a spreadsheet writes it: write 2017-05-13'],
    ['reported', '13.05.2017', 'text', 'found "13.05.2017", a date as a spreadsheet writes it: write 2017-05-13'],
    ['reported', '5/13/17', 'text', 'found "5/13/17", a date as a spreadsheet writes it: write 2017-05-13'],
    ['reported', '05/12/2017', 'text', 'found "05/12/2017", a date as a spreadsheet writes it: write 2017-12-05 (day first, as in Britain and most of Europe) or 2017-05-12 (month first, as in the US), whichever the source says'],
    ['reported', '01/05/2017', 'text', 'found "01/05/2017", a date as a spreadsheet writes it: write 2017-05-01 (day first, as in Britain and most of Europe) or 2017-01-05 (month first, as in the US), whichever the source says; if the source gives only the month, 2017-05 (a spreadsheet turns a month into its first day)'],
    ['time', '12/05/2017 09:25', 'text', 'found "12/05/2017 09:25", a date as a spreadsheet writes it: write 2017-05-12T09:25Z (day first, as in Britain and most of Europe) or 2017-12-05T09:25Z (month first, as in the US), whichever the source says (in UTC)'],
    ['time', '2017-05-12 09:25:00', 'text', 'found "2017-05-12 09:25:00", a date and time as a spreadsheet writes it: write 2017-05-12T09:25Z (in UTC, with T and Z)'],
    ['reported', '12-May-17', 'text', 'found "12-May-17", a date as a spreadsheet writes it: write 2017-05-12'],
    ['time_text', '13:06', 'text', undefined],
    ['time_text', 'just after 13:00', 'text', undefined],
    ['time_text', '01:06:00 PM', 'text', 'found "01:06:00 PM", a time as a spreadsheet writes it: write 13:06'],
    ['time_text', '1:06 PM', 'text', 'found "1:06 PM", a time as a spreadsheet writes it: write 13:06'],
    ['time_text', '13:06:00', 'text', 'found "13:06:00", a time as a spreadsheet writes it: write 13:06'],
    ['period', 'May 2017', 'text', undefined],
    ['period', '12-19 May 2017', 'text', undefined],
    ['period', '2017', 'text', undefined],
    ['period', '2017/18', 'text', undefined],
    ['period', '05/01/17', 'text', 'found "05/01/17", a date a spreadsheet made from text: it reads 5 January 2017 (day first) or 1 May 2017 (month first); write the words the source uses (such as "May 2017" or "1 May 2017"), and open the file with every column as Text (data/README.md)'],
    ['period', '03.08.17', 'text', 'found "03.08.17", a date a spreadsheet made from text: it reads 3 August 2017; write the words the source uses (such as "3 August 2017"), and open the file with every column as Text (data/README.md)'],
    ['period', 'May-17', 'text', 'found "May-17", a date as a spreadsheet writes it: write the words the source uses, e.g. May 2017, and open the file with every column as Text (data/README.md)'],
    ['quote', '416,989', 'text', undefined],
    ['quote', '416989', 'text', 'found "416989", a bare number, which is what a spreadsheet leaves of 416,989 (416989), 1.10 (1.1) or 007 (7): write it as the source prints it, e.g. 416,989, and open the file with every column as Text (data/README.md)'],
    ['locator', '1.1', 'text', 'found "1.1", a bare number, which is what a spreadsheet leaves of 416,989 (416989), 1.10 (1.1) or 007 (7): write it as the source prints it, and open the file with every column as Text (data/README.md)'],
    ['locator', '12', 'text', undefined],
    ['text', '4.7%', 'text', undefined],
    ['text', '4.70%', 'text', 'found "4.70%", a percentage as a spreadsheet writes it, with two decimals: write it as the source gives it (e.g. 4.7%), and open the file with every column as Text (data/README.md)'],
    ['text', '$300.00', 'text', 'found "$300.00", an amount as a spreadsheet writes it, with two decimals: write it as the source gives it (e.g. $300), and open the file with every column as Text (data/README.md)'],
    ['url', '1.23457E+13', 'text', 'found "1.23457E+13", a number in scientific notation, as spreadsheets write long numbers (keeping at most 15 digits, often 6): write it as the source prints it (12345700000000, if no digit was lost)'],
    ['note', '=1+1', 'text', 'found "=1+1": a cell beginning with "=" is a formula to a spreadsheet, which saves its result instead; reword it so that it does not begin with "="'],
    ['short', '@actual_ransom', 'text', undefined],
    ['short', '#NAME?', 'text', 'found "#NAME?", a spreadsheet\'s error: it read the cell as a formula (text beginning with =, +, - or @): write back the value from the source (git diff shows what it was), and open the file with every column as Text (data/README.md)'],
    ['acute', 'TRUE', 'boolean', undefined],
    ['acute', 'WAHR', 'boolean', 'found "WAHR", a spreadsheet\'s word for true in another language: write true'],
  ];
  it.each(cases)('%s %j', (column, cell, type, message) => {
    expect(spreadsheetFormProblem(cell, columnKind(column, type))).toBe(message);
  });

  it('accepts every cell of the shipped tables as it is, with nothing to note about how they are saved', async () => {
    const { problems, notes } = await checkSourceFiles(DATA);
    expect(problems).toEqual([]);
    expect(notes).toEqual([]); // UTF-8, commas, LF line ends
  });

  it('refuses 12.345 in a count column, where it would have been read as twelve point three four five', async () => {
    const row = await editCell('country-figures.csv', 'value', '4108', '12.345');
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      `country-figures.csv:${row + 1}: row ${row}, column value: found "12.345": a dot followed by three digits is a thousands separator in much of Europe (12345) and a decimal point in English (12.345); a count must be a whole number: write 12345, or, for a decimal the source gives to three places, 12.3450`,
    ]);
  });

  it('names a spreadsheet\'s date once, not again as the schema\'s "expected an ISO 8601 date"', async () => {
    const rows = await rowsOf('corrections.csv');
    rows[1]![0] = '04.12.2026';
    await writeFile(join(dir, 'corrections.csv'), serialise(rows, ',', '\n'));
    const { lines } = await check();
    expect(lines).toEqual(['corrections.csv:2: row 1, column date: found "04.12.2026", a date as a spreadsheet writes it: write 2026-12-04']);
  });

  it('checks that a clock time in nhs-timeline.csv time_text is the UK time of time', async () => {
    const row = await editCell('nhs-timeline.csv', 'time_text', '13:06', '12:06');
    const { lines } = await check();
    expect(lines).toEqual([`nhs-timeline.csv:${row + 1}: row ${row}, column time_text: expected 13:06, the UK time of time (2017-05-12T12:06Z), found "12:06"`]);
  });
});

describe('data/README.md, "Editing in Excel, LibreOffice or Google Sheets"', () => {
  it('quotes data:check exactly (line, row and column numbers aside)', async () => {
    const readme = await readFile(join(DATA, 'README.md'), 'utf8');
    const section = /## Editing in Excel, LibreOffice or Google Sheets\n([\s\S]*?)(?=\n## |$)/.exec(readme)?.[1];
    expect(section, 'the section exists').toBeDefined();
    const quoted = [...section!.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
    expect(quoted.length).toBeGreaterThanOrEqual(6);

    // The cases the section describes: European Excel's "CSV UTF-8", its "CSV" (Windows-1252), and a double-click's conversions.
    await writeFile(join(dir, 'events.csv'), `\ufeff${serialise(await rowsOf('events.csv'), ';', '\r\n')}`);
    await writeFile(join(dir, 'corrections.csv'), encodeWindows1252(serialise([['date', 'text'], ['2026-12-04', 'Telefónica: the time is 11:25 in Madrid']], ';', '\r\n')));
    await editCell('nhs-figures.csv', 'period', 'May 2017', '05/01/17');
    await editCell('nhs-timeline.csv', 'time_text', '13:06', '01:06:00 PM');
    await editCell('country-figures.csv', 'value', '4108', '12.345');
    await editCell('ransom-facts.csv', 'value', '0.1781', '0,1781');
    await editCell('sources.csv', 'date', '2017-05-13', '13/05/2017');

    const { lines } = await runDataCheck([], join(dir, '..'), dir);
    const out = lines.map((l) => l.replace(/^[^:]*?\/(?=[a-z-]+\.csv)/, 'data/'));
    for (const line of quoted) {
      // "data/file.csv:12:3: row 11, column x: …": the numbers before the message depend on the data.
      const m = /^(data\/[a-z-]+\.csv)((?::\d+)*): (row \d+, )?(.*)$/.exec(line);
      expect(m, `a data:check line: ${line}`).not.toBeNull();
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`^${escape(m![1]!)}${m![2] ? '(?::\\d+)+' : ''}: ${m![3] ? 'row \\d+, ' : ''}${escape(m![4]!)}$`);
      expect(out, `data:check prints the line data/README.md quotes:\n${line}`).toContainEqual(expect.stringMatching(pattern));
    }
  });
});
