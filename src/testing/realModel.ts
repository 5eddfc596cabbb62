/**
 * The real dataset and map, assembled from data/ exactly as the build does, for tests that must
 * prove behaviour on the shipped figures. Test-only: it reads files with Node.
 */
import { join } from 'node:path';
import { checkSourceFiles } from '../../data/tooling/assemble.ts';
import { buildModel, type Model } from '../data/model.ts';
import type { Dataset } from '../data/schema.ts';
import { fullWorld } from '../geo/fullWorld.ts';

export async function loadRealDataset(): Promise<Dataset> {
  const { dataset, problems } = await checkSourceFiles(join(process.cwd(), 'data'));
  if (!dataset) throw new Error(`data/ is not valid:\n${problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`);
  return dataset;
}

export async function loadRealModel(): Promise<Model> {
  return buildModel(await loadRealDataset(), fullWorld);
}
