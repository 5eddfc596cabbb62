// `npm run build`: client build (which also validates and publishes data/wannacry.json), a
// server build of the app, and the prerender that writes the default view into dist/index.html
// so the graphic reads without JavaScript and paints before it runs.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// oEmbed files and social-card tags must carry absolute URLs: set PUBLIC_URL to where the graphic
// will live (e.g. https://graphics.example.org/wannacry/). Locally it defaults to the preview server.
const publicUrl = new URL(process.env.PUBLIC_URL ?? 'http://127.0.0.1:4173/').href.replace(/\/?$/, '/');
if (!process.env.PUBLIC_URL) console.warn(`PUBLIC_URL not set: oEmbed and social-card URLs point at ${publicUrl}`);
const dist = `${root}dist/`;
const ssrOut = `${root}dist-ssr/`;

await build({ root, logLevel: 'warn' });
await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, manifest: false } });

const { prerender, staticAssets, fullWorld: world } = await import(pathToFileURL(`${ssrOut}entry-server.js`).href);
const datasetText = await readFile(`${dist}data/wannacry.json`, 'utf8');
const template = await readFile(`${dist}index.html`, 'utf8');

const { html, head } = prerender('story', datasetText, world);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const meta = JSON.parse(datasetText).meta;
const social = [
  `<meta property="og:type" content="article" />`,
  `<meta property="og:title" content="${escape(meta.title)}" />`,
  `<meta property="og:description" content="${escape(meta.dek)}" />`,
  `<meta property="og:image" content="${publicUrl}static/story.png" />`,
  `<meta property="og:image:width" content="1200" />`,
  `<meta property="og:image:height" content="630" />`,
  `<meta name="twitter:card" content="summary_large_image" />`,
  `<link rel="alternate" type="application/json+oembed" href="${publicUrl}oembed-story.json" title="${escape(meta.title)}" />`,
].join('\n    ');
// Preload the map's places file beside the dataset, so both arrive with the script.
const manifest = JSON.parse(await readFile(`${dist}.vite/manifest.json`, 'utf8'));
const placesFile = Object.values(manifest).find((chunk) => chunk.src === 'src/geo/places.generated.json')?.file;
if (!placesFile) throw new Error('places.generated.json missing from the build manifest');
const preloadPlaces = `<link rel="preload" href="./${placesFile}" as="fetch" type="application/json" crossorigin="anonymous" />`;
const page = template
  .replace('<!--app-html-->', html)
  .replace('<!--prerender-head-->', `${head}\n    ${preloadPlaces}\n    ${social}`)
  .replace(/<title>[^<]*<\/title>/, `<title>${escape(meta.title)}</title>`);
if (page === template) throw new Error('index.html has no <!--app-html--> placeholder');
await writeFile(`${dist}index.html`, page);

// One prerendered page per view for embedding (embed-<view>.html): only that view, no page
// chrome, so an iframe paints sooner and reads without JavaScript. index.html?view=…&embed=1
// still works (SPEC); the embed codes point here.
const { VIEWS, VIEW_TITLES } = await import(pathToFileURL(`${ssrOut}entry-server.js`).href);
for (const view of VIEWS) {
  const embedded = prerender(view, datasetText, world, true);
  const embedPage = template
    .replace('<!--app-html-->', embedded.html)
    .replace('<!--prerender-head-->', `${embedded.head}\n    ${preloadPlaces}\n    <meta name="robots" content="noindex" />`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(VIEW_TITLES[view])}</title>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  await writeFile(`${dist}embed-${view}.html`, embedPage);
}
// Static fallbacks: images (SVG rasterised to PNG), image-plus-table pages and oEmbed JSON.
const { Resvg } = await import('@resvg/resvg-js');
const tokensCss = await readFile(`${root}src/theme/tokens.css`, 'utf8');
const sizes = [];
for (const asset of staticAssets(datasetText, world, tokensCss, publicUrl)) {
  await mkdir(dirname(`${dist}${asset.file}`), { recursive: true });
  await writeFile(`${dist}${asset.file}`, asset.content);
  sizes.push(`${asset.file} ${Buffer.byteLength(asset.content)} B`);
  if (asset.png) {
    const png = new Resvg(asset.content, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    await writeFile(`${dist}${asset.png}`, png);
    sizes.push(`${asset.png} ${png.length} B`);
  }
}
console.log(`static fallbacks:\n  ${sizes.join('\n  ')}`);
await rm(ssrOut, { recursive: true, force: true });
console.log(`prerendered dist/index.html (${page.length} bytes)`);
