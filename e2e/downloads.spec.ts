/** Reader downloads: the data behind a view (CSV for Excel, JSON) and the view as an image. */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitInteractive } from './helpers.ts';

const dataset = JSON.parse(readFileSync(new URL('../dist/data/wannacry.json', import.meta.url), 'utf8'));

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).first().click()]);
  return readFileSync((await (file as Download).path())!);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./?view=map');
  await waitInteractive(page);
  // The downloads are one menu under the map.
  await page.locator('.spread-map .section-tools summary').click();
  await expect(page.getByRole('group', { name: /^Download or share/ }).first()).toBeVisible();
});

test('map data as CSV opens in Excel: BOM, header, one row per figure and report', async ({ page }) => {
  const csv = (await download(page, 'Data (CSV)')).toString('utf8');
  expect(csv.startsWith('\uFEFFiso3,country,strongest_evidence,kind,')).toBe(true);
  const expected = dataset.countries.reduce((n: number, c: { figures: unknown[]; reports: unknown[] }) => n + c.figures.length + c.reports.length, 0);
  // Quoted cells may contain line breaks; count records by their ISO code at the start of a line.
  // The map also carries the NHS's same-day public reports, read from the NHS timeline.
  const fromNhsTimeline = csv.split('\r\n').filter((line) => line.includes("From the NHS section's timeline")).length;
  expect(fromNhsTimeline).toBeGreaterThan(0);
  expect(csv.split('\r\n').filter((line) => /^[A-Z]{3},/.test(line))).toHaveLength(expected + fromNhsTimeline);
  expect(csv).toContain('ESP,Spain,named-victim,named-victim');
});

test('map data as JSON holds the countries with their sources', async ({ page }) => {
  const json = JSON.parse((await download(page, 'Data (JSON)')).toString('utf8'));
  expect(json.countries).toHaveLength(dataset.countries.length);
  expect(json.sources).toHaveLength(dataset.sources.length);
});

test('the map as SVG and PNG carries title, source line and date', async ({ page }) => {
  const svg = (await download(page, 'Image (SVG)')).toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('WannaCry, May 2017: where it was reported');
  expect(svg).toMatch(/Sources: \d+ public sources, listed in the graphic · data updated \d+ \w+ \d{4}/);
  expect(svg).toContain('data-iso3="ESP"');
  const png = await download(page, 'Image (PNG)');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
});

test('copy link gives a link to this view and state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.fill('Germany');
  await search.press('Enter');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('.section-tools [role="status"]').first()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?view=map&country=DEU$/);
});
