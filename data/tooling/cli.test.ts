// @vitest-environment node
/**
 * The data:check CLI against the shipped data and against copies with one planted error each:
 * every problem is one line naming the file, the place in it, what was expected and what was found.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataCheck } from './cli.ts';

const DATA = join(process.cwd(), 'data');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wannacry-data-'));
  await cp(DATA, dir, { recursive: true, filter: (src) => !src.includes('tooling') });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const edit = async (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after, `the planted error must change ${file}`).not.toBe(before);
  await writeFile(path, after);
};
const check = (args: string[] = []) => runDataCheck(args, dir, dir);

describe('data:check', () => {
  it('passes the shipped data with a summary of what it holds', async () => {
    const { exitCode, lines } = await runDataCheck([], DATA, DATA);
    expect(exitCode).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/valid \(\d+ sources, \d+ countries/);
  });

  it('pinpoints a value that is not a number, by file, line, row, column and dataset path', async () => {
    await edit('country-figures.csv', (t) => t.replace(/^(CHN,kryptos-sinkhole-requests,)6200000,/m, '$1lots,'));
    const { exitCode, lines } = await check();
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^country-figures\.csv:2: row 1, column value: countries\[\d+\]\.figures\[\d+\]\.value: expected the value as a number, found "lots"$/),
    ]);
  });

  it('pinpoints a source id that does not resolve', async () => {
    await edit('country-reports.csv', (t) => t.replace(',elespanol-2017-05-12-telefonica,', ',no-such-source,'));
    const { lines } = await check();
    expect(lines).toEqual([expect.stringMatching(/^country-reports\.csv:\d+: row \d+, column source_id: countries\[\d+\]\.reports\[\d+\]\.sourceId: expected the id of a source listed in sources, found "no-such-source"$/)]);
  });

  it('rejects a country code that does not exist', async () => {
    await edit('country-reports.csv', (t) => t.replace(/^GRC,/m, 'GRE,'));
    const { lines } = await check();
    expect(lines.join('\n')).toMatch(/country-reports\.csv:\d+: row \d+, column iso3: countries\[\d+\]\.iso3: expected an ISO 3166-1 alpha-3 country code that exists, like GBR, found "GRE"/);
  });

  it('rejects a javascript: URL and a non-ISO date', async () => {
    await edit('sources.csv', (t) => t.replace('https://www.bleepingcomputer.com/news/security/new-data-shows', 'javascript:alert(1)//new-data-shows'));
    await edit('events.csv', (t) => t.replace('first-sighting-europe,2017-05-12T07:24Z', 'first-sighting-europe,12/05/2017'));
    const { lines } = await check();
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/sources\.csv:\d+: row \d+, column url: sources\[\d+\]\.url: expected an http\(s\) URL like https:\/\/example\.org\/page, found "javascript:alert/);
    // A spreadsheet's date form is named as such, with the ISO forms it may stand for (spreadsheet.test.ts).
    expect(lines.join('\n')).toMatch(/events\.csv:\d+: row \d+, column time: found "12\/05\/2017", a date as a spreadsheet writes it: write 2017-05-12 \(day first.*\) or 2017-12-05 \(month first.*\)/);
  });

  it('rejects a duplicate id and names where the first one is', async () => {
    await edit('sources.csv', (t) => t.replace('kryptoslogic-2017-05-29,', 'bleepingcomputer-2017-05-30-kryptos,'));
    const { lines } = await check();
    expect(lines.join('\n')).toMatch(/sources\.csv:\d+: row \d+, column id: sources\[\d+\]\.id: expected a unique source id \(also used at index \d+\), found "bleepingcomputer-2017-05-30-kryptos"/);
  });

  it('reports an unknown column instead of silently dropping it', async () => {
    await edit('nhs-trusts.csv', (t) => t.replace('name,category,', 'name,categry,'));
    const { lines } = await check();
    expect(lines).toContain('nhs-trusts.csv:1: header: expected a column "category", found none (columns: name, category, acute, ae_diverted, source_id, locator, quote, note)');
    expect(lines).toContain('nhs-trusts.csv:1: header: expected only the columns name, category, acute, ae_diverted, source_id, locator, quote, note, found "categry"');
  });

  it('reports a row with a stray comma rather than dropping or shifting it', async () => {
    let line = 0;
    await edit('corrections.csv', (t) => {
      line = t.trimEnd().split('\n').length + 1;
      return `${t}2017-05-20,A fix,with a stray comma\n`;
    });
    const { lines } = await check();
    expect(lines).toContain(`corrections.csv:${line}: expected 2 cells like the header, found 3 (a stray comma or quote?)`);
  });

  it('gives the line and column of a CSV quote left open', async () => {
    await edit('nhs-timeline.csv', (t) => t.replace(',late morning,', ',"late morning,'));
    const { lines } = await check();
    expect(lines).toEqual([expect.stringMatching(/^nhs-timeline\.csv:2:\d+: invalid CSV: [A-Za-z ]+ \(CSV_[A-Z_]+\)$/)]);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    await edit('measures.json', (t) => t.replace('"mapLayer": true,', '"mapLayer": true,,'));
    const { lines } = await check();
    expect(lines).toEqual([expect.stringMatching(/^measures\.json:\d+:\d+: invalid JSON: /)]);
  });

  it('rejects an unknown field in a JSON file', async () => {
    await edit('meta.json', (t) => t.replace('"title":', '"titel": "x",\n  "title":'));
    const { lines } = await check();
    expect(lines).toEqual(['meta.json: titel: expected no unknown field (check the spelling against the schema), found "titel"']);
  });

  it('names a missing file', async () => {
    await rm(join(dir, 'events.csv'));
    const { lines } = await check();
    expect(lines).toContain('events.csv: file missing: expected it in the data folder');
  });

  it('checks one source file and says when other files have problems too', async () => {
    await edit('country-figures.csv', (t) => t.replace(/^(CHN,kryptos-sinkhole-requests,)6200000,/m, '$1lots,'));
    await edit('sources.csv', (t) => t.replace('https://www.bleepingcomputer.com/news/security/new-data-shows', 'ftp://x/new-data-shows'));
    const { lines, exitCode } = await check([join(dir, 'country-figures.csv')]);
    expect(exitCode).toBe(1);
    expect(lines[0]).toMatch(/country-figures\.csv:2: /);
    expect(lines.at(-1)).toMatch(/1 more problem\(s\) in other files/);
  });

  it('checks a published wannacry.json: valid, then with a planted error', async () => {
    const { checkSourceFiles } = await import('./assemble.ts');
    const { dataset } = await checkSourceFiles(dir);
    const published = join(dir, 'wannacry.json');
    await writeFile(published, JSON.stringify(dataset));
    expect((await check([published])).exitCode).toBe(0);
    const broken = structuredClone(dataset)!;
    const withFigures = broken.countries.findIndex((c) => c.figures.length > 0);
    broken.countries[withFigures]!.figures[0]!.sourceId = 'nope';
    await writeFile(published, JSON.stringify(broken));
    const { lines, exitCode } = await check([published]);
    expect(exitCode).toBe(1);
    expect(lines).toEqual([`wannacry.json: countries[${withFigures}].figures[0].sourceId: expected the id of a source listed in sources, found "nope"`]);
  });

  it('reports a published file that is not JSON with its line and column', async () => {
    const published = join(dir, 'wannacry.json');
    await writeFile(published, '{\n  "meta": nope\n}');
    const { lines } = await check([published]);
    expect(lines).toEqual([expect.stringMatching(/^wannacry\.json:2:\d+: invalid JSON: unexpected character|invalid JSON: expected a value/)]);
  });

  it('exits 2 with a usage message for a path that does not exist', async () => {
    const { exitCode, lines } = await check(['nowhere.json']);
    expect(exitCode).toBe(2);
    expect(lines[0]).toMatch(/not found/);
  });
});
