// `npm run build`, one path: assemble and validate the dataset in data/ once, build the client
// with Vite, then write every page and file of the site from that one dataset (src/render/site.tsx).
// TypeScript modules run through Vite's module runner, the one way scripts here run TypeScript.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';
import { buildThemeScript } from './theme-script.mjs';

// A build is for readers. Vite's module runner (below) would otherwise set NODE_ENV to
// "development" for the whole process, and the client bundle would carry React's development build.
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
// oEmbed files and social-card tags must carry absolute URLs: set PUBLIC_URL to where the graphic
// will live (e.g. https://graphics.example.org/wannacry/). Locally it defaults to the preview server.
const publicUrl = new URL(process.env.PUBLIC_URL ?? 'http://127.0.0.1:4173/').href.replace(/\/?$/, '/');
if (!process.env.PUBLIC_URL) console.warn(`PUBLIC_URL not set: oEmbed and social-card URLs point at ${publicUrl}`);

// The server-side modules import stylesheets for the browser; the prerender needs none of them.
const noCss = {
  name: 'no-css-on-the-server',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : undefined),
  load: (id) => (id === '\0no-css' ? 'export default ""' : undefined),
};
const load = async (file) => (await runnerImport(`${root}${file}`, { root, mode: 'production', logLevel: 'silent', plugins: [noCss] })).module;

// 1. The dataset, validated once. An invalid dataset stops the build with data:check's report.
const [{ publishDataset }, { formatProblem }, { DATASET_FILE }] = await Promise.all([
  load('data/tooling/assemble.ts'),
  load('data/tooling/cli.ts'),
  load('src/data/datasetFile.ts'),
]);
const published = await publishDataset(`${root}data`);
if (!published.ok) {
  console.error(`The dataset in data/ is not valid:\n${published.problems.map((p) => formatProblem(p, 'data')).join('\n')}`);
  process.exit(1);
}

// 2. The client bundle and the pre-paint theme script.
await build({ root, logLevel: 'warn' });
await buildThemeScript(root, { write: true });
await mkdir(dirname(`${dist}${DATASET_FILE}`), { recursive: true });
await writeFile(`${dist}${DATASET_FILE}`, published.text);

// 3. Every page and static file from the one dataset.
const { renderSite, fullWorld } = await load('src/render/site.tsx');
const files = renderSite({
  loaded: published.loaded,
  world: fullWorld,
  template: await readFile(`${dist}index.html`, 'utf8'),
  tokensCss: await readFile(`${root}src/theme/tokens.css`, 'utf8'),
  publicUrl,
});

const { Resvg } = await import('@resvg/resvg-js');
const sizes = [];
for (const { file, content, png } of files) {
  await mkdir(dirname(`${dist}${file}`), { recursive: true });
  await writeFile(`${dist}${file}`, content);
  sizes.push(`${file} ${Buffer.byteLength(content)} B`);
  if (png) {
    const image = new Resvg(content, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    await writeFile(`${dist}${png}`, image);
    sizes.push(`${png} ${image.length} B`);
  }
}
console.log(`built dist/ from ${published.loaded.dataset.sources.length} sources (dataset ${published.loaded.version}):\n  ${sizes.join('\n  ')}`);
