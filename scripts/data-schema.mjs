// `npm run data:schema`: regenerates data/schema/*.schema.json from src/data/schema.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}data/tooling/jsonSchemas.ts`, { root, logLevel: 'silent', configFile: false });
await mkdir(`${root}data/schema`, { recursive: true });
for (const [file, text] of Object.entries(module.jsonSchemas())) {
  await writeFile(`${root}data/schema/${file}`, text);
  console.log(`data/schema/${file}`);
}
