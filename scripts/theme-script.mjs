// The pre-paint theme script (src/state/themeBoot.ts) as one classic, non-module script: module
// scripts are deferred and could let a dark page paint light first. The build writes it to
// dist/theme.js; the dev server serves it from memory. Shared by both, so it is built one way.
import { build } from 'vite';

export async function buildThemeScript(root, { write, outDir = `${root}dist` }) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      write,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: `${root}src/state/themeBoot.ts`, formats: ['iife'], name: 'wannacryTheme', fileName: () => 'theme.js' },
    },
  });
  if (write) return '';
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = result?.output?.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('theme.js: the build produced no script');
  return chunk.code;
}
