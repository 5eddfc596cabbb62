// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonSchemas } from './jsonSchemas.ts';

it('data/schema/ matches the dataset schema (run npm run data:schema after changing it)', async () => {
  for (const [file, text] of Object.entries(jsonSchemas())) {
    expect(await readFile(join(process.cwd(), 'data/schema', file), 'utf8'), file).toBe(text);
  }
});
