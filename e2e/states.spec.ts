/**
 * Page states against the production build: success, each kind of failure, a slow response,
 * hostile strings and JavaScript off. The page is never blank and never throws.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DATASET, waitInteractive, watchErrors } from './helpers.ts';

const dataset = JSON.parse(readFileSync(new URL('../dist/data/wannacry.json', import.meta.url), 'utf8'));

test('success: the story hydrates with every source listed and no errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitInteractive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
  await expect(page.locator('.source-list li')).toHaveCount(0); // rendered on demand
  await page.getByText(/^All sources/).click();
  await expect(page.locator('.source-list li')).toHaveCount(dataset.sources.length);
  expect(errors).toEqual([]);
});

test('view=sources lists every source at once', async ({ page }) => {
  await page.goto('./?view=sources');
  await waitInteractive(page);
  await expect(page.locator('.source-list li')).toHaveCount(dataset.sources.length);
});

const failures = [
  { name: '404', fulfil: { status: 404, body: 'Not found' }, message: /server answered 404/ },
  { name: '500', fulfil: { status: 500, body: 'Internal error' }, message: /server answered 500/ },
  { name: 'malformed JSON', fulfil: { status: 200, contentType: 'application/json', body: '{"meta": {' }, message: /not valid JSON/ },
  { name: 'wrong shape', fulfil: { status: 200, contentType: 'application/json', body: JSON.stringify({ hello: 'world' }) }, message: /expected content/ },
];

for (const { name, fulfil, message } of failures) {
  test(`${name}: the snapshot stays readable, an alert explains, and retry recovers`, async ({ page }) => {
    const errors = watchErrors(page, [/Failed to load resource/]);
    let fail = true;
    await page.route(DATASET, (route) => (fail ? route.fulfill(fulfil) : route.continue()));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitInteractive(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`${name} on a view that is not prerendered: an error state, not a blank page`, async ({ page }) => {
    const errors = watchErrors(page, [/Failed to load resource/]);
    await page.route(DATASET, (route) => route.fulfill(fulfil));
    await page.goto('./?view=sources');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('network failure: a clear message, not a crash', async ({ page }) => {
  const errors = watchErrors(page, [/Failed to load resource/]);
  await page.route(DATASET, (route) => route.abort('internetdisconnected'));
  await page.goto('./?view=sources');
  await expect(page.getByRole('alert')).toContainText(/could not be downloaded/);
  expect(errors).toEqual([]);
});

test('slow response: the prerendered page is readable while the data loads', async ({ page }) => {
  const errors = watchErrors(page);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATASET, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main.graphic[data-interactive]')).toHaveCount(0);
  release();
  await waitInteractive(page);
  expect(errors).toEqual([]);
});

test('slow response on a fresh render: a loading state announces itself', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATASET, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./?view=sources');
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toBeVisible();
  release();
  await waitInteractive(page);
});

test('hostile strings render as text, and a javascript: URL is refused', async ({ page }) => {
  const errors = watchErrors(page, [/Failed to load resource/]);
  const hostile = structuredClone(dataset);
  hostile.meta.title = '<img src=x onerror="window.__pwned=1">Title';
  hostile.sources[0].title = '<script>window.__pwned=2</script>';
  await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('./?view=sources');
  await waitInteractive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.meta.title);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);

  hostile.sources[0].url = 'javascript:alert(1)';
  await page.unroute(DATASET);
  await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('./?view=sources');
  await expect(page.getByRole('alert')).toContainText(/expected content/);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the prerendered story reads: headline, sections, and every source one link away', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
    await expect(page.getByRole('heading', { name: 'Sources and methods' })).toBeVisible();
    await page.getByText(/^All sources/).click();
    await page.getByRole('link', { name: 'The full list as a page' }).click();
    await expect(page.locator('li')).toHaveCount(dataset.sources.length);
  });
});

test('sections below the map load their code as the reader nears them, then work', async ({ page }) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./');
  await waitInteractive(page);
  // The map section is short now: the NHS section starts within the loading margin, the ransom
  // section does not.
  expect(requested.some((u) => /RansomSection-.*\.js$/.test(u))).toBe(false);
  const slider = page.getByRole('slider', { name: 'Ransom payments hour by hour' });
  await slider.scrollIntoViewIfNeeded();
  await expect.poll(() => requested.some((u) => /RansomSection-.*\.js$/.test(u))).toBe(true);
  await expect(async () => {
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '0', { timeout: 1000 });
  }).toPass();
  expect(errors).toEqual([]);
});

test('the first paint comes before the app: its code and data are requested after it, once each', async ({ page }) => {
  const errors = watchErrors(page);
  for (const path of ['./', './embed-map.html']) {
    await page.goto(path);
    await waitInteractive(page);
    const { fcp, requests } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      requests: performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
    }));
    const after = (pattern: RegExp) => requests.filter((r) => pattern.test(r.name));
    for (const pattern of [/\/mount-[^/]+\.js$/, /\/data\/wannacry\.json$/, /\/places\.generated-[^/]+\.json$/]) {
      const matches = after(pattern);
      expect(matches, `${path}: ${pattern}`).toHaveLength(1); // the preload is the request the app uses
      expect(matches[0]!.start, `${path}: ${pattern} starts after the first paint`).toBeGreaterThanOrEqual(fcp);
    }
  }
  expect(errors).toEqual([]);
});

test('hydrating moves nothing: no layout shift on the story or the embed pages', async ({ page }) => {
  // A phone's CPU: a re-layout after hydrating then lands frames later, where a shift would show.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [375, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['./', './embed-map.html', './embed-nhs.html', './embed-ransom.html']) {
      await page.goto(path);
      await waitInteractive(page);
      await page.waitForTimeout(500); // a measured width's re-layout lands after hydrating
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), `${path} at ${width} px`).toBeLessThan(0.01);
    }
  }
});
