/**
 * Embedding in real host pages on another origin: the actual pym.js parent, a Datawrapper-style
 * listener, an AMP message capture and the plain iframe code. At 320, 600 and 1000 px the iframe
 * settles to the graphic's height (±8 px) with no inner scrollbar, and follows a resize.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedCodes } from '../src/embed/embedCodes.ts';
import { EMBED_WIDTHS, VIEWS } from '../src/views.ts';
import { HOST_PORT, PORT } from '../playwright.config.ts';
import { waitInteractive } from './helpers.ts';

const GRAPHIC = `http://127.0.0.1:${PORT}/`;
const HOST = `http://localhost:${HOST_PORT}/`;
// What the embed codes point at (each view's prerendered page); index.html?view=…&embed=1 is tested below too.
const src = (view: string) => `${GRAPHIC}embed-${view}.html?view=${view}&embed=1`;

async function graphicFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().find((f) => f.url().startsWith(GRAPHIC))).toBeTruthy();
  const frame = page.frames().find((f) => f.url().startsWith(GRAPHIC))!;
  await frame.locator('main.graphic[data-interactive]').waitFor();
  return frame;
}

/** The iframe's height matches the document inside it (±8 px), and nothing scrolls inside. */
async function settled(page: Page, frame: Frame): Promise<boolean> {
  const outer = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    height: document.documentElement.getBoundingClientRect().height,
    sh: document.documentElement.scrollHeight, ih: window.innerHeight, sw: document.documentElement.scrollWidth, iw: window.innerWidth,
  }));
  return Math.abs(outer - inner.height) <= 8 && inner.sh <= inner.ih + 1 && inner.sw <= inner.iw;
}

/** Settled, and still settled a moment later (the page may re-lay out after hydrating). */
async function expectSettled(page: Page, frame: Frame) {
  await expect.poll(() => settled(page, frame), { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(400);
  await expect.poll(() => settled(page, frame), { timeout: 10_000 }).toBe(true);
}

const hosts = [
  { name: 'pym.js', url: (view: string, width: number) => `${HOST}pym.html?width=${width}&src=${encodeURIComponent(src(view))}` },
  { name: 'Datawrapper-style', url: (view: string, width: number) => `${HOST}datawrapper.html?width=${width}&src=${encodeURIComponent(src(view))}` },
  { name: 'AMP', url: (view: string, width: number) => `${HOST}amp.html?width=${width}&src=${encodeURIComponent(src(view))}` },
  { name: 'plain iframe code', url: (view: string, width: number) => `${HOST}iframe.html?width=${width}&code=${encodeURIComponent(embedCodes(GRAPHIC, view as 'map').iframe)}` },
];

for (const host of hosts) {
  test(`${host.name}: sizes to the content at 320, 600 and 1000 px and follows a resize`, async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(host.url('map', 1000));
    const frame = await graphicFrame(page);
    await expectSettled(page, frame);
    const wide = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    for (const width of [600, 320]) {
      await page.evaluate((w) => {
        document.getElementById('container')!.style.width = `${w}px`;
        window.dispatchEvent(new Event('resize')); // pym.js re-measures on window resize
      }, width);
      await expectSettled(page, frame);
    }
    const narrow = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(narrow).not.toBe(wide);
  });
}

test('pym.js: the child echoes its childId and answers the width message', async ({ page }) => {
  await page.goto(`${HOST}pym.html?width=600&src=${encodeURIComponent(src('nhs'))}`);
  const frame = await graphicFrame(page);
  expect(new URL(frame.url()).searchParams.get('childId')).toBe('graphic');
  await expectSettled(page, frame);
});

test('Datawrapper-style: the message is keyed by the view slug', async ({ page }) => {
  await page.goto(`${HOST}datawrapper.html?width=600&src=${encodeURIComponent(src('ransom'))}`);
  await graphicFrame(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { lastSlug?: string }).lastSlug)).toBe('wannacry-ransom');
});

test('AMP: embed-ready, then embed-size of at least 100 px', async ({ page }) => {
  await page.goto(`${HOST}amp.html?width=600&src=${encodeURIComponent(src('map'))}`);
  await graphicFrame(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { ampMessages: Array<{ type: string }> }).ampMessages.map((m) => m.type))).toContain('embed-ready');
  const sizes = await page.evaluate(() => (window as unknown as { ampMessages: Array<{ type: string; height: number }> }).ampMessages.filter((m) => m.type === 'embed-size'));
  expect(sizes.length).toBeGreaterThan(0);
  for (const m of sizes) expect(m.height).toBeGreaterThanOrEqual(100);
});

test('the host page can switch the theme live', async ({ page }) => {
  await page.goto(`${HOST}datawrapper.html?width=600&src=${encodeURIComponent(src('map'))}`);
  const frame = await graphicFrame(page);
  await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'wannacry:theme', theme: 'dark' }, '*'));
  await expect.poll(() => frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
  await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'wannacry:theme', theme: 'auto' }, '*'));
  await expect.poll(() => frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
});

test('the documented form index.html?view=map&embed=1 embeds the same view and sizes itself', async ({ page }) => {
  await page.goto(`${HOST}datawrapper.html?width=600&src=${encodeURIComponent(`${GRAPHIC}index.html?view=map&embed=1`)}`);
  const frame = await graphicFrame(page);
  await expectSettled(page, frame);
  await expect(frame.getByRole('heading', { name: 'How it spread' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'What it did to the NHS in England' })).toHaveCount(0);
});

test('an embed page hydrates its own prerendered view without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./embed-map.html`);
  await page.locator('main.graphic[data-interactive]').waitFor();
  await expect(page.locator('main.graphic')).toHaveAttribute('data-embed', '');
  await expect(page.getByRole('heading', { name: 'How it spread' })).toBeVisible();
  await page.getByTestId('world-map').locator('[data-iso3="ESP"]').hover();
  await expect(page.getByRole('tooltip')).toContainText('Spain');
  expect(errors).toEqual([]);
});

test('works under a sub-path on another host, with no third-party requests', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${HOST}graphics/2017/wannacry/index.html?view=map`);
  await page.locator('main.graphic[data-interactive]').waitFor();
  await expect(page.getByTestId('world-map').locator('[data-evidence]').first()).toBeVisible();
  for (const url of requests) expect(url.startsWith(`${HOST}graphics/2017/wannacry/`), url).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const view of ['story', 'map', 'nhs', 'ransom', 'sources']) {
    test(`${view}: the image-and-table fallback reads, with sources`, async ({ page }) => {
      await page.goto(`./static/${view}.html`);
      const image = page.getByRole('img');
      await expect(image).toHaveAttribute('alt', /WannaCry, May 2017/);
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
      await expect(page.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    });
    test(`${view}: its embed page shows that view, prerendered`, async ({ page }) => {
      await page.goto(`./embed-${view}.html`);
      const headings: Record<string, string> = { map: 'How it spread', nhs: 'What it did to the NHS in England', ransom: 'The ransom', sources: 'Sources and methods', story: 'How it spread' };
      await expect(page.getByRole('heading', { name: headings[view], exact: true })).toBeVisible();
      if (view !== 'story') await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
    });
    test(`${view}: index.html?view=${view}&embed=1 still shows the prerendered graphic`, async ({ page }) => {
      await page.goto(`./index.html?view=${view}&embed=1`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources and methods' })).toBeVisible();
    });
  }
});

test('oEmbed: each view has a valid rich response and the page advertises it', async ({ request }) => {
  for (const view of ['story', 'map', 'nhs', 'ransom', 'sources']) {
    const response = await request.get(`./oembed-${view}.json`);
    expect(response.ok()).toBe(true);
    const json = await response.json();
    expect(json).toMatchObject({ version: '1.0', type: 'rich', width: expect.any(Number), height: expect.any(Number) });
    expect(json.html).toMatch(new RegExp(`^<iframe src="https?://[^"]+embed-${view}\\.html\\?view=${view}&amp;embed=1"`));
    expect(json.thumbnail_url).toMatch(/^https?:\/\/.+\/static\/[a-z]+\.png$/);
  }
  const html = await (await request.get('./')).text();
  expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="https?:\/\/[^"]+oembed-story\.json"/);
  expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+static\/story\.png"/);
});

// The heights the embed codes start at (src/views.ts) are measurements: this keeps them true, and
// holds the map embed to a news page's size (about one screen, the map in the first screen).
for (const view of ['map', 'nhs', 'ransom', 'sources'] as const) {
  test(`${view}: the embed page is as tall as its embed codes say, at 320, 375, 600 and 1000 px`, async ({ page }) => {
    for (const width of EMBED_WIDTHS) {
      await page.setViewportSize({ width, height: 120 });
      await page.goto(`./embed-${view}.html`);
      await waitInteractive(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const recorded = VIEWS[view].heights[width];
      // Within 10%: a change of layout or data that moves it more needs re-measuring (npm run measure).
      expect(Math.abs(height - recorded) / recorded, `${view} at ${width}: ${height} px, recorded ${recorded}`).toBeLessThan(0.1);
    }
  });
}

test('map embed: about one screen at every width, with the map in the first screen', async ({ page }) => {
  for (const [width, limit] of [[375, 900], [600, 760], [1000, 800]] as const) {
    // A short window first, so the page's height is its content's (as an iframe sized to it).
    await page.setViewportSize({ width, height: 120 });
    await page.goto('./embed-map.html');
    await waitInteractive(page);
    expect(await page.evaluate(() => document.documentElement.scrollHeight), `at ${width}`).toBeLessThanOrEqual(limit);
    await page.setViewportSize({ width, height: 812 });
    const box = (await page.getByTestId('world-map').boundingBox())!;
    expect(box.y + box.height / 2).toBeLessThan(812);
  }
});
