// Size budgets, enforced in CI (npm test): what a reader's browser downloads on first load of the
// default page, measured as gzip -9 bytes of the built files. The first-load set is read from
// the built index.html (its scripts, their static imports from the Vite manifest, the entry's own
// dynamic import of the app, stylesheets and preloads), so a new eager import or a forgotten lazy
// boundary shows up here.
//
// Budgets (issue 8, README "Performance"):
//   first-load JavaScript                       ≤ 110 KB
//   first-load code and markup (HTML, CSS, JS, map geometry)  ≤ 200 KB   the map view's total less the dataset
//   dataset (data/wannacry.json)                ≤ 135 KB   see README: every claim carries its source
//   (raised from 120 KB in December 2026, when the earliest-report research added 70 sources and the
//   attribution part 29 more, each with its locator and exact quote; the page paints without it)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1000;
export const BUDGETS = { js: 110 * KB, code: 200 * KB, dataset: 135 * KB };
const dist = new URL('../dist/', import.meta.url);
const gz = (path) => gzipSync(readFileSync(new URL(path, dist)), { level: 9 }).length;

export function firstLoad() {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = new Set();
  const css = new Set();
  const other = new Set();
  const addChunk = (file) => {
    if (js.has(file)) return;
    js.add(file);
    const chunk = byFile.get(file);
    for (const imported of chunk?.imports ?? []) addChunk(manifest[imported].file);
    // After the first paint the page's entry imports the app (src/mount.tsx) and requests the files
    // it names (the map's places): part of every load. Dynamic imports further down (the lazy
    // sections) and the app's own assets (map paths, used only without a prerendered map) are not.
    if (chunk?.isEntry) {
      for (const imported of chunk.dynamicImports ?? []) addChunk(manifest[imported].file);
      for (const asset of chunk.assets ?? []) other.add(asset);
    }
    for (const sheet of chunk?.css ?? []) css.add(sheet);
  };
  for (const tag of tags) {
    const src = (attr(tag, 'src') ?? attr(tag, 'href'))?.replace(/^\.\//, '');
    if (!src || /^https?:/.test(src)) continue;
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) addChunk(src);
    else if (/rel="stylesheet"/.test(tag)) css.add(src);
    else if (/rel="preload"/.test(tag) || /rel="icon"/.test(tag)) other.add(src);
  }
  const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
  const htmlBytes = gzipSync(html, { level: 9 }).length;
  const dataset = gz('data/wannacry.json');
  const geometry = [...other].filter((f) => f !== 'data/wannacry.json');
  return {
    files: { js: [...js], css: [...css], other: [...other] },
    html: htmlBytes,
    js: sum(js),
    css: sum(css),
    dataset,
    other: sum(geometry),
    get code() {
      return this.html + this.js + this.css + this.other;
    },
    get total() {
      return this.code + this.dataset;
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = firstLoad();
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const rows = [
    ['first-load JavaScript', load.js, BUDGETS.js],
    ['first-load code and markup (HTML, CSS, JS, map geometry)', load.code, BUDGETS.code],
    ['dataset', load.dataset, BUDGETS.dataset],
  ];
  let failed = false;
  for (const [name, bytes, budget] of rows) {
    const ok = bytes <= budget;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(bytes)} of ${kb(budget)}`);
  }
  console.log(`     (HTML ${kb(load.html)}, CSS ${kb(load.css)}, JS ${kb(load.js)}, geometry and icon ${kb(load.other)}, dataset ${kb(load.dataset)}; first-load total ${kb(load.total)})`);
  process.exitCode = failed ? 1 : 0;
}
