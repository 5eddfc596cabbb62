/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { checkSourceFiles } from './data/tooling/assemble.ts';
import { formatProblem } from './data/tooling/cli.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));
export const DATASET_PATH = 'data/wannacry.json';

/**
 * Publishes the journalists' files in data/ as one dataset file. The dev server assembles it on
 * every request (edit a CSV, reload the page); the build validates it and fails with the same
 * one-line-per-problem report as `npm run data:check` when anything is wrong.
 */
function dataset(): Plugin {
  async function build(): Promise<string> {
    const { dataset, problems } = await checkSourceFiles(dataDir);
    if (problems.length || !dataset) {
      throw new Error(`The dataset in data/ is not valid:\n${problems.map((p) => formatProblem(p, 'data')).join('\n')}`);
    }
    return JSON.stringify(dataset);
  }
  return {
    name: 'wannacry-dataset',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use(`/${DATASET_PATH}`, (_req, res) => {
        build().then(
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
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: await build() });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), dataset()],
  build: {
    target: 'es2022',
    rollupOptions: {
      // The graphic, and the producer's embed-code page (never loaded by readers).
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), embed: fileURLToPath(new URL('./embed.html', import.meta.url)) },
    },
    // The prerender step reads the manifest to preload the chunks the first view needs.
    manifest: true,
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    env: { TZ: 'UTC' },
  },
});
