// `npm run bench`: builds for production, serves the build with gzip, and measures the graphic in
// Debian's Chromium through Playwright, with the CPU unthrottled and throttled 4x. It compares,
// in the same run, against a floor: the same map as a static prerendered SVG page with no
// JavaScript. Several rounds; medians. Results: reports/bench.json and reports/bench.md.
//
// Measured per page (Chrome DevTools Protocol and in-page observers):
// - bytes transferred on first load (gzip as served), total and JavaScript
// - map painted: the first frame after the map's 175 country shapes are in the document
// - First and Largest Contentful Paint
// - hover to tooltip: pointer move over a country to the start of the frame that paints its
//   tooltip (p50, p95)
// - time step: a change of the time control to the start of the frame that paints the re-coloured map
// - JS heap after load
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HOVER_COUNTRIES = 40;
const STEPS = 12;
const THROTTLES = [1, 4];

if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });

// The floor: the prerendered map alone, with the page's own styles, and no script at all.
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const svg = index.slice(index.indexOf('<svg class="world-map'), index.indexOf('</svg>', index.indexOf('<svg class="world-map')) + 6);
const styles = (index.match(/<link rel="stylesheet"[^>]*>/g) ?? []).join('\n');
const floor = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static floor</title>${styles}</head>
<body><main class="graphic"><div class="spread-map"><div class="map-and-details"><div class="map-frame">${svg}</div></div></div></main></body></html>`;

// Served as a static host would: gzip, hashed assets cacheable (not that it matters: every
// measurement is a first load with the cache disabled).
const server = await serveDist(dist, { '/floor.html': floor });
const base = server.base;

// In-page instrumentation, installed before any page script runs.
function instrument() {
  const marks = (window.__bench = { lcp: 0, fcp: 0, mapPainted: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    marks.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (marks.mapPainted) return;
    const map = document.querySelector('svg.world-map');
    if (map && map.querySelectorAll('path.country').length >= 175) {
      // Two frames: the first runs before paint, the second after the frame is presented.
      requestAnimationFrame(() => requestAnimationFrame(() => (marks.mapPainted = performance.now())));
      return true;
    }
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function measure(browser, url, throttle, interactive) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(instrument);
  const types = new Map();
  let bytes = 0;
  let jsBytes = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load' });
  if (interactive) await page.waitForSelector('main[data-interactive]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.mapPainted > 0);
  await page.waitForTimeout(300);
  const marks = await page.evaluate(() => window.__bench);
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const result = { bytes, jsBytes, mapPainted: marks.mapPainted, fcp: marks.fcp, lcp: marks.lcp, heap };

  if (interactive) {
    // Hover: countries whose shape is under the centre of their box, so the pointer lands on them.
    const targets = await page.evaluate((n) => {
      const out = [];
      for (const el of document.querySelectorAll('svg.world-map path.country[data-iso3]')) {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width > 6 && document.elementFromPoint(x, y) === el) out.push({ iso3: el.getAttribute('data-iso3'), x, y });
        if (out.length >= n) break;
      }
      return out;
    }, HOVER_COUNTRIES);
    await page.evaluate(() => {
      window.__hover = [];
      document.addEventListener('pointermove', (e) => {
        const t0 = e.timeStamp;
        const iso3 = e.target.closest?.('[data-iso3]')?.getAttribute('data-iso3');
        if (!iso3) return;
        const waitForTooltip = () => {
          const tip = document.querySelector('.map-tooltip [role="tooltip"]');
          // The tooltip is in the document: this rAF callback runs just before the frame that
          // paints it, so the latency is to that frame.
          if (tip) window.__hover.push(performance.now() - t0);
          else requestAnimationFrame(waitForTooltip);
        };
        requestAnimationFrame(waitForTooltip);
      }, { capture: true });
    });
    for (const t of targets) {
      await page.mouse.move(t.x, t.y);
      await page.waitForTimeout(120);
      await page.mouse.move(5, 5); // off the map: the tooltip closes
      await page.waitForTimeout(60);
    }
    result.hover = await page.evaluate(() => window.__hover);
    result.hoverTargets = targets.length;

    // Time step: keyboard on the slider; from the key press to the frame after the re-colour.
    // Stepping back from "all reports" through the days re-colours the map at every step (the
    // hours of 12 May often add no country, and a step that changes nothing paints nothing).
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('End');
    await page.waitForTimeout(200);
    const steps = [];
    for (let i = 0; i < STEPS; i++) {
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const map = document.querySelector('svg.world-map');
            let t0 = 0;
            const observer = new MutationObserver(() => {
              observer.disconnect();
              // The re-colour is committed; the next rAF callback precedes the frame that paints it.
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(map, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
            document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
            document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
            // A synthetic keydown does not move a native range input: drive it the way a key would.
            const input = document.activeElement;
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
            setter.call(input, String(Number(input.value) - 1));
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => resolve(NaN), 2000);
          }),
      );
      if (Number.isFinite(ms)) steps.push(ms);
      await page.waitForTimeout(100);
    }
    result.steps = steps;
  }
  await context.close();
  return result;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const pages = [
  { id: 'floor', label: 'Static floor (prerendered SVG, no JavaScript)', url: `${base}/floor.html`, interactive: false },
  { id: 'story', label: 'Graphic, default page (story; the map first)', url: `${base}/`, interactive: true },
  { id: 'map', label: 'Graphic, map view (?view=map)', url: `${base}/?view=map`, interactive: true },
  { id: 'embed-map', label: 'Graphic, map embed (embed-map.html)', url: `${base}/embed-map.html`, interactive: true },
];
const results = {};
for (const throttle of THROTTLES) {
  for (const p of pages) {
    const runs = [];
    for (let r = 0; r < ROUNDS; r++) runs.push(await measure(browser, p.url, throttle, p.interactive));
    const hover = runs.flatMap((x) => x.hover ?? []);
    const steps = runs.flatMap((x) => x.steps ?? []);
    results[`${p.id}@${throttle}x`] = {
      page: p.label,
      throttle,
      rounds: ROUNDS,
      bytes: median(runs.map((x) => x.bytes)),
      jsBytes: median(runs.map((x) => x.jsBytes)),
      mapPaintedMs: median(runs.map((x) => x.mapPainted)),
      fcpMs: median(runs.map((x) => x.fcp)),
      lcpMs: median(runs.map((x) => x.lcp)),
      heapBytes: median(runs.map((x) => x.heap)),
      ...(hover.length ? { hoverP50Ms: percentile(hover, 50), hoverP95Ms: percentile(hover, 95), hoverSamples: hover.length } : {}),
      ...(steps.length ? { stepMedianMs: median(steps), stepP95Ms: percentile(steps, 95), stepSamples: steps.length } : {}),
    };
  }
}
await browser.close();
server.close();

for (const throttle of THROTTLES) {
  const floorMs = results[`floor@${throttle}x`].mapPaintedMs;
  for (const p of pages) results[`${p.id}@${throttle}x`].mapPaintedVsFloor = results[`${p.id}@${throttle}x`].mapPaintedMs / floorMs;
}

const fmt = (n, d = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));
const kb = (n) => (n / 1000).toFixed(1);
const lines = [
  `Benchmark, ${new Date().toISOString().slice(0, 16)}Z, ${ROUNDS} rounds per row (medians), Chromium ${browserVersion()}, 1280×900, cache disabled.`,
  '',
  '| page | CPU | transferred (KB, gzip) | of which JS | map painted (ms) | × floor | FCP (ms) | LCP (ms) | hover → tooltip p50 / p95 (ms) | time step median / p95 (ms) | JS heap (MB) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...Object.values(results).map(
    (r) =>
      `| ${r.page} | ${r.throttle}x | ${kb(r.bytes)} | ${kb(r.jsBytes)} | ${fmt(r.mapPaintedMs)} | ${fmt(r.mapPaintedVsFloor, 2)} | ${fmt(r.fcpMs)} | ${fmt(r.lcpMs)} | ${r.hoverP50Ms === undefined ? '–' : `${fmt(r.hoverP50Ms, 1)} / ${fmt(r.hoverP95Ms, 1)}`} | ${r.stepMedianMs === undefined ? '–' : `${fmt(r.stepMedianMs, 1)} / ${fmt(r.stepP95Ms, 1)}`} | ${fmt(r.heapBytes / 1e6, 1)} |`,
  ),
];
function browserVersion() {
  try {
    return execSync('chromium --version', { encoding: 'utf8' }).trim().replace(/^Chromium /, '').split(' ')[0];
  } catch {
    return 'unknown';
  }
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'reports/bench.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
