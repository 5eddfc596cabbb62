/**
 * WCAG 2.2 AA, proven in the browser: axe finds nothing on every view, in both themes, at phone
 * and desktop widths, including with the tooltip, the details panel and the table open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitInteractive } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWS = ['story', 'map', 'nhs', 'ransom', 'sources'];

async function audit(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const view of VIEWS) {
  for (const [width, height] of [[375, 800], [1280, 900]] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe: ${view} at ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`./?view=${view}`);
        await waitInteractive(page);
        expect(await audit(page)).toEqual([]);
      });
    }
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: map with tooltip, details panel and table open (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('./?view=map');
    await waitInteractive(page);
    const map = page.getByTestId('world-map');
    await map.locator('[data-iso3="IND"]').click();
    await expect(page.getByRole('complementary', { name: 'India' })).toBeVisible();
    await map.locator('[data-iso3="BRA"]').hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.getByText(/^Table of all/).click();
    await page.getByRole('button', { name: 'Kill-switch sinkhole requests' }).click();
    expect(await audit(page)).toEqual([]);
  });
}
