// @vitest-environment node
/**
 * Issue 15's round trip with a real spreadsheet engine: every shipped table opened in headless
 * LibreOffice Calc as a double-click opens it ("Detect special numbers" on), saved as .xlsx, and
 * saved back to CSV as "CSV UTF-8" (comma), as European Excel's "CSV" (semicolon, Windows-1252)
 * and as German "CSV UTF-8" (semicolon, opened in de-DE); and once more opened the way
 * data/README.md says (every column Text). No cell may change without data:check naming it (file,
 * line, column) or refusing its file with how to save it instead (roundTrip.ts).
 *
 * Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui; .ci/run installs it). Without it
 * the test is skipped with a message on a developer's machine, and fails in CI (CI=1).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataCheck } from './cli.ts';
import { compareTrip, describeChange, findSoffice, FORMS, roundTrip, type TableVerdict, type TripOutput } from './roundTrip.ts';

const DATA = join(process.cwd(), 'data');
const soffice = await findSoffice();
const inCi = !!process.env.CI;
const skip = !soffice && !inCi;
if (skip) {
  console.warn('LibreOffice round trip skipped: soffice not found (apt-get install libreoffice-calc-nogui). In CI it runs, and fails without soffice.');
}

describe.skipIf(skip)(`LibreOffice round trip of every table${skip ? ' (skipped: soffice not found; apt-get install libreoffice-calc-nogui)' : ''}`, () => {
  let work: string;
  let trips: TripOutput[] = [];
  const verdicts = new Map<string, TableVerdict[]>();

  beforeAll(async () => {
    if (!soffice) return; // in CI: each test fails below, so that the summary counts them
    work = await mkdtemp(join(tmpdir(), 'wannacry-roundtrip-'));
    trips = await roundTrip(soffice, DATA, work);
    for (const trip of trips) verdicts.set(trip.form.id, await compareTrip(DATA, trip));
  }, 300_000);
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  const of = (id: string) => {
    if (!soffice) throw new Error('CI: LibreOffice (soffice) is missing; .ci/run installs libreoffice-calc-nogui');
    return verdicts.get(id)!;
  };
  const silent = (id: string) => of(id).flatMap((v) => v.silent).map(describeChange);

  it.each(FORMS.map((f) => [f.label, f.id]))('%s: no cell changes without data:check saying so', (_label, id) => {
    expect(silent(id)).toEqual([]);
  });

  it('a double-click really converts cells (so the test above tests something), and data:check names each one', () => {
    for (const id of ['csv-utf8', 'german-csv-utf8']) {
      const changed = of(id).flatMap((v) => v.changed);
      expect(changed.length, id).toBeGreaterThan(0);
      expect(of(id).flatMap((v) => v.named)).toHaveLength(changed.length);
    }
  });

  it('European "CSV": each table is read unchanged, or refused naming Windows-1252 and how to save instead', () => {
    for (const v of of('european-csv')) {
      if (v.refused) expect(v.refused, v.file).toMatch(/: not read: the file is not UTF-8 \(byte 0x[0-9A-F]{2} in ".*", as Windows-1252 reads it\): .*; save it as "CSV UTF-8 \(Comma delimited\) \(\*\.csv\)" in Excel/);
      else {
        expect(v.changed, v.file).toEqual([]);
        expect(v.note, v.file).toBe(`data/${v.file}: read as UTF-8, semicolon-separated (as spreadsheets save CSV where the list separator is ";", e.g. in Germany or France)`);
      }
    }
  });

  it('opened as data/README.md says, every table comes back unchanged and data:check says valid', async () => {
    expect(of('readme').flatMap((v) => v.changed).map(describeChange)).toEqual([]);
    const trip = trips.find((t) => t.form.id === 'readme')!;
    const { exitCode, lines } = await runDataCheck([], trip.dir, trip.dir);
    expect(lines.at(-1)).toMatch(/: valid \(/);
    expect(exitCode).toBe(0);
  });
});
