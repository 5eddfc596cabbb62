/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import { buildThemeScript } from './scripts/theme-script.mjs';
import { DATASET_FILE } from './src/data/datasetFile.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server only (the build publishes the dataset and theme.js itself, scripts/build.mjs):
 * serves data/wannacry.json assembled from data/ on every request (edit a CSV, reload the page),
 * with the same problem list as `npm run data:check` when it is invalid, and the pre-paint theme
 * script. Both run through the dev server's own module runner, the one way TypeScript runs here.
 */
function devFiles(): Plugin {
  let themeScript: Promise<string> | undefined;
  const serveDataset = async (server: ViteDevServer) => {
    const { publishDataset } = (await server.ssrLoadModule('/data/tooling/assemble.ts')) as typeof import('./data/tooling/assemble.ts');
    const { formatProblem } = (await server.ssrLoadModule('/data/tooling/cli.ts')) as typeof import('./data/tooling/cli.ts');
    const published = await publishDataset(dataDir);
    if (!published.ok) throw new Error(`The dataset in data/ is not valid:\n${published.problems.map((p) => formatProblem(p, 'data')).join('\n')}`);
    return published.text;
  };
  return {
    name: 'wannacry-dev-files',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use(`/${DATASET_FILE}`, (_req, res) => {
        serveDataset(server).then(
          (json) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(json);
          },
          (error: Error) => {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(error.message);
          },
        );
      });
      server.middlewares.use('/theme.js', (_req, res) => {
        themeScript ??= buildThemeScript(root, { write: false });
        themeScript.then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(code);
          },
          (error: Error) => {
            themeScript = undefined; // try again on the next request
            res.statusCode = 500;
            res.end(`/* theme.js could not be built: ${error.message.replace(/\*\//g, '* /')} */`);
          },
        );
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), devFiles()],
  build: {
    target: 'es2022',
    rollupOptions: {
      // The graphic, and the producer's embed-code page (never loaded by readers).
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), embed: fileURLToPath(new URL('./embed.html', import.meta.url)) },
    },
    // The size budgets read the manifest to know what a first load downloads (scripts/check-budgets.mjs).
    manifest: true,
    assetsInlineLimit: 0,
    // One stylesheet: every style ships with the first paint anyway, and one request beats two.
    cssCodeSplit: false,
    // Every browser since Safari 17 and Firefox 115 preloads modules itself; older ones fetch the
    // app's chunks one level later rather than every reader downloading a polyfill.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    env: { TZ: 'UTC' },
  },
});
