/**
 * Accessibility-tree snapshots of the controls, so a change in what a screen reader hears shows
 * up as a reviewable diff (e2e/aria.spec.ts-snapshots/). They cover structure and names, not
 * figures, so editing the dataset does not break them. Update with --update-snapshots.
 */
import { expect, test } from '@playwright/test';
import { waitInteractive } from './helpers.ts';

test('map: layer switch, region, search, zoom and legend', async ({ page }) => {
  await page.goto('./?view=map');
  await waitInteractive(page);
  await expect(page.locator('.map-controls')).toMatchAriaSnapshot({ name: 'map-controls.aria.yml' });
  await expect(page.locator('.zoom-buttons')).toMatchAriaSnapshot({ name: 'zoom-controls.aria.yml' });
  await expect(page.locator('.map-legend .legend-items')).toMatchAriaSnapshot({ name: 'map-legend.aria.yml' });
});

test('map: the time control', async ({ page }) => {
  await page.goto('./?view=map');
  await waitInteractive(page);
  await expect(page.locator('.time-row')).toMatchAriaSnapshot({ name: 'time-row.aria.yml' });
});

test('NHS: the edition switch', async ({ page }) => {
  await page.goto('./?view=nhs');
  await waitInteractive(page);
  await expect(page.getByRole('group').filter({ hasText: 'October 2017 edition' }).first()).toMatchAriaSnapshot({ name: 'nhs-editions.aria.yml' });
});

test('every view: the landmarks and headings a screen reader navigates by', async ({ page }) => {
  for (const view of ['map', 'nhs', 'ransom', 'sources']) {
    await page.goto(`./?view=${view}`);
    await waitInteractive(page);
    await page.locator('section[aria-labelledby]').first().waitFor(); // lazy sections arrive after the frame
    const outline = await page.evaluate(() =>
      [...document.querySelectorAll('main, section[aria-labelledby], h1, h2, h3')].map((el) =>
        el.matches('h1, h2, h3') ? `${el.tagName.toLowerCase()}` : `${el.tagName.toLowerCase()} ${el.getAttribute('aria-labelledby') ? 'labelled' : ''}`.trim(),
      ),
    );
    expect(outline[0]).toBe('main');
    expect(outline.filter((x) => x === 'h1')).toHaveLength(1);
    expect(outline, view).toContain('section labelled');
  }
});
