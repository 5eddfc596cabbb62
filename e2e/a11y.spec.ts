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
    await page.getByText('Countries table').click();
    await expect(page.locator('.country-table table')).toBeVisible();
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Kill-switch sinkhole requests' });
    // A citation chip's card, opened from the keyboard.
    await page.locator('.map-legend a.cite').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.citation-card')).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
}

test.describe('reflow and text spacing', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  // 320 CSS px is a 1280 px window at 400% zoom (WCAG 1.4.10).
  for (const view of VIEWS) {
    test(`${view}: reflows at 320 px (400% zoom) without sideways scrolling`, async ({ page }) => {
      await page.goto(`./?view=${view}`);
      await waitInteractive(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
  test('text spacing overrides (WCAG 1.4.12) clip no control label', async ({ page }) => {
    for (const view of ['map', 'nhs', 'ransom']) {
      await page.goto(`./?view=${view}`);
      await waitInteractive(page);
      await page.addStyleTag({
        content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('button, summary, label, .legend-items li, .running-count')]
          .filter((el) => !el.closest('.visually-hidden')) // hidden on purpose, for screen readers only
          .filter((el) => {
            const style = getComputedStyle(el);
            const hides = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
            return hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
          })
          .map((el) => el.textContent?.trim().slice(0, 40)),
      );
      expect(clipped, view).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });
});
