/**
 * Keyboard journeys: from the top of the page a reader reaches and uses every control, in a
 * logical order, with a visible focus indicator, and is never trapped.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitInteractive } from './helpers.ts';

interface Stop {
  name: string;
  tag: string;
  visible: boolean;
}

/** Tabs through the whole page once, recording each stop and whether its focus is visible. */
async function tabThrough(page: Page, max = 2000): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // An element seen before means focus went round: stop (a trap would never reach the body).
      const seen = ((window as unknown as { __seen?: WeakSet<Element> }).__seen ??= new WeakSet());
      if (seen.has(el)) return { name: '', tag: 'again', visible: true };
      seen.add(el);
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      // SVG marks (countries, units) show focus with a thick stroke instead of an outline.
      const stroke = el instanceof SVGElement && parseFloat(style.strokeWidth) >= 2;
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '';
      return { name: name || el.getAttribute('placeholder') || el.tagName, tag: el.tagName.toLowerCase(), visible: outline || stroke || style.boxShadow !== 'none' };
    });
    if (!stop || stop.tag === 'again') break; // back to the document or round again: not trapped
    stops.push(stop);
  }
  return stops;
}

test('story: every control is reached in reading order, with visible focus, and focus leaves the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitInteractive(page);
  const stops = await tabThrough(page);
  const index = (re: RegExp) => stops.findIndex((s) => re.test(s.name));
  const order = [
    stops.findIndex((s) => s.tag === 'select' && s.name.startsWith('Any public report')), // layer switch
    stops.findIndex((s) => s.tag === 'select' && s.name.startsWith('World')), // region zoom
    index(/^e\.g\. Spain/), // search
    index(/: (named victim|published count|reported|no report found|denial only)/), // a country on the map
    index(/^Zoom in$/),
    index(/^Play the spread hour by hour, then day by day$/),
    stops.findIndex((s) => s.tag === 'input' && s.name === 'INPUT'), // the time slider
    index(/^Key events$/),
    index(/^Countries table$/),
    index(/^Download$/), // the map's downloads, one menu
    index(/^Animation (on|off)$/),
    index(/^October 2017 edition$/), // NHS editions, in the next section
  ];
  for (const [i, position] of order.entries()) expect(position, `control ${i} reached`).toBeGreaterThanOrEqual(0);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The map is one tab stop, however many countries it draws.
  expect(stops.filter((s) => s.tag === 'path' || s.tag === 'g').length).toBeLessThanOrEqual(2);
  const invisible = stops.filter((s) => !s.visible);
  expect(invisible, invisible.map((s) => `${s.tag} ${s.name}`).join('; ')).toEqual([]);
});

test('map controls work from the keyboard alone', async ({ page }) => {
  await page.goto('./?view=map');
  await waitInteractive(page);
  // Layer switch by keyboard: a native select, arrow keys change it.
  const layer = page.getByRole('combobox', { name: 'Show' });
  await layer.focus();
  await page.keyboard.press('ArrowDown');
  await expect(layer).toHaveValue('kryptos-sinkhole-requests');
  await expect(page.locator('.map-legend')).toContainText('kill-switch sinkhole requests');
  // Region zoom by keyboard.
  const before = await page.getByTestId('world-map').getAttribute('viewBox');
  const region = page.getByRole('combobox', { name: 'Zoom to' });
  await region.focus();
  await region.selectOption('asia');
  expect(await page.getByTestId('world-map').getAttribute('viewBox')).not.toBe(before);
  await page.getByRole('button', { name: 'Show the whole world' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('world-map').getAttribute('viewBox')).toBe(before);
  // Play and pause by keyboard.
  await page.getByRole('button', { name: 'Play the spread hour by hour, then day by day' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play the spread hour by hour, then day by day' })).toBeVisible();
  // Search by keyboard: type, arrow, Enter; Escape closes the details.
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.focus();
  await page.keyboard.type('ken');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Kenya' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('NHS units and ransom hours are reachable and readable by keyboard', async ({ page }) => {
  await page.goto('./?view=nhs');
  await waitInteractive(page);
  const units = page.locator('.unit-chart svg [tabindex="0"], .unit-chart [tabindex="0"]').first();
  await units.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tooltip')).toContainText(/NHS|Trust|trust/);
  await page.goto('./?view=ransom');
  await waitInteractive(page);
  const hours = page.getByRole('slider').first();
  await hours.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('embed page: the view picker and every copy button work from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./embed.html');
  const picker = page.getByRole('combobox', { name: 'View' });
  await picker.focus();
  await picker.selectOption('nhs');
  for (const label of ['iframe code', 'pym.js code', 'AMP code', 'oEmbed URL']) {
    const button = page.getByRole('button', { name: `Copy ${label}` });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(label === 'oEmbed URL' ? 'oembed-nhs.json' : 'view=nhs');
    await page.waitForTimeout(2100);
  }
});
