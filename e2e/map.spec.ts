/** The spread map as people use it: pointer, touch, keyboard, search, deep links and time. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitInteractive, watchErrors } from './helpers.ts';

const dataset = JSON.parse(readFileSync(new URL('../dist/data/wannacry.json', import.meta.url), 'utf8'));

test.beforeEach(async ({ page }) => {
  await page.goto('./?view=map');
  await waitInteractive(page);
});

test('every shape carries its ISO code; countries with evidence carry their category', async ({ page }) => {
  const map = page.getByTestId('world-map');
  await expect(map.locator('path.country[data-iso3]')).toHaveCount(175);
  await expect(map.locator('[data-iso3="ESP"]')).toHaveAttribute('data-evidence', 'named-victim');
  await expect(map.locator('[data-iso3="POL"]')).not.toHaveAttribute('data-evidence', /.+/); // vulnerability data only
  await expect(map.locator('[data-iso3="MLT"]')).toHaveAttribute('data-status', 'denial'); // a dot, denial only
  await expect(map.locator('[data-iso3="MLT"]')).not.toHaveAttribute('data-evidence', /.+/);
  // Every shaded place traces to the dataset.
  const shaded = await map.locator('[data-evidence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
  const inDataset = new Set(dataset.countries.map((c: { iso3: string }) => c.iso3));
  expect(shaded.length).toBeGreaterThan(80);
  for (const iso3 of shaded) expect(inDataset.has(iso3), iso3!).toBe(true);
});

test('hover shows a tooltip; a click opens every figure and source', async ({ page }) => {
  const errors = watchErrors(page);
  await page.getByTestId('world-map').locator('[data-iso3="ESP"]').hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Spain');
  await expect(tooltip).toContainText('Named victim organisation');
  await page.getByTestId('world-map').locator('[data-iso3="ESP"]').click();
  const details = page.getByRole('complementary', { name: 'Spain' });
  await expect(details).toContainText('Telefónica');
  await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(page).toHaveURL(/country=ESP/);
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('keyboard: one tab stop, arrows move between countries, Enter opens details', async ({ page }) => {
  const map = page.getByTestId('world-map');
  await page.getByRole('combobox', { name: 'Find a country' }).focus();
  // From the search box, the next tab stop is the map's single focusable country.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
  expect(first).toBeTruthy();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(map.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await expect(map.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 3 })).toBeFocused();
});

test('search finds a country by alias and selects it', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.fill('ivory');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText("Côte d'Ivoire");
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: "Côte d'Ivoire" })).toBeVisible();
  await expect(page).toHaveURL(/country=CIV/);
  await search.fill('usa');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText('United States');
});

test('the time control is a bounded slider that filters the map and the count', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'by 07:00 UTC on 12 May 2017');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('0');
  const early = Number(await page.locator('.running-count strong').textContent());
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /All reports/);
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('60');
  const all = Number(await page.locator('.running-count strong').textContent());
  // Before the first sighting no country had been reported; by the end of 12 May some had.
  expect(early).toBe(0);
  expect(all).toBeGreaterThan(early);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/date=2017-05-12T07:00Z/);
  for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'by 00:00 UTC on 13 May 2017');
  const endOfFirstDay = Number(await page.locator('.running-count strong').textContent());
  expect(endOfFirstDay).toBeGreaterThan(0);
  await expect(page).toHaveURL(/date=2017-05-13T00:00Z/);
  // Countries first reported later are not shaded at the end of 12 May.
  const shadedEarly = await page.getByTestId('world-map').locator('[data-evidence]').count();
  expect(shadedEarly).toBeLessThan(all);
});

test('deep link: country and date round-trip', async ({ page }) => {
  await page.goto('./?view=map&country=JPN&date=2017-05-13');
  await waitInteractive(page);
  await expect(page.getByRole('complementary', { name: 'Japan' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveValue('41'); // the end of 13 May
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', 'by 00:00 UTC on 14 May 2017');
  await expect(page).toHaveURL(/country=JPN/);
  // The link is kept as the reader wrote it until they move the control.
  await expect(page).toHaveURL(/date=2017-05-13(&|$)/);
});

test('a measure layer shows only that measure, with its own legend and source', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Kill-switch sinkhole requests' });
  const map = page.getByTestId('world-map');
  await expect(map.locator('[data-bin]')).toHaveCount(10);
  await expect(page.locator('.map-legend')).toContainText('kill-switch sinkhole requests');
  await expect(page.locator('.map-legend')).toContainText('No published figure (not zero)');
  await expect(page.locator('.map-legend').getByRole('link')).toHaveCount(1);
  await map.locator('[data-iso3="CHN"]').hover();
  await expect(page.getByRole('tooltip')).toContainText('6,200,000 kill-switch sinkhole requests');
});

test('region zoom changes the view box and never traps the page scroll; the menu names what the map shows', async ({ page }) => {
  const map = page.getByTestId('world-map');
  const region = page.getByRole('combobox', { name: 'Zoom to' });
  const before = await map.getAttribute('viewBox');
  await region.selectOption({ label: 'Europe' });
  expect(await map.getAttribute('viewBox')).not.toBe(before);
  // "manipulation": the browser keeps panning and pinch-zoom; the map takes no gesture for itself.
  expect(await map.evaluate((el) => getComputedStyle(el).touchAction)).toBe('manipulation');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(region.locator('option:checked')).toHaveText('Zoomed in');
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  expect(await map.getAttribute('viewBox')).toBe(before);
  await expect(region.locator('option:checked')).toHaveText('World');
  await region.selectOption({ label: 'Europe' }); // the same region again still zooms
  expect(await map.getAttribute('viewBox')).not.toBe(before);
});

test.describe('on a 375 px touch screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  test('a tap pins the tooltip inside the frame, with a close button', async ({ page }) => {
    await page.goto('./?view=map');
    await waitInteractive(page);
    await page.getByTestId('world-map').locator('[data-iso3="BRA"]').tap();
    const tooltip = page.locator('.map-tooltip.pinned');
    await expect(tooltip.getByRole('tooltip')).toContainText('Brazil');
    const box = (await tooltip.boundingBox())!;
    const frame = (await page.locator('.map-frame').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    await tooltip.getByRole('button', { name: /Close/ }).tap();
    await expect(tooltip).toHaveCount(0);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing overflows sideways', async ({ page }) => {
    for (const view of ['story', 'map']) {
      await page.goto(`./?view=${view}`);
      await waitInteractive(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });
});
