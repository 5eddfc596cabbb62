// `npm run measure [-- <dist folder>]`: how the built pages meet a reader and a producer, the
// measures behind the layout goals in the README ("Layout"): words visible before the reader opens
// anything, page heights on a phone, element and link counts, each embed page's height at four
// widths, and whether the map's middle is in the first screen. Serves the folder with gzip, as a
// host would, and reads the pages in Debian's Chromium. Prints a Markdown table.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { serveDist } from './serve-dist.mjs';

// The views and the embed codes' widths, from the view registry whose recorded heights this measures.
const root = fileURLToPath(new URL('..', import.meta.url));
const { VIEW_IDS, EMBED_WIDTHS, embedPageFile } = (await runnerImport(`${root}src/views.ts`, { root, logLevel: 'silent' })).module;

const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const server = await serveDist(dist);
const base = `${server.base}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

async function open(path, width, height = 800) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(base + path);
  await page.locator('main.graphic[data-interactive]').waitFor();
  // Scroll through once, as a reader would, so lazy sections arrive and skipped sections lay out.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return page;
}

/** Words in text a reader can see without opening anything (no closed details, no visually hidden text). */
function visibleWords() {
  // Sections off screen skip rendering (content-visibility); a reader scrolling meets them all.
  const style = document.head.appendChild(document.createElement('style'));
  style.textContent = '* { content-visibility: visible !important; }';
  const walker = document.createTreeWalker(document.querySelector('main.graphic'), NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    if (getComputedStyle(el).clipPath !== 'none' || el.closest('.visually-hidden')) continue;
    words += (node.textContent.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%£$-]*/gu) ?? []).length;
  }
  style.remove();
  return words;
}

const rows = [];
const story = await open('index.html', 375, 812);
rows.push(['story: visible words before the reader opens anything', await story.evaluate(visibleWords)]);
rows.push(['story on a 375 px phone: page height (px)', await story.evaluate(() => document.documentElement.scrollHeight)]);
rows.push(['story: DOM elements', await story.evaluate(() => document.querySelectorAll('*').length)]);
rows.push(['story: links', await story.evaluate(() => document.querySelectorAll('main a[href]').length)]);
await story.close();

for (const view of VIEW_IDS) {
  const heights = [];
  for (const width of EMBED_WIDTHS) {
    // A short window, so the page's height is its content's, as an iframe sized to it would be.
    const page = await open(embedPageFile(view), width, 120);
    heights.push(`${width}: ${await page.evaluate(() => document.documentElement.scrollHeight)}`);
    await page.close();
  }
  rows.push([`${embedPageFile(view)} height (px) by width`, heights.join(', ')]);
}
for (const [width, height] of [[600, 800], [375, 812]]) {
  const page = await open('embed-map.html', width, height);
  const middle = await page.evaluate(() => {
    const box = document.querySelector('svg.world-map')?.getBoundingClientRect();
    return box ? Math.round(box.top + box.height / 2) : NaN;
  });
  rows.push([`embed-map.html at ${width}×${height}: map's middle (px from top)`, `${middle} (${middle < height ? 'in' : 'not in'} the first screen)`]);
  await page.close();
}
await browser.close();
server.close();
console.log(`| measure (${dist}) | value |\n|---|---:|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
