// Entry point of `npm run data:check`. The checker is TypeScript shared with the app; Vite's module
// runner executes it directly in Node 20 (no separate compile step, no extra dependency).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}data/tooling/cli.ts`, { root, logLevel: 'silent', configFile: false });
const { lines, exitCode } = await module.runDataCheck(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd(), `${root}data`);
for (const line of lines) (exitCode === 0 ? console.log : console.error)(line);
process.exitCode = exitCode;
