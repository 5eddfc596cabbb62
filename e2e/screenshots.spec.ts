/**
 * Screenshots for people to look at (screenshots/, not committed): each view at phone, tablet
 * and desktop widths in both themes. Each also asserts no errors and no sideways overflow.
 */
import { expect, test } from '@playwright/test';
import { waitInteractive, watchErrors } from './helpers.ts';

const WIDTHS = [375, 768, 1280];
const THEMES = ['light', 'dark'] as const;
const VIEWS = ['story', 'map', 'nhs', 'ransom', 'sources'];

for (const view of VIEWS) {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      test(`${view} at ${width} px, ${theme}`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.goto(`./?view=${view}`);
        await waitInteractive(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `screenshots/${view}-${width}-${theme}.png`, fullPage: view !== 'story' });
        expect(errors).toEqual([]);
      });
    }
  }
}
