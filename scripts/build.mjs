// `npm run build`: client build (which also validates and publishes data/wannacry.json), a
// server build of the app, and the prerender that writes the default view into dist/index.html
// so the graphic reads without JavaScript and paints before it runs.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const ssrOut = `${root}dist-ssr/`;

await build({ root, logLevel: 'warn' });
await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, manifest: false } });

const { prerender } = await import(pathToFileURL(`${ssrOut}entry-server.js`).href);
const datasetText = await readFile(`${dist}data/wannacry.json`, 'utf8');
const world = JSON.parse(await readFile(`${root}src/geo/world.generated.json`, 'utf8'));
const template = await readFile(`${dist}index.html`, 'utf8');

const { html, head } = prerender('story', datasetText, world);
const page = template.replace('<!--app-html-->', html).replace('<!--prerender-head-->', head);
if (page === template) throw new Error('index.html has no <!--app-html--> placeholder');
await writeFile(`${dist}index.html`, page);
await rm(ssrOut, { recursive: true, force: true });
console.log(`prerendered dist/index.html (${page.length} bytes)`);
